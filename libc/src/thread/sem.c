#include <errno.h>
#include <limits.h>
#include <semaphore.h>
#include "pthread_impl.h"

/* __val[0] the count, __val[1] sleepers (so sem_post skips the wake when there are
 * none), __val[2] nonzero when shared between processes (shared futexes). */
int sem_init(sem_t *s, int pshared, unsigned value)
{
	if (value > SEM_VALUE_MAX) {
		errno = EINVAL;
		return -1;
	}
	s->__val[0] = value;
	s->__val[1] = 0;
	s->__val[2] = !!pshared;
	return 0;
}

int sem_destroy(sem_t *s)
{
	return 0;
}

int sem_trywait(sem_t *s)
{
	int v;
	while ((v = s->__val[0]) > 0)
		if (a_cas(&s->__val[0], v, v - 1) == v) return 0;
	errno = EAGAIN;
	return -1;
}

int sem_clockwait(sem_t *restrict s, clockid_t clock, const struct timespec *restrict at)
{
	while (sem_trywait(s)) {
		a_fetch_add(&s->__val[1], 1);
		int r = __timedwait(&s->__val[0], 0, clock, at, !s->__val[2]);
		a_fetch_add(&s->__val[1], -1);
		if (r) {
			errno = r;
			return -1;
		}
	}
	return 0;
}

int sem_timedwait(sem_t *restrict s, const struct timespec *restrict at)
{
	return sem_clockwait(s, CLOCK_REALTIME, at);
}

int sem_wait(sem_t *s)
{
	return sem_clockwait(s, CLOCK_MONOTONIC, 0);
}

int sem_post(sem_t *s)
{
	int v;
	do {
		v = s->__val[0];
		if (v == SEM_VALUE_MAX) {
			errno = EOVERFLOW;
			return -1;
		}
	} while (a_cas(&s->__val[0], v, v + 1) != v);
	if (s->__val[1]) __wake(&s->__val[0], 1, !s->__val[2]);
	return 0;
}

int sem_getvalue(sem_t *restrict s, int *restrict v)
{
	*v = s->__val[0];
	return 0;
}
