/* wstdio.h: the wide character stream functions share these unlocked cores. */
#ifndef _WSTDIO_H
#define _WSTDIO_H

#include <wchar.h>
#include "stdio_impl.h"

__hidden wint_t __fgetwc_unlocked(FILE *);
__hidden wint_t __fputwc_unlocked(wchar_t, FILE *);

#endif
