#include <sys/file.h>
#include <unistd.h>
#include <errno.h>
#include "syscall.h"

int flock(int fd, int op)
{
	return syscall_r(SYS_flock, fd, op);
}

/* lockf in terms of fcntl record locks from the current position. */
int lockf(int fd, int cmd, off_t len)
{
	struct flock l = { .l_type = F_WRLCK, .l_whence = SEEK_CUR, .l_len = len };
	switch (cmd) {
	case F_TEST:
		l.l_type = F_RDLCK;
		if (fcntl(fd, F_GETLK, &l) < 0) return -1;
		if (l.l_type == F_UNLCK || l.l_pid == getpid()) return 0;
		errno = EACCES;
		return -1;
	case F_ULOCK:
		l.l_type = F_UNLCK;
		/* fall through */
	case F_TLOCK:
		return fcntl(fd, F_SETLK, &l);
	case F_LOCK:
		return fcntl(fd, F_SETLKW, &l);
	}
	errno = EINVAL;
	return -1;
}
