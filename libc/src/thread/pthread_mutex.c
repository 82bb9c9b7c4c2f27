#include <errno.h>
#include <string.h>
#include "pthread_impl.h"

/* A three-state futex lock (as __lock) plus, for the recursive and error-checking
 * types, the owner's tid and a recursion count. */
int pthread_mutex_init(pthread_mutex_t *restrict m, const pthread_mutexattr_t *restrict a)
{
	memset(m, 0, sizeof *m);
	if (a) m->m_type = a->__attr & 3;
	return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *m)
{
	return 0;
}

int pthread_mutex_trylock(pthread_mutex_t *m)
{
	int type = m->m_type;
	if (type != PTHREAD_MUTEX_NORMAL && m->m_owner == __tcb_self()->tid) {
		if (type == PTHREAD_MUTEX_ERRORCHECK) return EBUSY;
		if (m->m_count == 0x7fffffff) return EAGAIN;
		m->m_count++;
		return 0;
	}
	if (a_cas(&m->m_lock, 0, 1)) return EBUSY;
	if (type != PTHREAD_MUTEX_NORMAL) {
		m->m_owner = __tcb_self()->tid;
		m->m_count = 1;
	}
	return 0;
}

int pthread_mutex_timedlock(pthread_mutex_t *restrict m, const struct timespec *restrict at)
{
	int type = m->m_type;
	int me = __tcb_self()->tid;
	if (type != PTHREAD_MUTEX_NORMAL && m->m_owner == me) {
		if (type == PTHREAD_MUTEX_ERRORCHECK) return EDEADLK;
		if (m->m_count == 0x7fffffff) return EAGAIN;
		m->m_count++;
		return 0;
	}
	int c = a_cas(&m->m_lock, 0, 1);
	if (c) {
		if (c != 2) c = a_swap(&m->m_lock, 2);
		while (c) {
			int r = __timedwait(&m->m_lock, 2, CLOCK_REALTIME, at, 1);
			if (r == ETIMEDOUT || r == EINVAL) return r;
			c = a_swap(&m->m_lock, 2);
		}
	}
	if (type != PTHREAD_MUTEX_NORMAL) {
		m->m_owner = me;
		m->m_count = 1;
	}
	return 0;
}

int pthread_mutex_lock(pthread_mutex_t *m)
{
	if (m->m_type == PTHREAD_MUTEX_NORMAL && !a_cas(&m->m_lock, 0, 1)) return 0;
	return pthread_mutex_timedlock(m, 0);
}

int pthread_mutex_unlock(pthread_mutex_t *m)
{
	if (m->m_type != PTHREAD_MUTEX_NORMAL) {
		if (m->m_owner != __tcb_self()->tid) return EPERM;
		if (--m->m_count) return 0;
		m->m_owner = 0;
	}
	if (a_swap(&m->m_lock, 0) == 2) __wake(&m->m_lock, 1, 1);
	return 0;
}

int pthread_mutexattr_init(pthread_mutexattr_t *a)
{
	a->__attr = 0;
	return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t *a)
{
	return 0;
}

int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict a, int *restrict type)
{
	*type = a->__attr & 3;
	return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t *a, int type)
{
	if ((unsigned)type > PTHREAD_MUTEX_ERRORCHECK) return EINVAL;
	a->__attr = (a->__attr & ~3u) | type;
	return 0;
}

int pthread_mutexattr_getpshared(const pthread_mutexattr_t *restrict a, int *restrict ps)
{
	*ps = PTHREAD_PROCESS_PRIVATE;
	return 0;
}

/* Process-shared mutexes would need shared futexes and robust owner handling: only
 * private ones are offered. */
int pthread_mutexattr_setpshared(pthread_mutexattr_t *a, int ps)
{
	if (ps == PTHREAD_PROCESS_PRIVATE) return 0;
	return ps == PTHREAD_PROCESS_SHARED ? ENOTSUP : EINVAL;
}
