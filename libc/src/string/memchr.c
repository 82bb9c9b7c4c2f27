#include <string.h>
#include <stdint.h>

typedef size_t __attribute__((__may_alias__)) word;

#define ONES ((size_t)-1 / 255)
#define HIGHS (ONES * 128)
/* Nonzero iff some byte of x is zero (exact: no false positives in the any-byte sense). */
#define HASZERO(x) (((x) - ONES) & ~(x) & HIGHS)

void *memchr(const void *src, int c, size_t n)
{
	const unsigned char *s = src;
	c = (unsigned char)c;

	for (; (uintptr_t)s % sizeof(word) && n && *s != c; s++, n--)
		;
	if (n && *s != c) {
		/* Aligned word reads never cross a page, so reading past the match is safe. */
		word k = ONES * c;
		const word *w = (const void *)s;
		for (; n >= sizeof(word) && !HASZERO(*w ^ k); w++, n -= sizeof(word))
			;
		s = (const void *)w;
	}
	for (; n && *s != c; s++, n--)
		;
	return n ? (void *)s : 0;
}
