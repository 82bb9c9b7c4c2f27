/* fwprintf and friends: the stream becomes wide-oriented; every character goes out
 * through fputwc's core, so in the current LC_CTYPE's encoding. */
#include "wstdio.h"
#include "wprintf_impl.h"

int vfwprintf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	struct __wout o = { .f = f };
	FLOCK(f);
	f->flags |= F_WIDE;
	int r = __vwprintf_core(&o, fmt, ap);
	FUNLOCK(f);
	return r;
}

int fwprintf(FILE *restrict f, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfwprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

int vwprintf(const wchar_t *restrict fmt, va_list ap)
{
	return vfwprintf(stdout, fmt, ap);
}

int wprintf(const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfwprintf(stdout, fmt, ap);
	va_end(ap);
	return r;
}
