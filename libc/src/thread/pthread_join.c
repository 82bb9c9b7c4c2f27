#include <errno.h>
#include "pthread_impl.h"

/* pthread_join waits for the kernel to clear the tid (CLONE_CHILD_CLEARTID), which it does with a
 * shared-futex wake once the thread no longer uses its stack. */
int pthread_join(pthread_t th, void **res)
{
	struct __tcb *t = (void *)th;
	if (t == __tcb_self()) return EDEADLK;
	if (t->detach_state == DT_DETACHED) return EINVAL;
	int tid;
	while ((tid = t->tid))
		__timedwait(&t->tid, tid, CLOCK_MONOTONIC, 0, 0);
	if (res) *res = t->result;
	if (t->map_base) __syscall(SYS_munmap, t->map_base, t->map_size);
	return 0;
}

int pthread_detach(pthread_t th)
{
	struct __tcb *t = (void *)th;
	int old = a_cas(&t->detach_state, DT_JOINABLE, DT_DETACHED);
	if (old == DT_DETACHED) return EINVAL;
	if (old == DT_EXITED) {	/* it is gone already: free what it left */
		t->detach_state = DT_JOINABLE;
		pthread_join(th, 0);
	}
	return 0;
}
