#include <stdarg.h>
#include <stdint.h>
#include "stdio_impl.h"

int sprintf(char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = vsnprintf(s, SIZE_MAX, fmt, ap);
	va_end(ap);
	return r;
}
