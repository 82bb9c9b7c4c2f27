#include <errno.h>
#include <string.h>
#include "pthread_impl.h"

/* The state word counts readers, or is WRITER when a writer holds the lock; waiters
 * register in a second word so an unlock knows whether to make a system call.
 * Readers and writers are woken together and race again: simple, and with no
 * starvation of either side under the light contention ordinary programs see. */
#define r_state(l) (&(l)->__i[0])
#define r_waiters(l) (&(l)->__i[1])
#define WRITER 0x7fffffff

int pthread_rwlock_init(pthread_rwlock_t *restrict l, const pthread_rwlockattr_t *restrict a)
{
	memset(l, 0, sizeof *l);
	return 0;
}

int pthread_rwlock_destroy(pthread_rwlock_t *l)
{
	return 0;
}

int pthread_rwlock_tryrdlock(pthread_rwlock_t *l)
{
	for (;;) {
		int s = *r_state(l);
		if (s == WRITER) return EBUSY;
		if (s == WRITER - 1) return EAGAIN;
		if (a_cas(r_state(l), s, s + 1) == s) return 0;
	}
}

int pthread_rwlock_trywrlock(pthread_rwlock_t *l)
{
	return a_cas(r_state(l), 0, WRITER) ? EBUSY : 0;
}

static int wait_for(pthread_rwlock_t *l, int (*try)(pthread_rwlock_t *),
	const struct timespec *at)
{
	int r;
	while ((r = try(l)) == EBUSY) {
		int s = *r_state(l);
		if (!s) continue;
		a_fetch_add(r_waiters(l), 1);
		r = __timedwait(r_state(l), s, CLOCK_REALTIME, at, 1);
		a_fetch_add(r_waiters(l), -1);
		if (r == ETIMEDOUT || r == EINVAL) return r;
	}
	return r;
}

int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict l, const struct timespec *restrict at)
{
	return wait_for(l, pthread_rwlock_tryrdlock, at);
}

int pthread_rwlock_rdlock(pthread_rwlock_t *l)
{
	return wait_for(l, pthread_rwlock_tryrdlock, 0);
}

int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict l, const struct timespec *restrict at)
{
	return wait_for(l, pthread_rwlock_trywrlock, at);
}

int pthread_rwlock_wrlock(pthread_rwlock_t *l)
{
	return wait_for(l, pthread_rwlock_trywrlock, 0);
}

int pthread_rwlock_unlock(pthread_rwlock_t *l)
{
	int s, next;
	do {
		s = *r_state(l);
		if (!s) return EPERM;
		next = s == WRITER ? 0 : s - 1;
	} while (a_cas(r_state(l), s, next) != s);
	if (!next && *r_waiters(l)) __wake(r_state(l), 0x7fffffff, 1);
	return 0;
}

int pthread_rwlockattr_init(pthread_rwlockattr_t *a)
{
	memset(a, 0, sizeof *a);
	return 0;
}

int pthread_rwlockattr_destroy(pthread_rwlockattr_t *a)
{
	return 0;
}
