#include "stdio_impl.h"
#include "vsnprintf_with.h"

int vsnprintf(char *restrict s, size_t n, const char *restrict fmt, va_list ap)
{
	return vsnprintf_with(s, n, fmt, ap, __vfprintf_core);
}
