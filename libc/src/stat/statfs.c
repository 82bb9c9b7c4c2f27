#include <sys/statfs.h>
#include <sys/statvfs.h>
#include "syscall.h"

int statfs(const char *path, struct statfs *b)
{
	return syscall_r(SYS_statfs, path, b);
}

int fstatfs(int fd, struct statfs *b)
{
	return syscall_r(SYS_fstatfs, fd, b);
}

static void to_vfs(struct statvfs *v, const struct statfs *b)
{
	*v = (struct statvfs){
		.f_bsize = b->f_bsize,
		.f_frsize = b->f_frsize ? b->f_frsize : b->f_bsize,
		.f_blocks = b->f_blocks,
		.f_bfree = b->f_bfree,
		.f_bavail = b->f_bavail,
		.f_files = b->f_files,
		.f_ffree = b->f_ffree,
		.f_favail = b->f_ffree,
		.f_fsid = (unsigned)b->f_fsid.__val[0] | (unsigned long)(unsigned)b->f_fsid.__val[1] << 32,
		/* ST_VALID (0x20) only says the flags are present. */
		.f_flag = b->f_flags & ~0x20L,
		.f_namemax = b->f_namelen,
	};
}

int statvfs(const char *restrict path, struct statvfs *restrict v)
{
	struct statfs b;
	if (statfs(path, &b)) return -1;
	to_vfs(v, &b);
	return 0;
}

int fstatvfs(int fd, struct statvfs *v)
{
	struct statfs b;
	if (fstatfs(fd, &b)) return -1;
	to_vfs(v, &b);
	return 0;
}
