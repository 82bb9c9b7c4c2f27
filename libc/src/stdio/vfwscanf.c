/* fwscanf and friends: the stream becomes wide-oriented; characters it reads past are
 * given back with ungetwc (one at a time: that is all the engine needs). */
#include "wstdio.h"
#include "wscanf_impl.h"

int vfwscanf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	struct __win in = { .f = f };
	FLOCK(f);
	f->flags |= F_WIDE;
	int r = __vwscanf_core(&in, fmt, ap);
	FUNLOCK(f);
	return r;
}

int fwscanf(FILE *restrict f, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfwscanf(f, fmt, ap);
	va_end(ap);
	return r;
}

int vwscanf(const wchar_t *restrict fmt, va_list ap)
{
	return vfwscanf(stdin, fmt, ap);
}

int wscanf(const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfwscanf(stdin, fmt, ap);
	va_end(ap);
	return r;
}
