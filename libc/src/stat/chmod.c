#include <sys/stat.h>
#include <fcntl.h>
#include <errno.h>
#include "syscall.h"

int chmod(const char *path, mode_t mode)
{
	return syscall_r(SYS_fchmodat, AT_FDCWD, path, mode);
}

int fchmod(int fd, mode_t mode)
{
	return syscall_r(SYS_fchmod, fd, mode);
}

int fchmodat(int dir, const char *path, mode_t mode, int flags)
{
	if (!flags) return syscall_r(SYS_fchmodat, dir, path, mode);
	/* fchmodat2 (6.6) takes flags; before it, AT_SYMLINK_NOFOLLOW could only mean
	 * "fail on a symlink", since links have no mode of their own on Linux. */
	long r = __syscall(452 /* fchmodat2 */, dir, path, mode, flags);
	if (r != -ENOSYS) return __syscall_ret(r);
	if (flags != AT_SYMLINK_NOFOLLOW) return __syscall_ret(-EINVAL);
	struct stat st;
	if (fstatat(dir, path, &st, flags)) return -1;
	if (S_ISLNK(st.st_mode)) return __syscall_ret(-EOPNOTSUPP);
	return syscall_r(SYS_fchmodat, dir, path, mode);
}

mode_t umask(mode_t mask)
{
	return __syscall(SYS_umask, mask);
}
