/* malloc_impl.h: layout shared by the allocator's files.
 *
 * Every block has an 8-byte header right below the (16-aligned) pointer handed out.
 * Small and medium blocks (under MMAP_THRESHOLD) come in size classes and are
 * recycled through one LIFO free list per class; a block's class never changes, so
 * free and malloc are a header read and a list push or pop. Big blocks are mmapped
 * one by one (size kept in the word below the header); free keeps a few for reuse
 * and unmaps the rest.
 * aligned_alloc returns a pointer inside a bigger block, tagged with the distance
 * back to the block's own pointer. */
#ifndef _MALLOC_IMPL_H
#define _MALLOC_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include "libc.h"

#define MMAP_THRESHOLD (128 * 1024)
#define NCLASSES 56

#define H_MAGIC 0x6d616cUL	/* "mal" in the upper header bits: catches wild frees */
#define H_INUSE 0x100UL
#define H_MMAP 0x200UL		/* class byte unused; size at p - 16 */
#define H_ALIGNED 0x400UL	/* offset back to the real block at p - 16 */
#define H_CLASS(h) ((h) & 0xff)

static inline uint64_t *__hdr(void *p) { return (uint64_t *)p - 1; }
static inline int __hdr_ok(uint64_t h) { return (h >> 16) == H_MAGIC && (h & H_INUSE); }

/* Chunk size (header included) of class c. */
static inline size_t __class_size(unsigned c)
{
	if (c < 16) return 16 * (c + 1);
	unsigned b = 8 + (c - 16) / 4, q = (c - 16) % 4;
	return (size_t)(5 + q) << (b - 2);
}

/* Smallest class whose chunk holds s bytes (header included); s >= 1. */
static inline unsigned __size_class(size_t s)
{
	if (s <= 256) return (s + 15) / 16 - 1;
	size_t t = s - 1;
	unsigned b = 63 - __builtin_clzl(t);
	return 16 + (b - 8) * 4 + ((t >> (b - 2)) & 3);
}

__hidden _Noreturn void __malloc_crash(const char *why);
__hidden size_t __malloc_usable(void *p);
/* malloc that also says whether the memory is known to be zero (a new mapping). */
__hidden void *__malloc_fresh(size_t n, int *fresh);

#endif
