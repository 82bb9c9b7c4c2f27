/* wscanf_impl.h: the wide scanf family reads through one engine from a source. */
#ifndef _WSCANF_IMPL_H
#define _WSCANF_IMPL_H

#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>
#include "libc.h"

/* A wide string (s) or, when f is set, a stream read with fgetwc and pushed back with
 * ungetwc. n counts the characters consumed, for %n. */
struct __win {
	const wchar_t *s;
	FILE *f;
	size_t n;
};

__hidden int __vwscanf_core(struct __win *, const wchar_t *, va_list);

#endif
