#include <sys/uio.h>
#include "syscall.h"

ssize_t readv(int fd, const struct iovec *iov, int n)
{
	return syscall_r(SYS_readv, fd, iov, n);
}

ssize_t writev(int fd, const struct iovec *iov, int n)
{
	return syscall_r(SYS_writev, fd, iov, n);
}

/* The kernel takes the offset split in two longs (low, high); on 64-bit the high
 * half is simply unused. */
ssize_t preadv(int fd, const struct iovec *iov, int n, off_t off)
{
	return syscall_r(SYS_preadv, fd, iov, n, off, 0);
}

ssize_t pwritev(int fd, const struct iovec *iov, int n, off_t off)
{
	return syscall_r(SYS_pwritev, fd, iov, n, off, 0);
}
