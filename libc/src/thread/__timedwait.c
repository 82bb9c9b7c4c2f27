#include <errno.h>
#include "pthread_impl.h"

int __timedwait(volatile int *addr, int val, clockid_t clock, const struct timespec *at,
	int priv)
{
	if (at && (at->tv_nsec < 0 || at->tv_nsec >= 1000000000L)) return EINVAL;
	/* WAIT_BITSET takes an absolute time, on CLOCK_MONOTONIC unless told otherwise. */
	int op = FUTEX_WAIT_BITSET | (priv ? FUTEX_PRIVATE : 0);
	if (clock == CLOCK_REALTIME) op |= FUTEX_CLOCK_REALTIME;
	else if (clock != CLOCK_MONOTONIC) return EINVAL;
	long r = __syscall(SYS_futex, addr, op, val, at, 0, -1);
	if (r == -ETIMEDOUT || r == -EINTR) return -r;
	return 0;
}
