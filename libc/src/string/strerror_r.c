#include <string.h>
#include <errno.h>
#include "strerror_impl.h"

/* The XSI form. Unknown numbers yield "Unknown error N" and EINVAL, as in glibc. */
int strerror_r(int e, char *buf, size_t len)
{
	char tmp[32], *p = tmp + sizeof tmp;
	const char *s = __strerror_text(e);
	unsigned long u = e < 0 ? -(unsigned long)e : (unsigned long)e;
	size_t n;
	int ret = 0;

	if (!s) {
		*--p = 0;
		do
			*--p = '0' + u % 10;
		while (u /= 10);
		if (e < 0)
			*--p = '-';
		p -= 14;
		memcpy(p, "Unknown error ", 14);
		s = p;
		ret = EINVAL;
	}
	n = strlen(s);
	if (n >= len) {
		if (len) {
			memcpy(buf, s, len - 1);
			buf[len - 1] = 0;
		}
		return ERANGE;
	}
	memcpy(buf, s, n + 1);
	return ret;
}
