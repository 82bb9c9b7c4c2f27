#include <wchar.h>
#include <string.h>
#include <limits.h>

/* Character by character through wcrtomb, so it follows the locale. A character is
 * written only whole: one that would not fit in the len bytes left stops the
 * conversion before it. */
size_t wcsnrtombs(char *restrict s, const wchar_t **restrict src, size_t nwc, size_t len,
	mbstate_t *restrict st)
{
	const wchar_t *w = *src;
	size_t n = 0;
	for (; nwc; nwc--, w++) {
		char buf[MB_LEN_MAX];
		size_t r = wcrtomb(buf, *w, st);
		if (r == (size_t)-1) {
			if (s) *src = w;
			return r;
		}
		if (!*w) {
			if (s) {
				if (n == len) break;
				s[n] = 0;
				*src = 0;
			}
			return n;
		}
		if (s) {
			if (r > len - n) break;
			memcpy(s + n, buf, r);
		}
		n += r;
	}
	if (s) *src = w;
	return n;
}

size_t wcsrtombs(char *restrict s, const wchar_t **restrict src, size_t len, mbstate_t *restrict st)
{
	return wcsnrtombs(s, src, (size_t)-1, len, st);
}
