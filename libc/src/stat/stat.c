#include <sys/stat.h>
#include <fcntl.h>
#include "syscall.h"

int fstatat(int dir, const char *restrict path, struct stat *restrict st, int flags)
{
	return syscall_r(SYS_newfstatat, dir, path, st, flags);
}

int stat(const char *restrict path, struct stat *restrict st)
{
	return fstatat(AT_FDCWD, path, st, 0);
}

int lstat(const char *restrict path, struct stat *restrict st)
{
	return fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW);
}

int fstat(int fd, struct stat *st)
{
	return syscall_r(SYS_fstat, fd, st);
}

int statx(int dir, const char *restrict path, int flags, unsigned mask,
	struct statx *restrict stx)
{
	return syscall_r(SYS_statx, dir, path, flags, mask, stx);
}
