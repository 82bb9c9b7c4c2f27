#include <string.h>

/* A 256-bit set built once per call makes this linear in both strings. */
size_t strspn(const char *s, const char *accept)
{
	size_t set[256 / (8 * sizeof(size_t))] = { 0 };
	const unsigned char *a = (const void *)accept, *p = (const void *)s;

	if (!a[0])
		return 0;
	if (!a[1]) {
		for (; *p == *a; p++)
			;
		return p - (const unsigned char *)s;
	}
	for (; *a; a++)
		set[*a / (8 * sizeof(size_t))] |= (size_t)1 << (*a % (8 * sizeof(size_t)));
	for (; *p && (set[*p / (8 * sizeof(size_t))] >> (*p % (8 * sizeof(size_t))) & 1); p++)
		;
	return p - (const unsigned char *)s;
}
