/* swprintf: unlike snprintf, a result that does not fit is an error (-1, C11
 * 7.29.2.7); the buffer then holds the first n - 1 characters, terminated. */
#include <errno.h>
#include "wprintf_impl.h"

int vswprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, va_list ap)
{
	struct __wout o = { .buf = s, .cap = n };
	int r = __vwprintf_core(&o, fmt, ap);
	if (n) s[o.len < n ? o.len : n - 1] = 0;
	if (r >= 0 && (size_t)r >= n) {
		errno = EOVERFLOW;
		return -1;
	}
	return r;
}

int swprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vswprintf(s, n, fmt, ap);
	va_end(ap);
	return r;
}
