#include <string.h>

size_t strcspn(const char *s, const char *reject)
{
	size_t set[256 / (8 * sizeof(size_t))] = { 0 };
	const unsigned char *r = (const void *)reject, *p = (const void *)s;

	if (!r[0] || !r[1])
		return strchrnul(s, *r) - s;
	for (; *r; r++)
		set[*r / (8 * sizeof(size_t))] |= (size_t)1 << (*r % (8 * sizeof(size_t)));
	for (; *p && !(set[*p / (8 * sizeof(size_t))] >> (*p % (8 * sizeof(size_t))) & 1); p++)
		;
	return p - (const unsigned char *)s;
}
