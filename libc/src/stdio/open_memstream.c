#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/* Output lands in a malloc'd buffer that grows; *bufp and *sizep are updated on every
 * flush and always describe a terminated string. */
struct ms {
	char **bufp;
	size_t *sizep;
	size_t len, cap;
};

static int ms_write(FILE *f, const unsigned char *s, size_t len)
{
	struct ms *c = f->cookie;
	size_t pending = f->wpos - f->wbase, need = c->len + pending + len + 1;

	if (need > c->cap) {
		size_t cap = c->cap * 2 > need ? c->cap * 2 : need;
		char *p = realloc(*c->bufp, cap);
		if (!p) {
			f->flags |= F_ERR;
			f->wbase = f->wpos = f->wend = 0;
			return EOF;
		}
		*c->bufp = p;
		c->cap = cap;
	}
	memcpy(*c->bufp + c->len, f->wbase, pending);
	c->len += pending;
	memcpy(*c->bufp + c->len, s, len);
	c->len += len;
	(*c->bufp)[c->len] = 0;
	*c->sizep = c->len;
	f->wbase = f->wpos = f->buf;
	f->wend = f->buf + f->bufsz;
	return 0;
}

static off_t ms_seek(FILE *f, off_t off, int whence)
{
	struct ms *c = f->cookie;
	if (whence == SEEK_CUR && off == 0)
		return c->len;
	errno = EINVAL;
	return -1;
}

static int ms_close(FILE *f)
{
	return 0;
}

FILE *open_memstream(char **bufp, size_t *sizep)
{
	FILE *f = malloc(sizeof *f + sizeof(struct ms) + UNGET + BUFSIZ);
	struct ms *c;

	if (!f)
		return 0;
	if (!(*bufp = malloc(1))) {
		free(f);
		return 0;
	}
	**bufp = 0;
	*sizep = 0;
	memset(f, 0, sizeof *f);
	c = (struct ms *)(f + 1);
	*c = (struct ms){ bufp, sizep, 0, 1 };
	f->cookie = c;
	f->flags = F_NORD;
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
