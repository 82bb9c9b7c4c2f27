#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

extern char *program_invocation_name;

_Noreturn void __assert_fail(const char *expr, const char *file, int line, const char *func)
{
	fprintf(stderr, "%s: %s:%d: %s: Assertion `%s' failed.\n",
		program_invocation_name, file, line, func, expr);
	fflush(stderr);
	abort();
}
