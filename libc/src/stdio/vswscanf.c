#include "wscanf_impl.h"

int vswscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, va_list ap)
{
	struct __win in = { .s = s };
	return __vwscanf_core(&in, fmt, ap);
}

int swscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vswscanf(s, fmt, ap);
	va_end(ap);
	return r;
}
