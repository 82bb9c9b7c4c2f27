/* printf_int.h: the integer-only printf engine and its stream and string drivers,
 * behind __printf_int and friends (see stdio.h). */
#ifndef _PRINTF_INT_H
#define _PRINTF_INT_H

#include "stdio_impl.h"

__hidden int __vfprintf_int_core(FILE *, const char *, va_list);
__hidden int __vfprintf_int(FILE *restrict, const char *restrict, va_list);
__hidden int __vsnprintf_int(char *restrict, size_t, const char *restrict, va_list);

#endif
