#include <unistd.h>
#include <fcntl.h>
#include "syscall.h"

int chown(const char *path, uid_t u, gid_t g)
{
	return syscall_r(SYS_fchownat, AT_FDCWD, path, u, g, 0);
}

int lchown(const char *path, uid_t u, gid_t g)
{
	return syscall_r(SYS_fchownat, AT_FDCWD, path, u, g, AT_SYMLINK_NOFOLLOW);
}

int fchown(int fd, uid_t u, gid_t g)
{
	return syscall_r(SYS_fchown, fd, u, g);
}

int fchownat(int dir, const char *path, uid_t u, gid_t g, int flags)
{
	return syscall_r(SYS_fchownat, dir, path, u, g, flags);
}
