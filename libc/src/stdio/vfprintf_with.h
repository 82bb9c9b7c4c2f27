/* vfprintf_with.h: vfprintf around a given engine, inlined into vfprintf.c (the full
 * engine) and __vfprintf_int.c (the integer-only one) so each calls its engine
 * directly. */
#include "stdio_impl.h"

static inline int unlocked_vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap,
				    int (*core)(FILE *, const char *, va_list))
{
	unsigned char tmp[UNGET + 1024];
	unsigned char *saved_buf = f->buf;
	unsigned olderr = f->flags & F_ERR;
	int ret, borrowed = 0;

	/* An unbuffered stream borrows a buffer for the call, so one message is one
	 * write(2) rather than a dozen. */
	if (!f->bufsz && !f->rend && f->wpos == f->wbase && f->write == __stdio_write) {
		f->buf = tmp + UNGET;
		f->bufsz = sizeof tmp - UNGET;
		f->wbase = f->wpos = f->wend = 0;
		borrowed = 1;
	}
	f->flags &= ~F_ERR;
	ret = core(f, fmt, ap);
	if (borrowed) {
		if (f->wpos != f->wbase)
			f->write(f, 0, 0);
		f->buf = saved_buf;
		f->bufsz = 0;
		f->wbase = f->wpos = f->wend = 0;
	}
	if (f->flags & F_ERR)
		ret = -1;
	f->flags |= olderr;
	return ret;
}

static inline int vfprintf_with(FILE *restrict f, const char *restrict fmt, va_list ap,
				int (*core)(FILE *, const char *, va_list))
{
	FLOCK(f);
	int r = unlocked_vfprintf(f, fmt, ap, core);
	FUNLOCK(f);
	return r;
}
