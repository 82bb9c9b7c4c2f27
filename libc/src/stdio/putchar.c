#include "stdio_impl.h"

int putchar(int c)
{
	return putc_fast(c, stdout);
}

int putchar_unlocked(int c) __attribute__((__alias__("putchar")));
