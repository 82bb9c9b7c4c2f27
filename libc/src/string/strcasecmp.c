#include <strings.h>
#include <ctype.h>

int strcasecmp(const char *a, const char *b)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	for (; *l && (*l == *r || tolower(*l) == tolower(*r)); l++, r++)
		;
	return tolower(*l) - tolower(*r);
}
