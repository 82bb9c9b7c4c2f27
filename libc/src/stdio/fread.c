#include <string.h>
#include "stdio_impl.h"

static size_t unlocked_fread(void *restrict dest, size_t size, size_t nmemb, FILE *restrict f)
{
	unsigned char *d = dest;
	size_t len = size * nmemb, left = len, k;

	if (!size || !nmemb)
		return 0;
	if (f->rend && f->rpos != f->rend) {
		k = (size_t)(f->rend - f->rpos) < left ? (size_t)(f->rend - f->rpos) : left;
		memcpy(d, f->rpos, k);
		f->rpos += k;
		d += k;
		left -= k;
	}
	while (left) {
		if (__toread(f) || !(k = f->read(f, d, left)))
			return (len - left) / size;
		d += k;
		left -= k;
	}
	return nmemb;
}

size_t fread(void *restrict dest, size_t size, size_t nmemb, FILE *restrict f)
{
	FLOCK(f);
	size_t r = unlocked_fread(dest, size, nmemb, f);
	FUNLOCK(f);
	return r;
}

size_t fread_unlocked(void *restrict, size_t, size_t, FILE *restrict)
	__attribute__((__alias__("fread")));
