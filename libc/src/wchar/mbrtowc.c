#include <wchar.h>
#include <errno.h>

/* The C locale: each byte maps to the wide character of the same value;
 * bytes above 0x7f are kept (as glibc's C locale does not, but a byte-clean
 * system wants them through unchanged). */
wint_t btowc(int c)
{
	return c == -1 ? WEOF : (unsigned char)c;
}

int wctob(wint_t c)
{
	return c < 256 ? (int)c : -1;
}

/* The byte functions here never leave a state behind; uchar.h's UTF-8 ones do. */
int mbsinit(const mbstate_t *st)
{
	return !st || (!st->__opaque[0] && !st->__opaque[1]);
}

size_t mbrtowc(wchar_t *restrict wc, const char *restrict s, size_t n, mbstate_t *restrict st)
{
	if (!s) return 0;
	if (!n) return (size_t)-2;
	unsigned char c = *s;
	if (wc) *wc = c;
	return c != 0;
}

size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict st)
{
	return mbrtowc(0, s, n, st);
}

size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict st)
{
	if (!s) return 1;
	if ((unsigned)wc > 255) {
		errno = EILSEQ;
		return (size_t)-1;
	}
	*s = wc;
	return 1;
}

size_t mbsrtowcs(wchar_t *restrict ws, const char **restrict src, size_t n, mbstate_t *restrict st)
{
	const unsigned char *s = (const unsigned char *)*src;
	size_t i = 0;
	if (!ws) {
		while (s[i]) i++;
		return i;
	}
	for (; i < n; i++) {
		ws[i] = s[i];
		if (!s[i]) {
			*src = 0;
			return i;
		}
	}
	*src = (const char *)s + i;
	return i;
}

size_t wcsrtombs(char *restrict s, const wchar_t **restrict src, size_t n, mbstate_t *restrict st)
{
	const wchar_t *w = *src;
	size_t i = 0;
	for (; !s || i < n; i++) {
		if ((unsigned)w[i] > 255) {
			errno = EILSEQ;
			return (size_t)-1;
		}
		if (s) s[i] = w[i];
		if (!w[i]) {
			if (s) *src = 0;
			return i;
		}
	}
	*src = w + i;
	return i;
}
