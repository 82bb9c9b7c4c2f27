#include <sys/stat.h>
#include <fcntl.h>
#include "syscall.h"

int mkdir(const char *path, mode_t mode)
{
	return syscall_r(SYS_mkdirat, AT_FDCWD, path, mode);
}

int mkdirat(int dir, const char *path, mode_t mode)
{
	return syscall_r(SYS_mkdirat, dir, path, mode);
}

int mknod(const char *path, mode_t mode, dev_t dev)
{
	return syscall_r(SYS_mknodat, AT_FDCWD, path, mode, dev);
}

int mknodat(int dir, const char *path, mode_t mode, dev_t dev)
{
	return syscall_r(SYS_mknodat, dir, path, mode, dev);
}

int mkfifo(const char *path, mode_t mode)
{
	return mknodat(AT_FDCWD, path, mode | S_IFIFO, 0);
}

int mkfifoat(int dir, const char *path, mode_t mode)
{
	return mknodat(dir, path, mode | S_IFIFO, 0);
}
