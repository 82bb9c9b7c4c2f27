/* malloc's big blocks (128 KiB and up, mapped on their own): contents survive, calloc
 * zeroes a recycled block, realloc keeps the bytes; with ring3's libc, freed big blocks
 * are kept and handed out again (up to 32 of them, for requests of about their size);
 * and two threads allocating and freeing big blocks at once do not get each other's. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void __malloc_atfork(int) __attribute__((weak));	/* only in ring3's libc */

static int fails;
#define CHECK(c) do { if (!(c) && fails++ < 20) printf("FAIL line %d: %s\n", __LINE__, #c); } while (0)

static int all(const unsigned char *p, size_t n, unsigned char v)
{
	for (size_t i = 0; i < n; i += 509)
		if (p[i] != v)
			return 0;
	return p[n - 1] == v;
}

static void *churn(void *arg)
{
	unsigned char tag = (unsigned char)(size_t)arg;
	void *slot[8] = { 0 };
	size_t len[8] = { 0 };
	unsigned r = tag;

	for (int i = 0; i < 1500; i++) {
		int k = i % 8;
		if (slot[k]) {
			if (!all(slot[k], len[k], tag))
				return (void *)1;
			free(slot[k]);
		}
		r = r * 1103515245 + 12345;
		len[k] = 128 * 1024 + (r >> 8) % (400 * 1024);
		if (!(slot[k] = malloc(len[k])))
			return (void *)1;
		memset(slot[k], tag, len[k]);
	}
	for (int k = 0; k < 8; k++)
		free(slot[k]);
	return 0;
}

int main(void)
{
	static const size_t sizes[] = { 128 * 1024, 200000, 300 * 1024, 1 << 20, (3 << 20) + 5, 9 << 20 };
	void *p[24];

	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		size_t n = sizes[i];
		unsigned char *a = malloc(n), *b;
		CHECK(a);
		if (!a)
			continue;
		memset(a, 0x5a, n);
		CHECK(all(a, n, 0x5a));
		free(a);
		b = calloc(1, n - 4096);	/* likely the same block again: must read as zero */
		CHECK(b && all(b, n - 4096, 0));
		memset(b, 0x33, n - 4096);
		b = realloc(b, 2 * n);
		CHECK(b && all(b, n - 4096, 0x33));
		b = realloc(b, n / 2);
		CHECK(b && all(b, n / 2, 0x33));
		free(b);
	}

	if (&__malloc_atfork) {
		/* 24 freed blocks of 300 KiB all serve the next 24 requests of 290 KiB */
		int hits = 0;
		for (int i = 0; i < 24; i++)
			p[i] = malloc(300 * 1024);
		void *q[24];
		memcpy(q, p, sizeof q);
		for (int i = 0; i < 24; i++)
			free(p[i]);
		for (int i = 0; i < 24; i++) {
			p[i] = malloc(290 * 1024);
			for (int j = 0; j < 24; j++)
				hits += p[i] == q[j];
		}
		CHECK(hits == 24);
		for (int i = 0; i < 24; i++)
			free(p[i]);
	}

	/* more freed bytes than the cache keeps (32 MiB) in fewer blocks than its slots:
	 * the oldest go back to the kernel, the rest still serve requests */
	for (int i = 0; i < 6; i++) {
		p[i] = malloc(7 << 20);
		CHECK(p[i]);
		if (p[i])
			memset(p[i], i, 7 << 20);
	}
	for (int i = 0; i < 6; i++)
		free(p[i]);
	for (int i = 0; i < 6; i++) {
		p[i] = malloc(7 << 20);
		CHECK(p[i]);
		if (p[i])
			memset(p[i], 0x77, 7 << 20);
	}
	for (int i = 0; i < 6; i++)
		free(p[i]);

	pthread_t t1, t2;
	void *r1 = 0, *r2 = 0;
	CHECK(!pthread_create(&t1, 0, churn, (void *)1) && !pthread_create(&t2, 0, churn, (void *)2));
	CHECK(!pthread_join(t1, &r1) && !pthread_join(t2, &r2));
	CHECK(!r1 && !r2);
	printf("%s malloc big blocks\n", fails ? "FAILED" : "ok");
	return fails != 0;
}
