#include <unistd.h>
#include <fcntl.h>
#include "syscall.h"

int unlink(const char *path)
{
	return syscall_r(SYS_unlinkat, AT_FDCWD, path, 0);
}

int unlinkat(int dir, const char *path, int flags)
{
	return syscall_r(SYS_unlinkat, dir, path, flags);
}

int rmdir(const char *path)
{
	return syscall_r(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR);
}
