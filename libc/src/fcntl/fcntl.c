#include <fcntl.h>
#include <stdarg.h>
#include <errno.h>
#include "syscall.h"

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	unsigned long arg = va_arg(ap, unsigned long);
	va_end(ap);
	/* F_GETOWN cannot report a negative owner (a process group) as a value;
	 * F_GETOWN_EX can. */
	if (cmd == F_GETOWN) {
		struct { int type; pid_t pid; } ex;
		long r = __syscall(SYS_fcntl, fd, 16 /* F_GETOWN_EX */, &ex);
		if (r == -EINVAL) return __syscall(SYS_fcntl, fd, cmd);
		if (r < 0) return __syscall_ret(r);
		return ex.type == 2 /* F_OWNER_PGRP */ ? -ex.pid : ex.pid;
	}
	return syscall_r(SYS_fcntl, fd, cmd, arg);
}
