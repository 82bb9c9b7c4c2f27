/* Reads one multibyte character a byte at a time through mbrtowc, so it follows the
 * current LC_CTYPE. An invalid sequence, or end of file inside one, is EILSEQ. */
#include <errno.h>
#include "wstdio.h"

wint_t __fgetwc_unlocked(FILE *f)
{
	mbstate_t st = { 0 };
	wchar_t wc;
	f->flags |= F_WIDE;
	for (int n = 0;; n++) {
		int c = getc_fast(f);
		if (c == EOF) {
			if (n) errno = EILSEQ;
			return WEOF;
		}
		char b = (char)c;
		size_t r = mbrtowc(&wc, &b, 1, &st);
		if (r == (size_t)-1) {
			errno = EILSEQ;
			return WEOF;
		}
		if (r != (size_t)-2) return (wint_t)wc;
	}
}

wint_t fgetwc(FILE *f)
{
	FLOCK(f);
	wint_t c = __fgetwc_unlocked(f);
	FUNLOCK(f);
	return c;
}

wint_t getwc(FILE *f) __attribute__((__alias__("fgetwc")));

wint_t getwchar(void)
{
	return fgetwc(stdin);
}
