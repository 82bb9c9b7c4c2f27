#include <unistd.h>
#include <sys/time.h>
#include "syscall.h"

unsigned alarm(unsigned s)
{
	struct itimerval it = { .it_value.tv_sec = s }, old = { 0 };
	__syscall(SYS_setitimer, ITIMER_REAL, &it, &old);
	/* Round up: a pending alarm is never reported as 0. */
	return old.it_value.tv_sec + !!old.it_value.tv_usec;
}

int getitimer(int which, struct itimerval *v)
{
	return syscall_r(SYS_getitimer, which, v);
}

int setitimer(int which, const struct itimerval *restrict v, struct itimerval *restrict old)
{
	return syscall_r(SYS_setitimer, which, v, old);
}

int pause(void)
{
#ifdef SYS_pause
	return syscall_r(SYS_pause);
#else
	/* aarch64 has no pause: ppoll on no descriptors, no timeout, waits for a signal */
	return syscall_r(SYS_ppoll, 0, 0, 0, 0, 8);
#endif
}
