#include "pthread_impl.h"

/* 0: not run; 1: running (2: running, someone waits); 3: done. */
int pthread_once(pthread_once_t *once, void (*fn)(void))
{
	volatile int *o = once;
	for (;;) {
		int s = a_cas(o, 0, 1);
		if (s == 3) return 0;
		if (s == 0) {
			fn();
			if (a_swap(o, 3) == 2) __wake(o, 0x7fffffff, 1);
			return 0;
		}
		if (s == 1) a_cas(o, 1, 2);
		__timedwait(o, 2, CLOCK_MONOTONIC, 0, 1);
	}
}
