/* A line reader over a file descriptor: big reads, memchr, lines of any length. */
#include <stdlib.h>
#include <string.h>
#include "ring3.h"

enum { LINES_CHUNK = 128 << 10 };

void lines_init(struct lines *l, int fd, int delim)
{
	memset(l, 0, sizeof *l);
	l->fd = fd;
	l->delim = (char)delim;
	l->cap = LINES_CHUNK;
	l->buf = xmalloc(l->cap + 1);
}

char *lines_next(struct lines *l, size_t *len)
{
	for (;;) {
		char *p = l->buf + l->start;
		char *e = l->scan < l->end ? memchr(l->buf + l->scan, l->delim, l->end - l->scan) : 0;
		if (e) {
			*len = e - p;
			l->start = l->scan = e - l->buf + 1;
			l->delimited = 1;
			return p;
		}
		if (l->eof || l->err) {
			if (l->start == l->end)
				return 0;
			*len = l->end - l->start;
			l->start = l->scan = l->end;
			l->delimited = 0;
			l->buf[l->end] = 0;
			return p;
		}
		/* make room: drop what was returned, grow for a long line */
		if (l->start) {
			memmove(l->buf, p, l->end - l->start);
			l->end -= l->start;
			l->start = 0;
		}
		l->scan = l->end;
		if (l->cap - l->end < LINES_CHUNK / 2) {
			l->cap *= 2;
			l->buf = xrealloc(l->buf, l->cap + 1);
		}
		ssize_t n = safe_read(l->fd, l->buf + l->end, l->cap - l->end);
		if (n < 0)
			l->err = 1;
		else if (n == 0)
			l->eof = 1;
		else
			l->end += n;
	}
}

void lines_free(struct lines *l)
{
	free(l->buf);
	l->buf = 0;
}
