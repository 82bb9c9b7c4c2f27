#include "stdio_impl.h"

/* Single-threaded: stream locks have nothing to exclude. */
void flockfile(FILE *f)
{
}

int ftrylockfile(FILE *f)
{
	return 0;
}

void funlockfile(FILE *f)
{
}
