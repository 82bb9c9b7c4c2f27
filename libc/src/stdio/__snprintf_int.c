#include <stdarg.h>
#include <stdint.h>
#include "printf_int.h"

/* snprintf for formats without floating point, %m or wide characters (see stdio.h). */
int __snprintf_int(char *restrict s, size_t n, const char *restrict fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = __vsnprintf_int(s, n, fmt, ap);
	va_end(ap);
	return r;
}
