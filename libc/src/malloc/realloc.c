#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "malloc_impl.h"
#include "syscall.h"

#define MREMAP_MAYMOVE 1

void *realloc(void *p, size_t n)
{
	if (!p) return malloc(n);
	uint64_t h = *__hdr(p);
	if (!__hdr_ok(h)) __malloc_crash("realloc(): invalid pointer\n");
	size_t have = __malloc_usable(p);
	if (h & H_MMAP && n >= MMAP_THRESHOLD) {
		/* The kernel moves page tables instead of copying bytes. */
		size_t old = ((size_t *)p)[-2], len = (n + 16 + 4095) & -4096UL;
		if (len < n) goto nomem;
		long r = __syscall(SYS_mremap, (char *)p - 16, old, len, MREMAP_MAYMOVE);
		if ((unsigned long)r > -4096UL) goto nomem;
		((size_t *)r)[0] = len;
		return (char *)r + 16;
	}
	/* Stay put when it fits, unless that would waste more than half the block. */
	if (!(h & (H_MMAP | H_ALIGNED)) && n + 8 <= have + 8 && (n >= have / 2 || have <= 256))
		return p;
	void *q = malloc(n);
	if (!q) return 0;
	memcpy(q, p, n < have ? n : have);
	free(p);
	return q;
nomem:
	errno = ENOMEM;
	return 0;
}
