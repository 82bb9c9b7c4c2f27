#include <string.h>

/* Only the C locale exists, where collation is byte order. */
int strcoll(const char *l, const char *r)
{
	return strcmp(l, r);
}
