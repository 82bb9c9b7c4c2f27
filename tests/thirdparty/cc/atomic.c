/* stdatomic.h (the compiler's) with ring3's threads: two threads add to one counter. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define N 200000
static atomic_long counter;
static atomic_int started;

static void *add(void *arg)
{
	atomic_fetch_add_explicit(&started, 1, memory_order_relaxed);
	while (atomic_load(&started) < 2)	/* both run before either finishes */
		;
	for (int i = 0; i < N; i++) atomic_fetch_add(&counter, 1);
	return arg;
}

int main(void)
{
	pthread_t t[2];
	for (int i = 0; i < 2; i++)
		if (pthread_create(&t[i], 0, add, 0)) return 1;
	for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
	long expect = 2 * N;
	int swapped = atomic_compare_exchange_strong(&counter, &expect, 7);
	printf("%ld %d %ld lock-free %d\n", expect, swapped, atomic_load(&counter), ATOMIC_LONG_LOCK_FREE);
	return 0;
}
