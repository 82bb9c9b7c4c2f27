/* memmove: memmove.h's body. */
#include "memmove.h"

void *memmove(void *dest, const void *src, size_t n)
{
	return move(dest, src, n);
}
