#include "stdio_impl.h"

void clearerr(FILE *f)
{
	f->flags &= ~(F_EOF | F_ERR);
}

void clearerr_unlocked(FILE *f) __attribute__((__alias__("clearerr")));
