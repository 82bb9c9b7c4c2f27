#include <wchar.h>
#include <uchar.h>
#include <errno.h>
#include "locale_impl.h"

/* Two locales (src/locale). In "C" each byte maps to the wide character of the same
 * value; bytes above 0x7f are kept (as glibc's C locale does not, but a byte-clean
 * system wants them through unchanged). In C.UTF-8 a wide character is a code point
 * and the conversions are uchar.h's strict UTF-8 ones (mbrtoc32, c32rtomb). */
wint_t btowc(int c)
{
	if (c == -1) return WEOF;
	if (__r3_utf8()) return (unsigned char)c < 0x80 ? (wint_t)(unsigned char)c : WEOF;
	return (unsigned char)c;
}

int wctob(wint_t c)
{
	return c < (__r3_utf8() ? 0x80u : 256u) ? (int)c : -1;
}

/* A byte in "C" never leaves a state behind; a split UTF-8 character does. */
int mbsinit(const mbstate_t *st)
{
	return !st || (!st->__opaque[0] && !st->__opaque[1]);
}

size_t mbrtowc(wchar_t *restrict wc, const char *restrict s, size_t n, mbstate_t *restrict st)
{
	if (__r3_utf8()) {
		static mbstate_t internal;
		char32_t c;
		size_t r = mbrtoc32(&c, s, n, st ? st : &internal);
		if (wc && r <= 4 && s) *wc = c;
		return r;
	}
	if (!s) return 0;
	if (!n) return (size_t)-2;
	unsigned char c = *s;
	if (wc) *wc = c;
	return c != 0;
}

/* mbrlen has a state of its own (C11 7.29.6.3.1). */
size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict st)
{
	static mbstate_t internal;
	return mbrtowc(0, s, n, st ? st : &internal);
}

size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict st)
{
	if (!s) return 1;
	if (__r3_utf8()) return c32rtomb(s, wc, st);
	if ((unsigned)wc > 255) {
		errno = EILSEQ;
		return (size_t)-1;
	}
	*s = wc;
	return 1;
}
