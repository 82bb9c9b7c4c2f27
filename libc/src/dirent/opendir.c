#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include <errno.h>
#include "dirent_impl.h"
#include "syscall.h"

DIR *fdopendir(int fd)
{
	long r = __syscall(SYS_fcntl, fd, F_GETFD);
	if (r < 0) {
		__syscall_ret(r);
		return 0;
	}
	DIR *d = malloc(sizeof *d);
	if (!d) return 0;
	d->fd = fd;
	d->pos = d->end = 0;
	d->tell = 0;
	/* Not a directory shows up at the first read as ENOTDIR, like glibc's
	 * fdopendir which checks up front; check here to match it. */
	r = __syscall(SYS_getdents64, fd, d->buf, 0);
	if (r == -ENOTDIR) {
		free(d);
		errno = ENOTDIR;
		return 0;
	}
	__syscall(SYS_fcntl, fd, F_SETFD, FD_CLOEXEC);
	return d;
}

DIR *opendir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) return 0;
	DIR *d = malloc(sizeof *d);
	if (!d) {
		__syscall(SYS_close, fd);
		return 0;
	}
	d->fd = fd;
	d->pos = d->end = 0;
	d->tell = 0;
	return d;
}

int closedir(DIR *d)
{
	int r = close(d->fd);
	free(d);
	return r;
}

int dirfd(DIR *d)
{
	return d->fd;
}
