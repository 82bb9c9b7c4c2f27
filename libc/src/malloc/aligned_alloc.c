#include <stdlib.h>
#include <errno.h>
#include "malloc_impl.h"

void *aligned_alloc(size_t align, size_t n)
{
	if (align & (align - 1) || !align) {
		errno = EINVAL;
		return 0;
	}
	if (align <= 16) return malloc(n);
	if (n > PTRDIFF_MAX - align) {
		errno = ENOMEM;
		return 0;
	}
	/* The aligned pointer is at least 16 bytes in, leaving room for its own
	 * header and the offset back to the real block. */
	unsigned char *base = malloc(n + align);
	if (!base) return 0;
	unsigned char *p = (unsigned char *)(((uintptr_t)base + 16 + align - 1) & -align);
	((size_t *)p)[-2] = p - base;
	*__hdr(p) = H_MAGIC << 16 | H_INUSE | H_ALIGNED;
	return p;
}
