#include <signal.h>
#include <errno.h>
#include "syscall.h"

int sigtimedwait(const sigset_t *restrict set, siginfo_t *restrict si,
	const struct timespec *restrict ts)
{
	long r;
	do r = __syscall(SYS_rt_sigtimedwait, set, si, ts, 8);
	while (r == -EINTR);
	return __syscall_ret(r);
}

int sigwaitinfo(const sigset_t *restrict set, siginfo_t *restrict si)
{
	return sigtimedwait(set, si, 0);
}

int sigwait(const sigset_t *restrict set, int *restrict sig)
{
	siginfo_t si;
	int r = sigtimedwait(set, &si, 0);
	if (r < 0) return errno;
	*sig = r;
	return 0;
}
