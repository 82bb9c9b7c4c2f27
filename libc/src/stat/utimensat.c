#include <sys/stat.h>
#include <sys/time.h>
#include <fcntl.h>
#include <utime.h>
#include "syscall.h"

int utimensat(int dir, const char *path, const struct timespec ts[2], int flags)
{
	return syscall_r(SYS_utimensat, dir, path, ts, flags);
}

int futimens(int fd, const struct timespec ts[2])
{
	return syscall_r(SYS_utimensat, fd, 0, ts, 0);
}

static const struct timespec *tv2ts(const struct timeval *tv, struct timespec *ts)
{
	if (!tv) return 0;
	for (int i = 0; i < 2; i++) {
		ts[i].tv_sec = tv[i].tv_sec;
		ts[i].tv_nsec = tv[i].tv_usec * 1000;
	}
	return ts;
}

int utimes(const char *path, const struct timeval tv[2])
{
	struct timespec ts[2];
	return utimensat(AT_FDCWD, path, tv2ts(tv, ts), 0);
}

int lutimes(const char *path, const struct timeval tv[2])
{
	struct timespec ts[2];
	return utimensat(AT_FDCWD, path, tv2ts(tv, ts), AT_SYMLINK_NOFOLLOW);
}

int futimes(int fd, const struct timeval tv[2])
{
	struct timespec ts[2];
	return futimens(fd, tv2ts(tv, ts));
}

int utime(const char *path, const struct utimbuf *t)
{
	struct timespec ts[2];
	if (t) {
		ts[0] = (struct timespec){ t->actime, 0 };
		ts[1] = (struct timespec){ t->modtime, 0 };
	}
	return utimensat(AT_FDCWD, path, t ? ts : 0, 0);
}
