#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/* A new fully set up stream on fd, opened with oflags; the buffer shares the
 * allocation. */
FILE *__fdopen_flags(int fd, int oflags)
{
	FILE *f = malloc(sizeof *f + UNGET + BUFSIZ);

	if (!f)
		return 0;
	memset(f, 0, sizeof *f);
	f->fd = fd;
	f->buf = (unsigned char *)(f + 1) + UNGET;
	f->bufsz = f->bufcap = BUFSIZ;
	f->lbf = LBF_UNKNOWN;
	if ((oflags & O_ACCMODE) == O_RDONLY)
		f->flags |= F_NOWR;
	else if ((oflags & O_ACCMODE) == O_WRONLY)
		f->flags |= F_NORD;
	if (oflags & O_APPEND)
		f->flags |= F_APP;
	f->write = __stdio_write;
	f->read = __stdio_read;
	f->seek = __stdio_seek;
	f->close = __stdio_close;
	__ofl_add(f);
	return f;
}
