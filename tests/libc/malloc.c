/* malloc: allocation, reuse, alignment, realloc growth and shrink, big blocks,
 * calloc zeroing and overflow, aligned_alloc/posix_memalign, a random workout. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static int aligned(void *p, size_t a) { return ((uintptr_t)p & (a - 1)) == 0; }

int main(void)
{
	int ok = 1;
	for (size_t n = 0; n < 3000; n += 7) {
		unsigned char *p = malloc(n);
		if (!p || !aligned(p, 16)) ok = 0;
		if (p) memset(p, 0xa5, n);
		free(p);
	}
	CHECK(ok);

	void *a = malloc(100);
	free(a);
	void *b = malloc(100);
	CHECK(a == b || b != NULL);	/* reuse is allowed, not required */
	free(b);

	char *s = malloc(10);
	strcpy(s, "abcdefghi");
	s = realloc(s, 100000);
	CHECK(s && strcmp(s, "abcdefghi") == 0);
	s = realloc(s, 1 << 20);
	CHECK(s && strcmp(s, "abcdefghi") == 0);
	memset(s + 10, 'x', (1 << 20) - 10);
	s = realloc(s, 3 << 20);
	CHECK(s && s[(1 << 20) - 1] == 'x' && strncmp(s, "abcdefghi", 9) == 0);
	s = realloc(s, 5);
	CHECK(s && memcmp(s, "abcde", 5) == 0);
	free(s);

	unsigned char *big = malloc(5 << 20);
	CHECK(big && aligned(big, 16));
	memset(big, 1, 5 << 20);
	free(big);

	int *z = calloc(1000, sizeof *z);
	ok = z != NULL;
	for (int i = 0; ok && i < 1000; i++) ok = z[i] == 0;
	CHECK(ok);
	free(z);
	/* Reused memory must still come back zeroed. */
	char *d = malloc(256);
	memset(d, 0xff, 256);
	free(d);
	d = calloc(1, 256);
	ok = d != NULL;
	for (int i = 0; ok && i < 256; i++) ok = d[i] == 0;
	CHECK(ok);
	free(d);

#ifndef __SANITIZE_ADDRESS__	/* ASan aborts on these instead of returning NULL */
	volatile size_t huge = SIZE_MAX / 2;
	/* Called through opaque pointers: clang assumes the allocation functions
	 * never touch errno and would otherwise fold the check away. */
	void *(*volatile cal)(size_t, size_t) = calloc;
	void *(*volatile mal)(size_t) = malloc;
	void *r;
	errno = 0;
	r = cal(huge, 4);
	CHECK(r == NULL && errno == ENOMEM);
	errno = 0;
	r = mal(huge * 2 - 16);
	CHECK(r == NULL && errno == ENOMEM);
#endif

	void *al = aligned_alloc(256, 1024);
	CHECK(al && aligned(al, 256));
	free(al);
	al = aligned_alloc(4096, 204800);
	CHECK(al && aligned(al, 4096));
	free(al);
	void *pm = NULL;
	CHECK(posix_memalign(&pm, 64, 10) == 0 && aligned(pm, 64));
	free(pm);
#ifndef __SANITIZE_ADDRESS__
	CHECK(posix_memalign(&pm, 3, 10) == EINVAL);
#endif

	/* Random workout: many live blocks of mixed sizes, each filled with a
	 * pattern that must survive until it is freed. */
	enum { N = 2000 };
	static unsigned char *blk[N];
	static size_t len[N];
	unsigned seed = 12345;
	ok = 1;
	for (int round = 0; round < 100000; round++) {
		seed = seed * 1103515245 + 12345;
		int i = (seed >> 8) % N;
		if (blk[i]) {
			for (size_t j = 0; j < len[i]; j += 61)
				if (blk[i][j] != (unsigned char)(i + j)) ok = 0;
			if (seed & 0x10000) {
				free(blk[i]);
				blk[i] = NULL;
				continue;
			}
			size_t n = (seed >> 3) % 5000;
			unsigned char *p = realloc(blk[i], n);
			if (!p && n) { ok = 0; continue; }
			size_t keep = n < len[i] ? n : len[i];
			for (size_t j = 0; j < keep; j += 61)
				if (p[j] != (unsigned char)(i + j)) ok = 0;
			blk[i] = p;
			len[i] = n;
		} else {
			size_t n = (seed >> 4) % ((seed & 0x100000) ? 300000 : 700);
			blk[i] = malloc(n);
			if (!blk[i]) { ok = 0; continue; }
			len[i] = n;
		}
		for (size_t j = 0; j < len[i]; j += 61) blk[i][j] = (unsigned char)(i + j);
	}
	for (int i = 0; i < N; i++) free(blk[i]);
	CHECK(ok);

	return fails != 0;
}
