#include <stdarg.h>
#include "stdio_impl.h"

int sscanf(const char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}
