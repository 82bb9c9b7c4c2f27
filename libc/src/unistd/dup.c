#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include "syscall.h"

int dup(int fd)
{
	return syscall_r(SYS_dup, fd);
}

int dup2(int old, int new)
{
	long r;
	/* dup3 refuses old == new, where dup2 must check old is valid and succeed. */
	if (old == new) {
		r = __syscall(SYS_fcntl, old, F_GETFD);
		return r < 0 ? __syscall_ret(r) : old;
	}
	do r = __syscall(SYS_dup3, old, new, 0);	/* old != new here; aarch64 has no dup2 */
	while (r == -EBUSY);
	return __syscall_ret(r);
}

int dup3(int old, int new, int flags)
{
	long r;
	do r = __syscall(SYS_dup3, old, new, flags);
	while (r == -EBUSY);
	return __syscall_ret(r);
}
