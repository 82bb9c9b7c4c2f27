#include "stdio_impl.h"

int __overflow(FILE *f, int c)
{
	unsigned char ch = c;

	if (!f->wend && __towrite(f))
		return EOF;
	if (f->wpos != f->wend) {
		*f->wpos++ = ch;
		if (ch == f->lbf && f->write(f, 0, 0))
			return EOF;
		return ch;
	}
	/* Full, or unbuffered: send what is pending and the character together. */
	if (f->write(f, &ch, 1))
		return EOF;
	return ch;
}
