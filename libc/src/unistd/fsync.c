#include <unistd.h>
#include "syscall.h"

int fsync(int fd)
{
	return syscall_r(SYS_fsync, fd);
}

int fdatasync(int fd)
{
	return syscall_r(SYS_fdatasync, fd);
}

void sync(void)
{
	__syscall(SYS_sync);
}

int syncfs(int fd)
{
	return syscall_r(SYS_syncfs, fd);
}
