/* strchr: strchrnul (SSE2/AVX2), then whether it stopped on c or on the end. */
#include <string.h>

char *strchr(const char *s, int c)
{
	char *r = strchrnul(s, c);
	return *(unsigned char *)r == (unsigned char)c ? r : 0;
}
