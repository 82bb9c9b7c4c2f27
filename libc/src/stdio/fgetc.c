#include "stdio_impl.h"

int fgetc_unlocked(FILE *f)
{
	return getc_fast(f);
}

int fgetc(FILE *f)
{
	if (!__libc.threaded) return getc_fast(f);
	FLOCK(f);
	int c = getc_fast(f);
	FUNLOCK(f);
	return c;
}

int getc(FILE *f) __attribute__((__alias__("fgetc")));
int getc_unlocked(FILE *f) __attribute__((__alias__("fgetc_unlocked")));
