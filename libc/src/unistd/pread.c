#include <unistd.h>
#include "syscall.h"

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	return syscall_r(SYS_pread64, fd, buf, n, off);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	return syscall_r(SYS_pwrite64, fd, buf, n, off);
}
