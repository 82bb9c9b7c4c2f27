/* Writes one character as the multibyte sequence wcrtomb gives in the current LC_CTYPE. */
#include <limits.h>
#include "wstdio.h"

wint_t __fputwc_unlocked(wchar_t c, FILE *f)
{
	char b[MB_LEN_MAX];
	mbstate_t st = { 0 };
	f->flags |= F_WIDE;
	size_t n = wcrtomb(b, c, &st);
	if (n == (size_t)-1) return WEOF;	/* errno is EILSEQ */
	for (size_t i = 0; i < n; i++)
		if (putc_fast(b[i], f) == EOF) return WEOF;
	return (wint_t)c;
}

wint_t fputwc(wchar_t c, FILE *f)
{
	FLOCK(f);
	wint_t r = __fputwc_unlocked(c, f);
	FUNLOCK(f);
	return r;
}

wint_t putwc(wchar_t c, FILE *f) __attribute__((__alias__("fputwc")));

wint_t putwchar(wchar_t c)
{
	return fputwc(c, stdout);
}
