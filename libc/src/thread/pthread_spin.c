#include <errno.h>
#include "pthread_impl.h"

int pthread_spin_init(pthread_spinlock_t *s, int pshared)
{
	*s = 0;
	return 0;
}

int pthread_spin_destroy(pthread_spinlock_t *s)
{
	return 0;
}

int pthread_spin_lock(pthread_spinlock_t *s)
{
	while (*s || a_cas(s, 0, EBUSY)) {
#ifdef __x86_64__
		__builtin_ia32_pause();
#endif
	}
	return 0;
}

int pthread_spin_trylock(pthread_spinlock_t *s)
{
	return a_cas(s, 0, EBUSY);
}

int pthread_spin_unlock(pthread_spinlock_t *s)
{
	__atomic_store_n(s, 0, __ATOMIC_RELEASE);
	return 0;
}
