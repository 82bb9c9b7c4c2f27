#include "stdio_impl.h"

int putchar_unlocked(int c)
{
	return putc_fast(c, stdout);
}

int putchar(int c)
{
	return fputc(c, stdout);
}
