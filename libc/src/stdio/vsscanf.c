#include <string.h>
#include "stdio_impl.h"

static size_t no_more(FILE *f, unsigned char *buf, size_t len)
{
	f->flags |= F_EOF;
	return 0;
}

/* The string itself is the read buffer; the engine never writes into it. */
int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap)
{
	FILE f = {
		.flags = F_PERM | F_NOWR, .fd = -1, .lbf = EOF, .read = no_more,
		.buf = (unsigned char *)s, .rpos = (unsigned char *)s,
		.rend = (unsigned char *)s + strlen(s),
	};
	return vfscanf(&f, fmt, ap);
}
