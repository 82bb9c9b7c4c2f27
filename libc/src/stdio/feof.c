#include "stdio_impl.h"

int feof(FILE *f)
{
	return !!(f->flags & F_EOF);
}

int feof_unlocked(FILE *f) __attribute__((__alias__("feof")));
