#include "stdio_impl.h"

int ferror(FILE *f)
{
	return !!(f->flags & F_ERR);
}

int ferror_unlocked(FILE *f) __attribute__((__alias__("ferror")));
