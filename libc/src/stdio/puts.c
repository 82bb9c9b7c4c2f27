#include "stdio_impl.h"

int puts(const char *s)
{
	return fputs(s, stdout) < 0 || putc_fast('\n', stdout) < 0 ? EOF : 0;
}
