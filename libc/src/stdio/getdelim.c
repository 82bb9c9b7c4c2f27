#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include "stdio_impl.h"

static ssize_t unlocked_getdelim(char **restrict line, size_t *restrict cap, int delim, FILE *restrict f)
{
	size_t len = 0;

	if (!line || !cap) {
		f->flags |= F_ERR;
		errno = EINVAL;
		return -1;
	}
	if (!*line)
		*cap = 0;
	for (;;) {
		size_t avail = f->rend - f->rpos, k = avail;
		const unsigned char *d = avail ? memchr(f->rpos, delim, avail) : 0;
		int c = EOF;
		if (d)
			k = d - f->rpos + 1;
		if (!avail) {
			if ((c = __uflow(f)) == EOF) {
				if (!len || (f->flags & F_ERR))
					return -1;
				break;
			}
			k = 1;
		}
		if (len + k + 1 > *cap) {
			size_t want = len + k + 1, ncap = *cap * 2 > want ? *cap * 2 : want;
			char *p;
			if (ncap < 120)
				ncap = 120;
			if (want > SSIZE_MAX || !(p = realloc(*line, ncap))) {
				f->flags |= F_ERR;
				errno = ENOMEM;
				return -1;
			}
			*line = p;
			*cap = ncap;
		}
		if (c != EOF) {
			(*line)[len++] = c;
			if (c == delim)
				break;
			continue;
		}
		memcpy(*line + len, f->rpos, k);
		f->rpos += k;
		len += k;
		if (d)
			break;
	}
	(*line)[len] = 0;
	return len;
}

ssize_t getdelim(char **restrict line, size_t *restrict cap, int delim, FILE *restrict f)
{
	FLOCK(f);
	ssize_t r = unlocked_getdelim(line, cap, delim, f);
	FUNLOCK(f);
	return r;
}
