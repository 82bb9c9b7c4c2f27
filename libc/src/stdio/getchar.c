#include "stdio_impl.h"

int getchar(void)
{
	return getc_fast(stdin);
}

int getchar_unlocked(void) __attribute__((__alias__("getchar")));
