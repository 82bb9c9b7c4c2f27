#include <unistd.h>
#include "syscall.h"

ssize_t write(int fd, const void *buf, size_t n)
{
	return syscall_r(SYS_write, fd, buf, n);
}
