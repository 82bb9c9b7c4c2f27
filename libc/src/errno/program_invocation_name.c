/* Set by the start code from argv[0] (GNU extension used by error messages). */
#include "libc.h"

char *program_invocation_name = "", *program_invocation_short_name = "";

void __init_progname(char *argv0)
{
	if (!argv0) return;
	char *b = argv0;
	for (char *s = argv0; *s; s++) if (*s == '/') b = s + 1;
	program_invocation_name = argv0;
	program_invocation_short_name = b;
}
