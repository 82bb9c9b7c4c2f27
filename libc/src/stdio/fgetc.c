#include "stdio_impl.h"

int fgetc(FILE *f)
{
	return getc_fast(f);
}

int getc(FILE *f) __attribute__((__alias__("fgetc")));
int fgetc_unlocked(FILE *f) __attribute__((__alias__("fgetc")));
int getc_unlocked(FILE *f) __attribute__((__alias__("fgetc")));
