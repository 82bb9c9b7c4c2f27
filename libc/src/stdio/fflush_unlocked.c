#include "stdio_impl.h"

int fflush_unlocked(FILE *f)
{
	return fflush(f);
}
