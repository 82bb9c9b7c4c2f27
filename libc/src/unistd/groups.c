#include <unistd.h>
#include "syscall.h"

int getgroups(int n, gid_t list[])
{
	return syscall_r(SYS_getgroups, n, list);
}

int setgroups(size_t n, const gid_t *list)
{
	return syscall_r(SYS_setgroups, n, list);
}
