#include <string.h>
#include "stdio_impl.h"

static char *unlocked_fgets(char *restrict s, int n, FILE *restrict f)
{
	char *p = s;

	if (n <= 0)
		return 0;
	while (--n) {
		size_t avail = f->rend - f->rpos, k;
		const unsigned char *nl;
		int c;
		if (avail) {
			/* Copy straight out of the buffer, up to a newline. */
			k = avail < (size_t)n ? avail : (size_t)n;
			nl = memchr(f->rpos, '\n', k);
			if (nl)
				k = nl - f->rpos + 1;
			memcpy(p, f->rpos, k);
			f->rpos += k;
			p += k;
			n -= k - 1;
			if (nl || n == 1)
				break;
			continue;
		}
		if ((c = __uflow(f)) == EOF) {
			if (p == s || (f->flags & F_ERR))
				return 0;
			break;
		}
		*p++ = c;
		if (c == '\n')
			break;
	}
	*p = 0;
	return s;
}

char *fgets(char *restrict s, int n, FILE *restrict f)
{
	FLOCK(f);
	char *r = unlocked_fgets(s, n, f);
	FUNLOCK(f);
	return r;
}

char *fgets_unlocked(char *restrict, int, FILE *restrict) __attribute__((__alias__("fgets")));
