#include <errno.h>
#include "stdio_impl.h"

static int unlocked_fseeko(FILE *f, off_t off, int whence)
{
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	/* The descriptor is ahead of the stream by what is still buffered. */
	if (whence == SEEK_CUR && f->rend)
		off -= f->rend - f->rpos;
	if (f->wpos != f->wbase && f->write(f, 0, 0))
		return -1;
	f->rpos = f->rend = f->wbase = f->wpos = f->wend = 0;
	if (f->seek(f, off, whence) < 0)
		return -1;
	f->flags &= ~F_EOF;
	return 0;
}

int fseeko(FILE *f, off_t off, int whence)
{
	FLOCK(f);
	int r = unlocked_fseeko(f, off, whence);
	FUNLOCK(f);
	return r;
}
