#include "stdio_impl.h"
#include "vfprintf_with.h"

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	return vfprintf_with(f, fmt, ap, __vfprintf_core);
}
