#include "stdio_impl.h"

int getchar_unlocked(void)
{
	return getc_fast(stdin);
}

int getchar(void)
{
	return fgetc(stdin);
}
