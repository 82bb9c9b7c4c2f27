#include <fcntl.h>
#include "syscall.h"

/* These return the error number instead of setting errno. */
int posix_fadvise(int fd, off_t off, off_t len, int adv)
{
	return -__syscall(SYS_fadvise64, fd, off, len, adv);
}

int posix_fallocate(int fd, off_t off, off_t len)
{
	return -__syscall(SYS_fallocate, fd, 0, off, len);
}

int fallocate(int fd, int mode, off_t off, off_t len)
{
	return syscall_r(SYS_fallocate, fd, mode, off, len);
}

ssize_t readahead(int fd, off_t off, size_t n)
{
	return syscall_r(SYS_readahead, fd, off, n);
}
