#include <stdlib.h>
#include <wchar.h>
#include <errno.h>
#include "locale_impl.h"

/* The C locale's character set is ASCII: one byte per character, nothing above 0x7f.
 * In C.UTF-8 these are the restartable functions with a fresh state each call: UTF-8
 * has no shift state, and an incomplete character is an error here (C11 7.22.7). */
int mbtowc(wchar_t *restrict wc, const char *restrict s, size_t n)
{
	unsigned char c;

	if (!s)
		return 0;
	if (__r3_utf8()) {
		mbstate_t st = { 0 };
		size_t r = mbrtowc(wc, s, n, &st);
		if (r == (size_t)-2)
			errno = EILSEQ;
		return r > 4 ? -1 : (int)r;
	}
	if (!n)
		return -1;
	c = *s;
	if (c > 0x7f) {
		errno = EILSEQ;
		return -1;
	}
	if (wc)
		*wc = c;
	return !!c;
}

int mblen(const char *s, size_t n)
{
	return mbtowc(0, s, n);
}

int wctomb(char *s, wchar_t wc)
{
	if (!s)
		return 0;
	if (__r3_utf8()) {
		mbstate_t st = { 0 };
		return wcrtomb(s, wc, &st);
	}
	if ((unsigned)wc > 0x7f) {
		errno = EILSEQ;
		return -1;
	}
	*s = wc;
	return 1;
}

size_t mbstowcs(wchar_t *restrict ws, const char *restrict s, size_t n)
{
	size_t i;

	if (__r3_utf8()) {
		mbstate_t st = { 0 };
		const char *p = s;
		return mbsrtowcs(ws, &p, n, &st);
	}
	for (i = 0; !ws || i < n; i++) {
		unsigned char c = s[i];
		if (c > 0x7f) {
			errno = EILSEQ;
			return (size_t)-1;
		}
		if (ws)
			ws[i] = c;
		if (!c)
			break;
	}
	return i;
}

size_t wcstombs(char *restrict s, const wchar_t *restrict ws, size_t n)
{
	size_t i;

	if (__r3_utf8()) {
		mbstate_t st = { 0 };
		const wchar_t *p = ws;
		return wcsrtombs(s, &p, n, &st);
	}
	for (i = 0; !s || i < n; i++) {
		if ((unsigned)ws[i] > 0x7f) {
			errno = EILSEQ;
			return (size_t)-1;
		}
		if (s)
			s[i] = ws[i];
		if (!ws[i])
			break;
	}
	return i;
}
