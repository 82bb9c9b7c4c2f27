#include <strings.h>
#include <ctype.h>

int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	if (!n)
		return 0;
	for (; --n && *l && (*l == *r || tolower(*l) == tolower(*r)); l++, r++)
		;
	return tolower(*l) - tolower(*r);
}
