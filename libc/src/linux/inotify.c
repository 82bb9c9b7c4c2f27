#include <sys/inotify.h>
#include "syscall.h"

int inotify_init(void) { return syscall_r(SYS_inotify_init1, 0); }
int inotify_init1(int flags) { return syscall_r(SYS_inotify_init1, flags); }
int inotify_add_watch(int fd, const char *path, uint32_t mask)
{
	return syscall_r(SYS_inotify_add_watch, fd, path, mask);
}
int inotify_rm_watch(int fd, int wd) { return syscall_r(SYS_inotify_rm_watch, fd, wd); }
