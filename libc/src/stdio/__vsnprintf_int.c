#include "printf_int.h"
#include "vsnprintf_with.h"

/* vsnprintf with the integer-only engine: see stdio.h. */
int __vsnprintf_int(char *restrict s, size_t n, const char *restrict fmt, va_list ap)
{
	return vsnprintf_with(s, n, fmt, ap, __vfprintf_int_core);
}
