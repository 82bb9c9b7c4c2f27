#include <time.h>
#include <signal.h>
#include <errno.h>
#include <stdint.h>
#include "syscall.h"

/* POSIX timers are kernel objects; timer_t carries the kernel's id. Delivery by
 * signal (or none) only: SIGEV_THREAD needs threads. */
int timer_create(clockid_t clk, struct sigevent *restrict ev, timer_t *restrict res)
{
	int id;
	if (ev && ev->sigev_notify == SIGEV_THREAD) {
		errno = ENOTSUP;
		return -1;
	}
	if (syscall_r(SYS_timer_create, clk, ev, &id) < 0) return -1;
	*res = (timer_t)(intptr_t)id;
	return 0;
}

int timer_delete(timer_t t)
{
	return syscall_r(SYS_timer_delete, (int)(intptr_t)t);
}

int timer_settime(timer_t t, int flags, const struct itimerspec *restrict v, struct itimerspec *restrict old)
{
	return syscall_r(SYS_timer_settime, (int)(intptr_t)t, flags, v, old);
}

int timer_gettime(timer_t t, struct itimerspec *v)
{
	return syscall_r(SYS_timer_gettime, (int)(intptr_t)t, v);
}

int timer_getoverrun(timer_t t)
{
	return syscall_r(SYS_timer_getoverrun, (int)(intptr_t)t);
}

/* The kernel's encoding of a process CPU clock: ~pid << 3 | CPUCLOCK_SCHED (2). */
int clock_getcpuclockid(pid_t pid, clockid_t *clk)
{
	struct timespec ts;
	clockid_t id = (-pid - 1) * 8U + 2;
	long r = __syscall(SYS_clock_getres, id, &ts);
	if (r) return -r;
	*clk = id;
	return 0;
}
