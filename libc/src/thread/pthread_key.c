#include <errno.h>
#include <stdlib.h>
#include "pthread_impl.h"

/* Keys are slots in one table; a thread's values live in an array it allocates on
 * its first pthread_setspecific. A free slot has no destructor and is not in use. */
static void (*dtors[PTHREAD_KEYS_MAX])(void *);
static unsigned char used[PTHREAD_KEYS_MAX];
static volatile int lock;

int pthread_key_create(pthread_key_t *k, void (*dtor)(void *))
{
	LOCK(&lock);
	for (unsigned i = 0; i < PTHREAD_KEYS_MAX; i++)
		if (!used[i]) {
			used[i] = 1;
			dtors[i] = dtor;
			UNLOCK(&lock);
			*k = i;
			return 0;
		}
	UNLOCK(&lock);
	return EAGAIN;
}

int pthread_key_delete(pthread_key_t k)
{
	if (k >= PTHREAD_KEYS_MAX || !used[k]) return EINVAL;
	LOCK(&lock);
	used[k] = 0;
	dtors[k] = 0;
	UNLOCK(&lock);
	return 0;
}

void *pthread_getspecific(pthread_key_t k)
{
	void **tsd = __tcb_self()->tsd;
	return tsd && k < PTHREAD_KEYS_MAX ? tsd[k] : 0;
}

int pthread_setspecific(pthread_key_t k, const void *v)
{
	if (k >= PTHREAD_KEYS_MAX || !used[k]) return EINVAL;
	struct __tcb *self = __tcb_self();
	if (!self->tsd) {
		if (!v) return 0;
		if (!(self->tsd = calloc(PTHREAD_KEYS_MAX, sizeof *self->tsd))) return ENOMEM;
	}
	self->tsd[k] = (void *)v;
	return 0;
}

/* At thread exit: call the destructor of every non-null value (clearing it first),
 * again while destructors set new values, at most PTHREAD_DESTRUCTOR_ITERATIONS
 * rounds. */
void __tsd_run_dtors(void)
{
	struct __tcb *self = __tcb_self();
	if (!self->tsd) return;
	for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
		int again = 0;
		for (unsigned i = 0; i < PTHREAD_KEYS_MAX; i++) {
			void *v = self->tsd[i];
			void (*d)(void *) = dtors[i];
			if (!v || !d) continue;
			self->tsd[i] = 0;
			d(v);
			again = 1;
		}
		if (!again) break;
	}
	free(self->tsd);
	self->tsd = 0;
}
