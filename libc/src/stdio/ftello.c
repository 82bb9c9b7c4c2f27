#include <errno.h>
#include "stdio_impl.h"

static off_t unlocked_ftello(FILE *f)
{
	off_t pos;

	/* Appending writes land at the end, wherever the descriptor points now. */
	if ((f->flags & F_APP) && f->wpos != f->wbase && f->write(f, 0, 0))
		return -1;
	pos = f->seek(f, 0, SEEK_CUR);
	if (pos < 0)
		return pos;
	if (f->rend)
		pos -= f->rend - f->rpos;
	else if (f->wbase)
		pos += f->wpos - f->wbase;
	return pos;
}

off_t ftello(FILE *f)
{
	FLOCK(f);
	off_t r = unlocked_ftello(f);
	FUNLOCK(f);
	return r;
}
