#include <errno.h>
#include "stdio_impl.h"

static FILE *const none = 0;
/* Weak stand-ins: a program that never names stdout does not link it in. */
extern FILE *const __stdin_used __attribute__((__weak__, __alias__("none")));
extern FILE *const __stdout_used __attribute__((__weak__, __alias__("none")));
extern FILE *const __stderr_used __attribute__((__weak__, __alias__("none")));

int __fflush_one(FILE *f)
{
	if (f->wpos != f->wbase && f->write(f, 0, 0))
		return EOF;
	if (f->rpos != f->rend) {
		/* Unread input goes back to the file when it can be; on a pipe it stays. */
		int e = errno;
		if (f->seek(f, f->rpos - f->rend, SEEK_CUR) < 0) {
			errno = e;
			return 0;
		}
	}
	f->rpos = f->rend = 0;
	f->wbase = f->wpos = f->wend = 0;
	return 0;
}

int fflush(FILE *f)
{
	int r = 0;

	if (f) {
		FLOCK(f);
		r = __fflush_one(f);
		FUNLOCK(f);
		return r;
	}
	/* All streams: only output is flushed, as glibc does. */
	if (__stdout_used && __stdout_used->wpos != __stdout_used->wbase)
		r |= fflush(__stdout_used);
	if (__stderr_used && __stderr_used->wpos != __stderr_used->wbase)
		r |= fflush(__stderr_used);
	LOCK(&__ofl_lock);
	for (f = __ofl_head; f; f = f->next)
		if (f->wpos != f->wbase)
			r |= fflush(f);
	UNLOCK(&__ofl_lock);
	return r;
}
