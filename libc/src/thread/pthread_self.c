#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include "pthread_impl.h"

pthread_t pthread_self(void)
{
	return (pthread_t)__tcb_self();
}

int pthread_equal(pthread_t a, pthread_t b)
{
	return a == b;
}

int pthread_kill(pthread_t th, int sig)
{
	struct __tcb *t = (void *)th;
	int tid = t->tid;
	if (!tid) return ESRCH;
	long r = __syscall(SYS_tgkill, __syscall(SYS_getpid), tid, sig);
	return r < 0 ? -r : 0;
}
