#include <stdlib.h>
#include <errno.h>

int posix_memalign(void **res, size_t align, size_t n)
{
	if (align < sizeof(void *) || align & (align - 1)) return EINVAL;
	void *p = aligned_alloc(align, n);
	if (!p) return ENOMEM;
	*res = p;
	return 0;
}
