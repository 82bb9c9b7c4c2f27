#include <string.h>
#include <stdint.h>

typedef size_t __attribute__((__may_alias__)) word;

void *memmove(void *dest, const void *src, size_t n)
{
	unsigned char *d = dest;
	const unsigned char *s = src;

	if (d == s)
		return d;
	/* Disjoint regions, or a destination below the source, can copy forwards. */
	if ((uintptr_t)d - (uintptr_t)s >= n)
		return memcpy(d, s, n);

	/* Overlap with d above s: copy backwards. */
	if (((uintptr_t)d ^ (uintptr_t)s) % sizeof(word) == 0) {
		for (; (uintptr_t)(d + n) % sizeof(word) && n; n--)
			d[n - 1] = s[n - 1];
		for (; n >= sizeof(word); n -= sizeof(word))
			*(word *)(d + n - sizeof(word)) = *(const word *)(s + n - sizeof(word));
	}
	for (; n; n--)
		d[n - 1] = s[n - 1];
	return dest;
}
