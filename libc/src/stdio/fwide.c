/* A stream's orientation is fixed by the first call that asks for one (C11 7.21.2):
 * fwide with a non-zero mode, or any wide character function. Byte functions do not
 * record it; fwide(f, 0) reports what is recorded. freopen clears it. */
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
