#include <stdlib.h>
#include <errno.h>

void *reallocarray(void *p, size_t m, size_t n)
{
	size_t len;
	if (__builtin_mul_overflow(m, n, &len)) {
		errno = ENOMEM;
		return 0;
	}
	return realloc(p, len);
}
