#include <unistd.h>
#include <fcntl.h>
#include "syscall.h"

int access(const char *path, int mode)
{
	return syscall_r(SYS_faccessat, AT_FDCWD, path, mode);
}

int faccessat(int dir, const char *path, int mode, int flags)
{
	/* The old system call has no flags argument; faccessat2 (5.8) does. */
	if (!flags) return syscall_r(SYS_faccessat, dir, path, mode);
	return syscall_r(SYS_faccessat2, dir, path, mode, flags);
}

int eaccess(const char *path, int mode)
{
	return faccessat(AT_FDCWD, path, mode, AT_EACCESS);
}
