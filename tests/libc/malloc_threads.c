/* malloc with threads: two threads allocating, filling, checking and freeing small
 * blocks at once (and freeing each other's), and, with ring3's libc, the chunks a
 * thread keeps for itself go back to the common lists when it exits. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void __malloc_atfork(int) __attribute__((weak));	/* only in ring3's libc */

static int fails;
#define CHECK(c) do { if (!(c) && fails++ < 20) printf("FAIL line %d: %s\n", __LINE__, #c); } while (0)

#define SLOTS 64
static unsigned char *shared[2][SLOTS];	/* each thread frees the other's old blocks */
static pthread_barrier_t bar;

static void *churn(void *arg)
{
	int me = (int)(size_t)arg;
	unsigned char *mine[SLOTS] = { 0 };
	size_t len[SLOTS] = { 0 };
	unsigned r = 7 + me;

	for (int round = 0; round < 20; round++) {
		for (int i = 0; i < 2000; i++) {
			int k = i % SLOTS;
			if (mine[k]) {
				for (size_t j = 0; j < len[k]; j++)
					if (mine[k][j] != (unsigned char)(me + k))
						return (void *)1;
				free(mine[k]);
			}
			r = r * 1103515245 + 12345;
			/* mostly small; now and then up to 256 KiB, past the mmap threshold */
			len[k] = 1 + (r >> 8) % (i % 64 == me ? 256 << 10 : 1200);
			if (!(mine[k] = malloc(len[k])))
				return (void *)1;
			memset(mine[k], me + k, len[k]);
		}
		/* hand half the blocks over: the other thread frees them */
		for (int k = 0; k < SLOTS; k += 2) {
			shared[me][k] = mine[k];
			mine[k] = 0;
		}
		pthread_barrier_wait(&bar);
		for (int k = 0; k < SLOTS; k += 2)
			free(shared[!me][k]);
		pthread_barrier_wait(&bar);
	}
	for (int k = 0; k < SLOTS; k++)
		free(mine[k]);
	return 0;
}

static void *cache_some(void *arg)
{
	void **p = arg;
	for (int i = 0; i < 8; i++)
		p[i] = malloc(40);
	for (int i = 0; i < 8; i++)
		free(p[i]);
	return 0;
}

/* a thread frees a big block and keeps it for itself until it exits */
static sem_t freed, done;
static void *big_free(void *arg)
{
	void **p = arg;
	*p = malloc(300 << 10);
	free(*p);
	void *again = malloc(300 << 10);
	if (again != *p)
		return (void *)1;
	free(again);
	sem_post(&freed);
	sem_wait(&done);
	return 0;
}

int main(void)
{
	pthread_t t1, t2;
	void *r1 = (void *)1, *r2 = (void *)1;

	pthread_barrier_init(&bar, 0, 2);
	CHECK(!pthread_create(&t1, 0, churn, (void *)0) && !pthread_create(&t2, 0, churn, (void *)1));
	CHECK(!pthread_join(t1, &r1) && !pthread_join(t2, &r2));
	CHECK(!r1 && !r2);

	if (&__malloc_atfork) {
		/* a thread's freed chunks outlive it: the next mallocs of that size get them */
		void *p[8], *q;
		int hits = 0;
		CHECK(!pthread_create(&t1, 0, cache_some, p) && !pthread_join(t1, 0));
		for (int i = 0; i < 8; i++) {
			q = malloc(40);
			for (int j = 0; j < 8; j++)
				hits += q == p[j];
		}
		CHECK(hits == 8);
	}
	if (&__malloc_atfork) {
		/* a thread's freed mapping is its own while it runs, everyone's after */
		void *p = 0, *q, *r, *ret = (void *)1;
		sem_init(&freed, 0, 0);
		sem_init(&done, 0, 0);
		CHECK(!pthread_create(&t1, 0, big_free, &p));
		sem_wait(&freed);
		q = malloc(300 << 10);
		CHECK(q && q != p);
		sem_post(&done);
		CHECK(!pthread_join(t1, &ret) && !ret);
		r = malloc(300 << 10);
		CHECK(r == p);
		free(q);
		free(r);
	}
	printf("%s malloc with threads\n", fails ? "FAILED" : "ok");
	return fails != 0;
}
