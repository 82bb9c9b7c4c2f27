#include <unistd.h>
#include <string.h>
#include "stdio_impl.h"

size_t __stdio_read(FILE *f, unsigned char *dest, size_t len)
{
	ssize_t n;
	size_t k;

	/* Asking for input from an interactive stream first shows pending prompts. */
	if ((f->lbf == '\n' || !f->bufsz) && __stdout_used && __stdout_used != f &&
	    __stdout_used->lbf == '\n' && __stdout_used->wpos != __stdout_used->wbase)
		__fflush_one(__stdout_used);

	if (len >= f->bufsz) {
		n = read(f->fd, dest, len);
		if (n <= 0) {
			f->flags |= n ? F_ERR : F_EOF;
			return 0;
		}
		return n;
	}
	n = read(f->fd, f->buf, f->bufsz);
	if (n <= 0) {
		f->flags |= n ? F_ERR : F_EOF;
		return 0;
	}
	k = (size_t)n < len ? (size_t)n : len;
	memcpy(dest, f->buf, k);
	f->rpos = f->buf + k;
	f->rend = f->buf + n;
	return k;
}
