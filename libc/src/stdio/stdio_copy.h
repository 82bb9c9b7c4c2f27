/* stdio_copy.h: see __stdio_copy.c. */
#ifndef _STDIO_COPY_H
#define _STDIO_COPY_H

#include <stddef.h>
#include "libc.h"

__hidden void __stdio_copy(unsigned char *, const unsigned char *, size_t);

#endif
