#include <unistd.h>
#include "syscall.h"

int chdir(const char *path)
{
	return syscall_r(SYS_chdir, path);
}

int fchdir(int fd)
{
	return syscall_r(SYS_fchdir, fd);
}

int chroot(const char *path)
{
	return syscall_r(SYS_chroot, path);
}
