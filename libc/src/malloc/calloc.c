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
	int fresh;
	void *p = __malloc_fresh(len, &fresh);
	/* New mappings are zero already. */
	if (p && !fresh) memset(p, 0, len);
	return p;
}
