#include <string.h>
#include <stdint.h>

typedef size_t __attribute__((__may_alias__)) word;

#define ONES ((size_t)-1 / 255)
#define HIGHS (ONES * 128)
#define HASZERO(x) (((x) - ONES) & ~(x) & HIGHS)

size_t strlen(const char *s)
{
	const char *a = s;
	const word *w;

	for (; (uintptr_t)s % sizeof(word); s++)
		if (!*s)
			return s - a;
	/* Aligned reads stay within the page holding the terminator. */
	for (w = (const void *)s; !HASZERO(*w); w++)
		;
	for (s = (const void *)w; *s; s++)
		;
	return s - a;
}
