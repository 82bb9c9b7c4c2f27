/* Shared by the libc fuzz targets (tests/fuzz/libc_*.c).
 *
 * fuzz_fail() reports a broken invariant and aborts: libFuzzer saves the input as a
 * crash, and driver.c's SIGABRT handler prints it in hex and exits 1.
 * fuzz_guarded() copies bytes so that they end right at an unmapped page: a read past
 * the end faults instead of passing unnoticed (ring3's libc has no ASan). */
#ifndef LIBC_FUZZ_H
#define LIBC_FUZZ_H

#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_MAX 65536

static inline void fuzz_fail(const char *target, const char *what)
{
	fprintf(stderr, "%s: invariant failed: %s\n", target, what);
	fflush(stderr);
	abort();
}

/* n bytes of src (plus a NUL if nul) placed so the last one is followed by a guard page;
 * n is clamped to FUZZ_MAX. One area per slot (0..3), reused across calls. */
static inline char *fuzz_guarded(int slot, const void *src, size_t n, int nul)
{
	static unsigned char *area[4];
	const size_t page = 4096, len = FUZZ_MAX + page;
	if (!area[slot]) {
		unsigned char *a = mmap(0, len + page, PROT_READ | PROT_WRITE,
					MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (a == MAP_FAILED || mprotect(a + len, page, PROT_NONE)) {
			perror("fuzz: mmap");
			exit(2);
		}
		area[slot] = a;
	}
	if (n > FUZZ_MAX - 1) n = FUZZ_MAX - 1;
	char *p = (char *)area[slot] + len - n - (nul != 0);
	if (n) memcpy(p, src, n);
	if (nul) p[n] = 0;
	return p;
}

#endif
