#include "stdio_impl.h"

int fputc_unlocked(int c, FILE *f)
{
	return putc_fast(c, f);
}

int fputc(int c, FILE *f)
{
	if (!__libc.threaded) return putc_fast(c, f);
	FLOCK(f);
	c = putc_fast(c, f);
	FUNLOCK(f);
	return c;
}

int putc(int c, FILE *f) __attribute__((__alias__("fputc")));
int putc_unlocked(int c, FILE *f) __attribute__((__alias__("fputc_unlocked")));
