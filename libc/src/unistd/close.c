#include <unistd.h>
#include <errno.h>
#include "syscall.h"

/* Linux always releases the descriptor, even when close reports EINTR: retrying
 * could close a descriptor another open just got, so EINTR counts as done. */
int close(int fd)
{
	long r = __syscall(SYS_close, fd);
	if (r == -EINTR) r = 0;
	return __syscall_ret(r);
}

int close_range(unsigned first, unsigned last, int flags)
{
	return syscall_r(SYS_close_range, first, last, flags);
}
