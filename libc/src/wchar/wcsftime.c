/* wcsftime is strftime on the format in the locale's multibyte encoding, decoded back.
 * A space appended to the format tells "did not fit" (strftime's 0) from an empty
 * result; the byte buffer grows until the result fits or is known too long: max - 1
 * wide characters are at most (max - 1) * MB_LEN_MAX bytes. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

static size_t widen(wchar_t *restrict s, size_t max, const char *b, size_t n)
{
	mbstate_t st = { 0 };
	const char *src = b;
	size_t len = mbsnrtowcs(0, &src, n, 0, &st);
	if (len == (size_t)-1 || len >= max) return 0;
	memset(&st, 0, sizeof st);
	src = b;
	mbsnrtowcs(s, &src, n, len, &st);
	s[len] = 0;
	return len;
}

size_t wcsftime(wchar_t *restrict s, size_t max, const wchar_t *restrict fmt,
                const struct tm *restrict tm)
{
	if (!max) return 0;
	mbstate_t st = { 0 };
	const wchar_t *src = fmt;
	size_t flen = wcsrtombs(0, &src, 0, &st);
	if (flen == (size_t)-1) return 0;
	char *f = malloc(flen + 2), *b = 0;
	if (!f) return 0;
	src = fmt;
	memset(&st, 0, sizeof st);
	wcsrtombs(f, &src, flen + 1, &st);
	strcpy(f + flen, " ");
	size_t limit = (max - 1) < (SIZE_MAX - 2) / MB_LEN_MAX ? (max - 1) * MB_LEN_MAX + 2 : SIZE_MAX;
	size_t r = 0, cap = 256;
	for (;; cap *= 2) {
		if (cap > limit) cap = limit;
		char *nb = realloc(b, cap);
		if (!nb) break;
		b = nb;
		size_t n = strftime(b, cap, f, tm);
		if (n) {
			r = widen(s, max, b, n - 1);
			break;
		}
		if (cap == limit || cap > SIZE_MAX / 2) break;
	}
	free(b);
	free(f);
	return r;
}
