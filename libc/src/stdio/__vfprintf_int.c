#include "printf_int.h"
#include "vfprintf_with.h"

/* vfprintf with the integer-only engine: see stdio.h. */
int __vfprintf_int(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	return vfprintf_with(f, fmt, ap, __vfprintf_int_core);
}
