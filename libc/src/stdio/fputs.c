#include <string.h>
#include "stdio_impl.h"

static int unlocked_fputs(const char *restrict s, FILE *restrict f)
{
	size_t n = strlen(s);
	return __fwritex((const void *)s, n, f) == n ? 0 : EOF;
}

int fputs(const char *restrict s, FILE *restrict f)
{
	FLOCK(f);
	int r = unlocked_fputs(s, f);
	FUNLOCK(f);
	return r;
}

int fputs_unlocked(const char *restrict, FILE *restrict) __attribute__((__alias__("fputs")));
