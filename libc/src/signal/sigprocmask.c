#include <signal.h>
#include "syscall.h"

int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	if (old)
		for (unsigned i = 1; i < sizeof old->__bits / sizeof(long); i++)
			old->__bits[i] = 0;
	return syscall_r(SYS_rt_sigprocmask, how, set, old, 8);
}

int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	long r = __syscall(SYS_rt_sigprocmask, how, set, old, 8);
	return r < 0 ? -r : 0;
}
