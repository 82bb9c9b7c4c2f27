#include <stddef.h>
#include "malloc_impl.h"

size_t malloc_usable_size(void *p)
{
	return p ? __malloc_usable(p) : 0;
}
