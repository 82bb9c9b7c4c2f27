/* vsnprintf_with.h: vsnprintf around a given engine, inlined into vsnprintf.c (the
 * full engine) and __vsnprintf_int.c (the integer-only one). */
#include <stdint.h>
#include <string.h>
#include "stdio_impl.h"
#include "stdio_copy.h"

/* The stream's buffer is the destination itself, so the formatter stores straight
 * into it. This runs only for a piece that does not fit: what fits is stored, the
 * rest is dropped (the formatter counts it), and the buffer stays full. */
static inline int sn_write(FILE *f, const unsigned char *s, size_t len)
{
	size_t k = f->wend - f->wpos;
	if (k > len)
		k = len;
	__stdio_copy(f->wpos, s, k);
	f->wpos += k;
	return 0;
}

static inline int vsnprintf_with(char *restrict s, size_t n, const char *restrict fmt, va_list ap,
				 int (*core)(FILE *, const char *, va_list))
{
	char dummy;
	unsigned char *d = n ? (unsigned char *)s : (unsigned char *)&dummy;
	/* Room for all but the terminator. n > INT_MAX is treated as unbounded, as glibc
	 * does (sprintf passes SIZE_MAX); the end must still be a real address. */
	size_t room = n ? n - 1 : 0;
	if (room > UINTPTR_MAX - (uintptr_t)d)
		room = UINTPTR_MAX - (uintptr_t)d;
	/* Only the fields the formatter and __fwritex read on a buffer that is never
	 * flushed, set one by one: clearing the whole FILE costs as much as a short
	 * conversion. */
	FILE f;
	f.flags = F_PERM | F_NORD;
	f.lbf = EOF;
	f.write = sn_write;
	f.buf = f.wbase = f.wpos = d;
	f.wend = d + room;
	f.bufsz = 0;
	int r = core(&f, fmt, ap);
	*f.wpos = 0;
	return r;
}
