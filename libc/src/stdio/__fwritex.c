#include <string.h>
#include "stdio_impl.h"
#include "stdio_copy.h"

/* Buffers s[0, n) on f; returns how many bytes were accepted (n unless an error). */
size_t __fwritex(const unsigned char *s, size_t n, FILE *f)
{
	size_t done = 0;

	if (!f->wend && __towrite(f))
		return 0;
	if (f->lbf >= 0 && n) {
		/* Line buffered: everything through the last newline goes out now. */
		const unsigned char *nl = memrchr(s, f->lbf, n);
		if (nl) {
			size_t k = nl - s + 1;
			if (k <= (size_t)(f->wend - f->wpos)) {
				__stdio_copy(f->wpos, s, k);
				f->wpos += k;
				if (f->write(f, 0, 0))
					return 0;
			} else if (f->write(f, s, k)) {
				return 0;
			}
			done = k;
			s += k;
			n -= k;
		}
	}
	if (n > (size_t)(f->wend - f->wpos)) {
		/* Large writes skip the buffer; others flush it and start afresh. */
		if (n >= f->bufsz)
			return f->write(f, s, n) ? done : done + n;
		if (f->write(f, 0, 0))
			return done;
	}
	if (n) {
		__stdio_copy(f->wpos, s, n);
		f->wpos += n;
	}
	return done + n;
}
