#include "stdio_impl.h"

int puts(const char *s)
{
	FLOCK(stdout);
	int r = fputs(s, stdout) < 0 || putc_fast('\n', stdout) < 0 ? EOF : 0;
	FUNLOCK(stdout);
	return r;
}
