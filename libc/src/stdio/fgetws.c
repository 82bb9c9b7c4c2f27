#include "wstdio.h"

/* Like fgets: at most n - 1 characters, through the first newline. Null when nothing was
 * read before end of file, or on an error or encoding error. */
wchar_t *fgetws(wchar_t *restrict s, int n, FILE *restrict f)
{
	if (n <= 0) return 0;
	FLOCK(f);
	wchar_t *p = s;
	wint_t c = 0;
	while (--n && (c = __fgetwc_unlocked(f)) != WEOF)
		if ((*p++ = (wchar_t)c) == L'\n') break;
	FUNLOCK(f);
	if (c == WEOF && (p == s || (f->flags & F_ERR) || !(f->flags & F_EOF))) return 0;
	*p = 0;
	return s;
}
