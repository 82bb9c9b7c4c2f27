/* The stream shared by open_memstream and open_wmemstream: memstream.h. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "memstream.h"

static int ms_write(FILE *f, const unsigned char *s, size_t len)
{
	struct __ms *c = f->cookie;
	size_t pending = f->wpos - f->wbase, need = c->len + pending + len + 1;
	int r = 0;

	if (need > c->cap) {
		size_t cap = c->cap * 2 > need ? c->cap * 2 : need;
		void *p = cap <= SIZE_MAX / c->unit ? realloc(c->buf, cap * c->unit) : 0;
		if (!p) {
			f->flags |= F_ERR;
			f->wbase = f->wpos = f->wend = 0;
			return EOF;
		}
		c->buf = p;
		memcpy(c->bufp, &p, sizeof p);
		c->cap = cap;
	}
	if (c->put(c, f->wbase, pending) || c->put(c, s, len)) {
		f->flags |= F_ERR;
		errno = EILSEQ;
		r = EOF;
	}
	memset((char *)c->buf + c->len * c->unit, 0, c->unit);
	*c->sizep = c->len;
	f->wbase = f->wpos = f->buf;
	f->wend = f->buf + f->bufsz;
	return r;
}

static off_t ms_seek(FILE *f, off_t off, int whence)
{
	struct __ms *c = f->cookie;
	if (whence == SEEK_CUR && off == 0)
		return c->len;
	errno = EINVAL;
	return -1;
}

static int ms_close(FILE *f)
{
	return 0;
}

FILE *__open_memstream(void *bufp, size_t *sizep, size_t unit,
		       int (*put)(struct __ms *, const unsigned char *, size_t), unsigned flags)
{
	FILE *f = malloc(sizeof *f + sizeof(struct __ms) + UNGET + BUFSIZ);
	struct __ms *c;
	void *buf;

	if (!f)
		return 0;
	if (!(buf = calloc(1, unit))) {
		free(f);
		return 0;
	}
	/* void * and the caller's char * or wchar_t * have one representation (C11
	 * 6.2.5): a copy of the bytes sets it without an aliasing question. */
	memcpy(bufp, &buf, sizeof buf);
	*sizep = 0;
	memset(f, 0, sizeof *f);
	c = (struct __ms *)(f + 1);
	*c = (struct __ms){ .bufp = bufp, .sizep = sizep, .buf = buf, .cap = 1, .unit = unit,
			    .put = put };
	f->cookie = c;
	f->flags = F_NORD | flags;
	f->fd = -1;
	f->buf = (unsigned char *)(c + 1) + UNGET;
	f->bufsz = f->bufcap = BUFSIZ;
	f->lbf = EOF;
	f->write = ms_write;
	f->seek = ms_seek;
	f->close = ms_close;
	__ofl_add(f);
	return f;
}
