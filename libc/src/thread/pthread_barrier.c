#include <errno.h>
#include <string.h>
#include "pthread_impl.h"

/* __i[0] a lock, __i[1] the count to reach, __i[2] arrived so far, __i[3] the
 * generation the waiters sleep on. The last to arrive starts a new generation. */
int pthread_barrier_init(pthread_barrier_t *restrict b, const pthread_barrierattr_t *restrict a,
	unsigned count)
{
	if (!count || count > 0x7fffffff) return EINVAL;
	memset(b, 0, sizeof *b);
	b->__i[1] = count;
	return 0;
}

int pthread_barrier_destroy(pthread_barrier_t *b)
{
	return 0;
}

int pthread_barrier_wait(pthread_barrier_t *b)
{
	volatile int *gen = &b->__i[3];
	__lock(&b->__i[0]);
	int g = *gen;
	if (++b->__i[2] == b->__i[1]) {
		b->__i[2] = 0;
		a_fetch_add(gen, 1);
		__unlock(&b->__i[0]);
		__wake(gen, 0x7fffffff, 1);
		return PTHREAD_BARRIER_SERIAL_THREAD;
	}
	__unlock(&b->__i[0]);
	while (*gen == g)
		__timedwait(gen, g, CLOCK_MONOTONIC, 0, 1);
	return 0;
}

int pthread_barrierattr_init(pthread_barrierattr_t *a)
{
	a->__attr = 0;
	return 0;
}

int pthread_barrierattr_destroy(pthread_barrierattr_t *a)
{
	return 0;
}
