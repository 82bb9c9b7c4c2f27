#include "stdio_impl.h"
#include "tcb.h"

/* Stream locks: a futex lock plus the owner's tid, so that stdio calls made while
 * the program holds flockfile (or nested inside another stdio call) go through. */
int __lockfile(FILE *f)
{
	int me = __tcb_self()->tid;
	if (f->owner == me) return 0;
	__lock(&f->lock);
	f->owner = me;
	return 1;
}

void __unlockfile(FILE *f)
{
	f->owner = 0;
	__unlock(&f->lock);
}

void flockfile(FILE *f)
{
	if (f->owner == __tcb_self()->tid) {
		f->lockcount++;
		return;
	}
	__lockfile(f);
	f->lockcount = 1;
}

int ftrylockfile(FILE *f)
{
	int me = __tcb_self()->tid;
	if (f->owner == me) {
		f->lockcount++;
		return 0;
	}
	int free_lock = 0;
	if (!__atomic_compare_exchange_n(&f->lock, &free_lock, 1, 0, __ATOMIC_SEQ_CST,
		__ATOMIC_SEQ_CST))
		return -1;
	f->owner = me;
	f->lockcount = 1;
	return 0;
}

void funlockfile(FILE *f)
{
	if (--f->lockcount == 0) __unlockfile(f);
}
