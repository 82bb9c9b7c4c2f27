#include <errno.h>
#include <string.h>
#include "pthread_impl.h"

/* A sequence number: a waiter notes it, unlocks the mutex and sleeps while it is
 * unchanged; signal and broadcast bump it and wake one or all. A signal between the
 * unlock and the sleep changes the number, so no wakeup is lost; spurious wakeups
 * are allowed by POSIX and callers loop on their predicate. */
int pthread_cond_init(pthread_cond_t *restrict c, const pthread_condattr_t *restrict a)
{
	memset(c, 0, sizeof *c);
	if (a) c->c_clock = a->__attr & 0x7fffffff;
	return 0;
}

int pthread_cond_destroy(pthread_cond_t *c)
{
	return 0;
}

int pthread_cond_timedwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m,
	const struct timespec *restrict at)
{
	if (at && (at->tv_nsec < 0 || at->tv_nsec >= 1000000000L)) return EINVAL;
	int seq = c->c_seq;
	/* A recursive mutex is released completely and taken back at the same depth. */
	int depth = m->m_type == PTHREAD_MUTEX_RECURSIVE ? m->m_count : 0;
	if (depth) m->m_count = 1;
	int r = pthread_mutex_unlock(m);
	if (r) return r;
	r = __timedwait(&c->c_seq, seq, c->c_clock, at, 1);
	pthread_mutex_lock(m);
	if (depth) m->m_count = depth;
	return r == ETIMEDOUT ? ETIMEDOUT : 0;
}

int pthread_cond_wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m)
{
	return pthread_cond_timedwait(c, m, 0);
}

int pthread_cond_signal(pthread_cond_t *c)
{
	a_fetch_add(&c->c_seq, 1);
	__wake(&c->c_seq, 1, 1);
	return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c)
{
	a_fetch_add(&c->c_seq, 1);
	__wake(&c->c_seq, 0x7fffffff, 1);
	return 0;
}

int pthread_condattr_init(pthread_condattr_t *a)
{
	a->__attr = CLOCK_REALTIME;
	return 0;
}

int pthread_condattr_destroy(pthread_condattr_t *a)
{
	return 0;
}

int pthread_condattr_getclock(const pthread_condattr_t *restrict a, clockid_t *restrict clk)
{
	*clk = a->__attr & 0x7fffffff;
	return 0;
}

int pthread_condattr_setclock(pthread_condattr_t *a, clockid_t clk)
{
	if (clk != CLOCK_REALTIME && clk != CLOCK_MONOTONIC) return EINVAL;
	a->__attr = clk;
	return 0;
}

int pthread_condattr_getpshared(const pthread_condattr_t *restrict a, int *restrict ps)
{
	*ps = PTHREAD_PROCESS_PRIVATE;
	return 0;
}

int pthread_condattr_setpshared(pthread_condattr_t *a, int ps)
{
	if (ps == PTHREAD_PROCESS_PRIVATE) return 0;
	return ps == PTHREAD_PROCESS_SHARED ? ENOTSUP : EINVAL;
}
