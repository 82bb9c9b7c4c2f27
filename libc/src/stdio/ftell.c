#include <errno.h>
#include <limits.h>
#include "stdio_impl.h"

long ftell(FILE *f)
{
	off_t pos = ftello(f);
	if (pos > LONG_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return pos;
}
