/* Pushes back the multibyte sequence of c into the ungetc room below the buffer, so the
 * next fgetwc decodes it again; it fails when the room (UNGET bytes) is used up. */
#include <limits.h>
#include <string.h>
#include "wstdio.h"

static wint_t unlocked_ungetwc(wint_t c, FILE *f)
{
	char b[MB_LEN_MAX];
	mbstate_t st = { 0 };
	if (c == WEOF) return WEOF;
	size_t n = wcrtomb(b, (wchar_t)c, &st);
	if (n == (size_t)-1) return WEOF;
	if (!f->rend && __toread(f) && !(f->flags & F_EOF)) return WEOF;
	if ((size_t)(f->rpos - (f->buf - UNGET)) < n) return WEOF;
	f->rpos -= n;
	memcpy(f->rpos, b, n);
	f->flags = (f->flags & ~F_EOF) | F_WIDE;
	return c;
}

wint_t ungetwc(wint_t c, FILE *f)
{
	FLOCK(f);
	wint_t r = unlocked_ungetwc(c, f);
	FUNLOCK(f);
	return r;
}
