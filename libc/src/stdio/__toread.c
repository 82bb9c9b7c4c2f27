#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"

int __toread(FILE *f)
{
	if (!f->rend) {
		if (f->wpos != f->wbase && f->write(f, 0, 0))
			return EOF;
		f->wbase = f->wpos = f->wend = 0;
		if (f->flags & F_NORD) {
			f->flags |= F_ERR;
			errno = EBADF;
			return EOF;
		}
		f->flags |= F_BYTE;	/* orientation, as in __towrite */
		if (f->lbf == LBF_UNKNOWN)
			f->lbf = isatty(f->fd) ? '\n' : EOF;
		if ((f->flags & F_LAZY) && f->bufsz)
			__stdio_lazybuf(f);
		f->rpos = f->rend = f->buf;
	}
	/* End of file is sticky until clearerr, fseek or ungetc, as in glibc. */
	return f->flags & F_EOF ? EOF : 0;
}
