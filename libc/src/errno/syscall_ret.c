#include <errno.h>
#include "syscall.h"

/* The kernel reports failure as a value in [-4095, -1]. */
long __syscall_ret(unsigned long r)
{
	if (r > -4096UL) {
		errno = -(long)r;
		return -1;
	}
	return r;
}
