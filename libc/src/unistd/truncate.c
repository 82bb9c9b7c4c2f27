#include <unistd.h>
#include "syscall.h"

int truncate(const char *path, off_t len)
{
	return syscall_r(SYS_truncate, path, len);
}

int ftruncate(int fd, off_t len)
{
	return syscall_r(SYS_ftruncate, fd, len);
}
