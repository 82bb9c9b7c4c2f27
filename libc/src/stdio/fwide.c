/* A stream's orientation is fixed by the first call that asks for one (C11 7.21.2):
 * fwide with a non-zero mode, any wide character function (F_WIDE, set before they
 * read or write), or any byte I/O (F_BYTE, set by __toread and __towrite on every
 * stream that starts reading or writing, wide ones too: F_WIDE is looked at first).
 * A wide function on a byte-oriented stream, which C leaves undefined, makes it wide.
 * freopen clears both. */
#include "stdio_impl.h"
#include <wchar.h>

int fwide(FILE *f, int mode)
{
	FLOCK(f);
	if (mode && !(f->flags & (F_WIDE | F_BYTE))) f->flags |= mode > 0 ? F_WIDE : F_BYTE;
	int r = f->flags & F_WIDE ? 1 : f->flags & F_BYTE ? -1 : 0;
	FUNLOCK(f);
	return r;
}
