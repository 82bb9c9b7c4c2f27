#include "stdio_impl.h"

static size_t unlocked_fwrite(const void *restrict src, size_t size, size_t nmemb, FILE *restrict f)
{
	size_t len = size * nmemb, k;

	if (!len)
		return 0;
	k = __fwritex(src, len, f);
	return k == len ? nmemb : k / size;
}

size_t fwrite(const void *restrict src, size_t size, size_t nmemb, FILE *restrict f)
{
	FLOCK(f);
	size_t r = unlocked_fwrite(src, size, nmemb, f);
	FUNLOCK(f);
	return r;
}

size_t fwrite_unlocked(const void *restrict, size_t, size_t, FILE *restrict)
	__attribute__((__alias__("fwrite")));
