#include <fcntl.h>
#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"

/* The stream keeps its descriptor number, so freopen(..., stdin) really changes fd 0. */
FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f)
{
	int flags = __fmodeflags(mode), fd;

	__fflush_one(f);
	if (flags < 0) {
		errno = EINVAL;
		goto fail;
	}
	if (!path) {
		if (fcntl(f->fd, F_SETFL, flags & O_APPEND) < 0)
			goto fail;
		if (flags & O_CLOEXEC)
			fcntl(f->fd, F_SETFD, FD_CLOEXEC);
	} else {
		fd = open(path, flags, 0666);
		if (fd < 0)
			goto fail;
		if (fd != f->fd) {
			if (dup3(fd, f->fd, flags & O_CLOEXEC) < 0) {
				close(fd);
				goto fail;
			}
			close(fd);
		}
	}
	f->flags &= F_PERM | F_SVB | F_LAZY;
	if ((flags & O_ACCMODE) == O_RDONLY)
		f->flags |= F_NOWR;
	else if ((flags & O_ACCMODE) == O_WRONLY)
		f->flags |= F_NORD;
	if (flags & O_APPEND)
		f->flags |= F_APP;
	f->rpos = f->rend = f->wbase = f->wpos = f->wend = 0;
	/* stdout and stderr start without a read function, so that printf alone does
	 * not link the reading code. */
	if (!f->read)
		f->read = __stdio_read;
	if (!(f->flags & F_SVB))
		f->lbf = LBF_UNKNOWN;
	return f;
fail:
	fclose(f);
	return 0;
}
