#include <signal.h>
#include "syscall.h"

int raise(int sig)
{
	/* Block everything around the two system calls, so the tid cannot go
	 * stale through a handler that forks. */
	unsigned long all = ~0UL, old;
	__syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, &old, 8);
	long r = __syscall(SYS_tkill, __syscall(SYS_gettid), sig);
	__syscall(SYS_rt_sigprocmask, SIG_SETMASK, &old, 0, 8);
	return __syscall_ret(r);
}
