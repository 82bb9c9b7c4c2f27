#include <stdarg.h>
#include <stdint.h>
#include "printf_int.h"

/* fprintf for formats without floating point, %m or wide characters (see stdio.h). */
int __fprintf_int(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = __vfprintf_int(f, fmt, ap);
	va_end(ap);
	return r;
}
