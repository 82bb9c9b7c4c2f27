#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"

int __towrite(FILE *f)
{
	if (f->flags & F_NOWR) {
		f->flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	/* The first byte I/O orients the stream (C11 7.21.2): here, once per switch to
	 * writing, rather than in each byte function. Wide streams come here too and get
	 * F_BYTE as well; fwide looks at F_WIDE first. */
	f->flags |= F_BYTE;
	if (f->rend) {
		/* Give unread input back so the write lands at the stream position. */
		if (f->rpos != f->rend)
			f->seek(f, f->rpos - f->rend, SEEK_CUR);
		f->rpos = f->rend = 0;
	}
	if (f->lbf == LBF_UNKNOWN)
		f->lbf = isatty(f->fd) ? '\n' : EOF;
	if ((f->flags & F_LAZY) && f->bufsz)
		__stdio_lazybuf(f);
	f->wbase = f->wpos = f->buf;
	f->wend = f->buf + f->bufsz;
	return 0;
}

/* exit() calls this through a weak reference. It lives here because every stream that
 * ever held output came through __towrite, so it is linked exactly when needed. */
void __stdio_exit(void)
{
	fflush(0);
}
