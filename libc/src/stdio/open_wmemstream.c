/* open_wmemstream: like open_memstream, but the malloc'd buffer holds wide characters.
 * Wide output reaches the stream as the locale's multibyte bytes (fputwc), so each
 * flush decodes the bytes back with mbrtowc; the state is kept between flushes, so a
 * character split across two flushes comes out whole. *bufp and *sizep (a count of wide
 * characters) are updated on every flush and always describe a terminated string. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "stdio_impl.h"

struct wms {
	wchar_t **bufp;
	size_t *sizep;
	size_t len, cap;
	mbstate_t st;
};

static int decode(struct wms *c, const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		wchar_t wc;
		size_t r = mbrtowc(&wc, (const char *)s + i, 1, &c->st);
		if (r == (size_t)-2) continue;
		if (r == (size_t)-1) {
			memset(&c->st, 0, sizeof c->st);
			return -1;
		}
		(*c->bufp)[c->len++] = wc;
	}
	return 0;
}

static int wms_write(FILE *f, const unsigned char *s, size_t len)
{
	struct wms *c = f->cookie;
	size_t pending = f->wpos - f->wbase, need = c->len + pending + len + 1;
	int r = 0;

	/* one byte gives at most one wide character */
	if (need > c->cap) {
		size_t cap = c->cap * 2 > need ? c->cap * 2 : need;
		wchar_t *p = cap <= SIZE_MAX / sizeof *p ? realloc(*c->bufp, cap * sizeof *p) : 0;
		if (!p) {
			f->flags |= F_ERR;
			f->wbase = f->wpos = f->wend = 0;
			return EOF;
		}
		*c->bufp = p;
		c->cap = cap;
	}
	if (decode(c, f->wbase, pending) || decode(c, s, len)) {
		f->flags |= F_ERR;
		errno = EILSEQ;
		r = EOF;
	}
	(*c->bufp)[c->len] = 0;
	*c->sizep = c->len;
	f->wbase = f->wpos = f->buf;
	f->wend = f->buf + f->bufsz;
	return r;
}

static off_t wms_seek(FILE *f, off_t off, int whence)
{
	struct wms *c = f->cookie;
	if (whence == SEEK_CUR && off == 0)
		return c->len;
	errno = EINVAL;
	return -1;
}

static int wms_close(FILE *f)
{
	return 0;
}

FILE *open_wmemstream(wchar_t **bufp, size_t *sizep)
{
	FILE *f = malloc(sizeof *f + sizeof(struct wms) + UNGET + BUFSIZ);
	struct wms *c;

	if (!f)
		return 0;
	if (!(*bufp = malloc(sizeof **bufp))) {
		free(f);
		return 0;
	}
	**bufp = 0;
	*sizep = 0;
	memset(f, 0, sizeof *f);
	c = (struct wms *)(f + 1);
	*c = (struct wms){ .bufp = bufp, .sizep = sizep, .cap = 1 };
	f->cookie = c;
	f->flags = F_NORD | F_WIDE;
	f->fd = -1;
	f->buf = (unsigned char *)(c + 1) + UNGET;
	f->bufsz = f->bufcap = BUFSIZ;
	f->lbf = EOF;
	f->write = wms_write;
	f->seek = wms_seek;
	f->close = wms_close;
	__ofl_add(f);
	return f;
}
