#include <unistd.h>
#include "syscall.h"

ssize_t read(int fd, void *buf, size_t n)
{
	return syscall_r(SYS_read, fd, buf, n);
}
