#include "pthread_impl.h"

/* The classic three-state futex lock: 0 free, 1 held, 2 held and someone may sleep,
 * so an unlock without waiters costs no system call. */
void __lock(volatile int *l)
{
	int c = a_cas(l, 0, 1);
	if (!c) return;
	if (c != 2) c = a_swap(l, 2);
	while (c) {
		__syscall(SYS_futex, l, FUTEX_WAIT | FUTEX_PRIVATE, 2, 0);
		c = a_swap(l, 2);
	}
}

void __unlock(volatile int *l)
{
	if (a_swap(l, 0) == 2) __wake(l, 1, 1);
}
