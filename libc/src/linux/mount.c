#include <sys/mount.h>
#include "syscall.h"

int mount(const char *src, const char *dst, const char *type, unsigned long flags,
	const void *data)
{
	return syscall_r(SYS_mount, src, dst, type, flags, data);
}

int umount(const char *dst)
{
	return syscall_r(SYS_umount2, dst, 0);
}

int umount2(const char *dst, int flags)
{
	return syscall_r(SYS_umount2, dst, flags);
}
