#include <string.h>
#include <stdint.h>

typedef size_t __attribute__((__may_alias__)) word;

#define ONES ((size_t)-1 / 255)
#define HIGHS (ONES * 128)
#define HASZERO(x) (((x) - ONES) & ~(x) & HIGHS)

char *strchrnul(const char *s, int c)
{
	const word *w;
	word k;

	c = (unsigned char)c;
	if (!c)
		return (char *)s + strlen(s);
	for (; (uintptr_t)s % sizeof(word); s++)
		if (!*s || *(const unsigned char *)s == c)
			return (char *)s;
	k = ONES * c;
	for (w = (const void *)s; !HASZERO(*w) && !HASZERO(*w ^ k); w++)
		;
	for (s = (const void *)w; *s && *(const unsigned char *)s != c; s++)
		;
	return (char *)s;
}
