#include <string.h>

void *memrchr(const void *src, int c, size_t n)
{
	const unsigned char *s = src;

	c = (unsigned char)c;
	while (n--)
		if (s[n] == c)
			return (void *)(s + n);
	return 0;
}
