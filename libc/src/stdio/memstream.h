/* memstream.h: the stream behind open_memstream and open_wmemstream. Output lands in a
 * malloc'd buffer that grows; the caller's pointer and size are updated on every flush
 * and always describe a terminated string. The two differ only in what a buffer
 * element is and in how the stream's bytes become elements (put). */
#ifndef _MEMSTREAM_H
#define _MEMSTREAM_H

#include <stddef.h>
#include <wchar.h>
#include "stdio_impl.h"

struct __ms {
	void *bufp;		/* the caller's char ** or wchar_t **: stored with memcpy */
	size_t *sizep;
	void *buf;		/* what *bufp is */
	size_t len, cap, unit;	/* in elements; unit is an element's size */
	/* Appends elements for n bytes at s; one byte makes at most one element, and
	 * room for that is there. 0, or -1 for bytes that are no text (EILSEQ). */
	int (*put)(struct __ms *, const unsigned char *s, size_t n);
	mbstate_t st;		/* for put, between flushes */
};

/* A write-only stream (flags: F_WIDE for the wide one) over elements of unit bytes. */
__hidden FILE *__open_memstream(void *bufp, size_t *sizep, size_t unit,
				int (*put)(struct __ms *, const unsigned char *, size_t),
				unsigned flags);

#endif
