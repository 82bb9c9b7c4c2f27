/* wcsnarrow.h: the wide number parsers hand the narrow ones an ASCII copy. */
#ifndef _WCSNARROW_H
#define _WCSNARROW_H

#include <wchar.h>
#include "libc.h"

#define WCSNARROW_STACK 128

__hidden char *__wcsnarrow(const wchar_t *, const wchar_t **, char *);
__hidden wchar_t *__wcsnarrow_end(const wchar_t *, const wchar_t *, const char *, const char *);
__hidden void __wcsnarrow_free(char *, const char *);

#endif
