#include <string.h>
#include "strerror_impl.h"

char *strerror(int e)
{
	static char buf[32];
	const char *s = __strerror_text(e);
	if (s)
		return (char *)s;
	strerror_r(e, buf, sizeof buf);
	return buf;
}
