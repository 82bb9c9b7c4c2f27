#include <stdarg.h>
#include "stdio_impl.h"

int fscanf(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = vfscanf(f, fmt, ap);
	va_end(ap);
	return r;
}
