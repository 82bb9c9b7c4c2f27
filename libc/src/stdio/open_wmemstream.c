/* open_wmemstream: like open_memstream (memstream.h), but the buffer holds wide
 * characters. Wide output reaches the stream as the locale's multibyte bytes (fputwc),
 * so each flush decodes the bytes back with mbrtowc; the state is kept between flushes,
 * so a character split across two flushes comes out whole. *sizep counts wide
 * characters. */
#include <string.h>
#include <wchar.h>
#include "memstream.h"

static int decode(struct __ms *c, const unsigned char *s, size_t n)
{
	wchar_t *buf = c->buf;
	for (size_t i = 0; i < n; i++) {
		wchar_t wc;
		size_t r = mbrtowc(&wc, (const char *)s + i, 1, &c->st);
		if (r == (size_t)-2)
			continue;
		if (r == (size_t)-1) {
			memset(&c->st, 0, sizeof c->st);
			return -1;
		}
		buf[c->len++] = wc;
	}
	return 0;
}

FILE *open_wmemstream(wchar_t **bufp, size_t *sizep)
{
	return __open_memstream(bufp, sizep, sizeof(wchar_t), decode, F_WIDE);
}
