#include "syscall.h"
#include "tcb.h"

/* The kernel reports failure as a value in [-4095, -1]. errno is written in the TCB
 * directly (what __errno_location returns): no call, in every program. */
long __syscall_ret(unsigned long r)
{
	if (r > -4096UL) {
		__tcb_self()->errno_val = -(long)r;
		return -1;
	}
	return r;
}
