#include <stdarg.h>
#include <stdint.h>
#include "printf_int.h"

/* printf for formats without floating point, %m or wide characters: stdio.h calls it
 * for such literal formats, so that the program need not link the rest. */
int __printf_int(const char *restrict fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = __vfprintf_int(stdout, fmt, ap);
	va_end(ap);
	return r;
}
