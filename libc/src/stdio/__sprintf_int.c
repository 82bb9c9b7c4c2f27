#include <stdarg.h>
#include <stdint.h>
#include "printf_int.h"

/* sprintf for formats without floating point, %m or wide characters (see stdio.h). */
int __sprintf_int(char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = __vsnprintf_int(s, SIZE_MAX, fmt, ap);
	va_end(ap);
	return r;
}
