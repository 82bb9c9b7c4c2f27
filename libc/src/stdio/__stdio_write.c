#include <unistd.h>
#include <errno.h>
#include "stdio_impl.h"

static int write_all(int fd, const unsigned char *p, size_t n)
{
	while (n) {
		ssize_t k = write(fd, p, n);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += k;
		n -= k;
	}
	return 0;
}

int __stdio_write(FILE *f, const unsigned char *s, size_t len)
{
	size_t pending = f->wpos - f->wbase;

	if ((pending && write_all(f->fd, f->wbase, pending)) || write_all(f->fd, s, len)) {
		f->flags |= F_ERR;
		f->wbase = f->wpos = f->wend = 0;
		return EOF;
	}
	f->wbase = f->wpos = f->buf;
	f->wend = f->buf + f->bufsz;
	return 0;
}
