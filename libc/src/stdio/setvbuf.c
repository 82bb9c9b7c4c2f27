#include <errno.h>
#include "stdio_impl.h"

/* A caller's buffer is used when it is big enough to keep ungetc room below it;
 * otherwise the stream keeps its own and only the mode and size change. */
static int unlocked_setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
		errno = EINVAL;
		return -1;
	}
	__fflush_one(f);
	f->lbf = mode == _IOLBF ? '\n' : EOF;
	if (mode == _IONBF) {
		f->bufsz = 0;
	} else if (buf && size > 2 * UNGET) {
		f->buf = (unsigned char *)buf + UNGET;
		f->flags &= ~F_LAZY;
		f->bufsz = f->bufcap = size - UNGET;
	} else {
		f->bufsz = size && size < f->bufcap ? size : f->bufcap;
	}
	f->flags |= F_SVB;
	return 0;
}

int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	FLOCK(f);
	int r = unlocked_setvbuf(f, buf, mode, size);
	FUNLOCK(f);
	return r;
}
