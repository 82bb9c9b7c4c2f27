#include <string.h>
#include <stdint.h>

typedef size_t __attribute__((__may_alias__)) word;

void *memset(void *dest, int c, size_t n)
{
	unsigned char *d = dest;
	word w = (word)-1 / 255 * (unsigned char)c;

	for (; (uintptr_t)d % sizeof(word) && n; n--)
		*d++ = c;
	for (; n >= sizeof(word); n -= sizeof(word), d += sizeof(word))
		*(word *)d = w;
	for (; n; n--)
		*d++ = c;
	return dest;
}
