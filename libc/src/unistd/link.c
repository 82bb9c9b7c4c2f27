#include <unistd.h>
#include <fcntl.h>
#include "syscall.h"

int link(const char *old, const char *new)
{
	return syscall_r(SYS_linkat, AT_FDCWD, old, AT_FDCWD, new, 0);
}

int linkat(int od, const char *old, int nd, const char *new, int flags)
{
	return syscall_r(SYS_linkat, od, old, nd, new, flags);
}

int symlink(const char *target, const char *path)
{
	return syscall_r(SYS_symlinkat, target, AT_FDCWD, path);
}

int symlinkat(const char *target, int dir, const char *path)
{
	return syscall_r(SYS_symlinkat, target, dir, path);
}
