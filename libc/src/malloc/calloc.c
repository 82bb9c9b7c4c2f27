#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "malloc_impl.h"

void *calloc(size_t m, size_t n)
{
	size_t len;
	if (__builtin_mul_overflow(m, n, &len)) {
		errno = ENOMEM;
		return 0;
	}
	void *p = malloc(len);
	/* Big blocks are fresh mappings, already zero. */
	if (p && !(*__hdr(p) & H_MMAP)) memset(p, 0, len);
	return p;
}
