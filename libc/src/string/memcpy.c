#include <string.h>
#include <stdint.h>

/* Generic fallback; x86_64 has its own in x86_64/memcpy.S. Copies a word at a time
 * once the destination is aligned, and only when the source is aligned the same way. */
typedef size_t __attribute__((__may_alias__)) word;

void *memcpy(void *restrict dest, const void *restrict src, size_t n)
{
	unsigned char *d = dest;
	const unsigned char *s = src;

	if (((uintptr_t)d ^ (uintptr_t)s) % sizeof(word) == 0) {
		for (; (uintptr_t)d % sizeof(word) && n; n--)
			*d++ = *s++;
		for (; n >= sizeof(word); n -= sizeof(word), d += sizeof(word), s += sizeof(word))
			*(word *)d = *(const word *)s;
	}
	for (; n; n--)
		*d++ = *s++;
	return dest;
}
