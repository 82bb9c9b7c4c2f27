/* wprintf_impl.h: the wide printf family writes through one formatter into a sink. */
#ifndef _WPRINTF_IMPL_H
#define _WPRINTF_IMPL_H

#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>
#include "libc.h"

/* A wide buffer of cap characters (buf), or a stream (f) when f is set. len counts every
 * character the format asked for, stored or not; err is set by a failed write. */
struct __wout {
	wchar_t *buf;
	size_t cap, len;
	FILE *f;
	int err;
};

__hidden int __vwprintf_core(struct __wout *, const wchar_t *, va_list);

#endif
