#include <errno.h>
#include <limits.h>
#include <string.h>
#include "stdio_impl.h"

struct sn {
	char *s;
	size_t room;	/* bytes that may still be stored, excluding the terminator */
};

static int sn_write(FILE *f, const unsigned char *s, size_t len)
{
	struct sn *c = f->cookie;
	size_t k = len < c->room ? len : c->room;
	memcpy(c->s, s, k);
	c->s += k;
	c->room -= k;
	return 0;
}

int vsnprintf(char *restrict s, size_t n, const char *restrict fmt, va_list ap)
{
	char dummy;
	struct sn c = { n ? s : &dummy, n ? n - 1 : 0 };
	FILE f = { .flags = F_PERM | F_NORD, .fd = -1, .lbf = EOF, .write = sn_write, .cookie = &c };
	int r;

	if (n > INT_MAX) {
		/* Treated as unbounded, as glibc does; sprintf passes SIZE_MAX. */
		c.room = (size_t)-1;
	}
	r = __vfprintf_core(&f, fmt, ap);
	*c.s = 0;
	return r;
}
