#include <dirent.h>
#include <errno.h>
#include <string.h>
#include "dirent_impl.h"
#include "syscall.h"

struct dirent *readdir(DIR *d)
{
	if (d->pos >= d->end) {
		long n = __syscall(SYS_getdents64, d->fd, d->buf, sizeof d->buf);
		if (n <= 0) {
			/* End of directory leaves errno alone; an error sets it. */
			if (n < 0) errno = -n;
			return 0;
		}
		d->end = n;
		d->pos = 0;
	}
	struct dirent *de = (void *)(d->buf + d->pos);
	d->pos += de->d_reclen;
	d->tell = de->d_off;
	return de;
}

int readdir_r(DIR *restrict d, struct dirent *restrict buf, struct dirent **restrict res)
{
	int e = errno;
	errno = 0;
	struct dirent *de = readdir(d);
	int err = errno;
	errno = e;
	if (err) return err;
	if (de) memcpy(buf, de, de->d_reclen);
	*res = de ? buf : 0;
	return 0;
}

ssize_t getdents64(int fd, void *buf, size_t n)
{
	return syscall_r(SYS_getdents64, fd, buf, n);
}
