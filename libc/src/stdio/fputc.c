#include "stdio_impl.h"

int fputc(int c, FILE *f)
{
	return putc_fast(c, f);
}

int putc(int c, FILE *f) __attribute__((__alias__("fputc")));
int fputc_unlocked(int c, FILE *f) __attribute__((__alias__("fputc")));
int putc_unlocked(int c, FILE *f) __attribute__((__alias__("fputc")));
