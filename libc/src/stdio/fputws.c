#include "wstdio.h"

/* Returns 0, or -1 on a write or encoding error (errno says which). */
int fputws(const wchar_t *restrict s, FILE *restrict f)
{
	int r = 0;
	FLOCK(f);
	f->flags |= F_WIDE;
	for (; *s && r == 0; s++)
		if (__fputwc_unlocked(*s, f) == WEOF) r = -1;
	FUNLOCK(f);
	return r;
}
