#include "stdio_impl.h"

static int unlocked_ungetc(int c, FILE *f)
{
	if (c == EOF)
		return EOF;
	if (!f->rend && __toread(f) && !(f->flags & F_EOF))
		return EOF;
	if (f->rpos <= f->buf - UNGET)
		return EOF;
	*--f->rpos = c;
	f->flags &= ~F_EOF;
	return (unsigned char)c;
}

int ungetc(int c, FILE *f)
{
	FLOCK(f);
	int r = unlocked_ungetc(c, f);
	FUNLOCK(f);
	return r;
}
