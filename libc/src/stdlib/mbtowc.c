#include <stdlib.h>
#include <errno.h>

/* The C locale's character set is ASCII: one byte per character, nothing above 0x7f. */
int mbtowc(wchar_t *restrict wc, const char *restrict s, size_t n)
{
	unsigned char c;

	if (!s)
		return 0;
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
