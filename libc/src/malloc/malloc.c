#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "malloc_impl.h"
#include "syscall.h"

#define SEGMENT (1024 * 1024)

static void *freelist[NCLASSES];
static unsigned char *top, *top_end;	/* unused tail of the current segment */
static volatile int lock;

_Noreturn void __malloc_crash(const char *why)
{
	__syscall(SYS_write, 2, why, strlen(why));
	abort();
}

static void *map(size_t len, void *hint)
{
	long r = __syscall(SYS_mmap, hint, len, 3 /* RW */, 0x22 /* PRIVATE|ANON */, -1, 0);
	return (unsigned long)r > -4096UL ? 0 : (void *)r;
}

/* Hand chunks of the free range [p, p+len) to the lists, largest classes first. */
static void shelve(unsigned char *p, size_t len)
{
	for (int c = NCLASSES - 1; c >= 0 && len >= 16; c--) {
		size_t cs = __class_size(c);
		while (len >= cs) {
			*__hdr(p + 8) = H_MAGIC << 16 | c;
			*(void **)(p + 8) = freelist[c];
			freelist[c] = p + 8;
			p += cs;
			len -= cs;
		}
	}
}

/* Carve a fresh chunk of class c from the top, getting a new segment if needed. */
static void *carve(unsigned c)
{
	size_t cs = __class_size(c);
	if ((size_t)(top_end - top) < cs) {
		/* Ask for the space right after the segment first: the kernel often
		 * has it free, and then the top simply grows. */
		unsigned char *seg = map(SEGMENT, top_end);
		if (!seg) return 0;
		if (seg == top_end && top) {
			top_end += SEGMENT;
		} else {
			if (top) shelve(top, (top_end - top) & -16);
			top = seg + 8;
			top_end = seg + SEGMENT;
		}
	}
	void *p = top + 8;
	top += cs;
	return p;
}

/* With the class list empty and no room at the top, split a bigger free chunk. */
static void *split(unsigned c)
{
	for (unsigned d = c + 1; d < NCLASSES; d++) {
		void *p = freelist[d];
		if (!p) continue;
		freelist[d] = *(void **)p;
		size_t cs = __class_size(c);
		shelve((unsigned char *)p - 8 + cs, __class_size(d) - cs);
		return p;
	}
	return 0;
}

/* Recently freed big mappings, kept for reuse: a program that allocates and frees
 * a large buffer in a loop would otherwise pay an mmap and a munmap (and the page
 * faults) every time. Bounded in count and bytes; the pages of blocks over
 * CACHE_KEEP go back to the kernel (only the mapping is kept), so the cache never
 * holds more than CACHE_N * CACHE_KEEP of memory a program has freed. */
#define CACHE_KEEP (1 << 20)
#define CACHE_N 8
#define CACHE_BYTES (32 << 20)
static struct { unsigned char *p; size_t len; } cache[CACHE_N];
static size_t cached;

static void *big(size_t n, int *fresh)
{
	size_t len = (n + 16 + 4095) & -4096UL;
	unsigned char *m = 0;
	if (len < n) return 0;
	for (int i = 0; i < CACHE_N; i++)
		if (cache[i].p && cache[i].len >= len && cache[i].len - len <= len / 2) {
			m = cache[i].p;
			len = cache[i].len;
			cache[i].p = 0;
			cached -= len;
			*fresh = 0;
			break;
		}
	if (!m) {
		if (!(m = map(len, 0))) return 0;
		*fresh = 1;
	}
	((size_t *)m)[0] = len;
	((uint64_t *)m)[1] = H_MAGIC << 16 | H_INUSE | H_MMAP;
	return m + 16;
}

static void unmap(unsigned char *m, size_t len)
{
	if (len <= CACHE_BYTES / 4 && cached + len <= CACHE_BYTES)
		for (int i = 0; i < CACHE_N; i++)
			if (!cache[i].p) {
				if (len > CACHE_KEEP)
					__syscall(SYS_madvise, m + 4096, len - 4096, 4 /* MADV_DONTNEED */);
				((uint64_t *)m)[1] = H_MAGIC << 16 | H_MMAP;	/* not in use */
				cache[i].p = m;
				cache[i].len = len;
				cached += len;
				return;
			}
	__syscall(SYS_munmap, m, len);
}

void *__malloc_fresh(size_t n, int *fresh)
{
	void *p;
	*fresh = 0;
	if (n >= MMAP_THRESHOLD) {
		if (n > PTRDIFF_MAX - 8192 || !(p = big(n, fresh))) goto nomem;
		return p;
	}
	unsigned c = __size_class(n + 8);
	LOCK(&lock);
	p = freelist[c];
	if (p) {
		freelist[c] = *(void **)p;
	} else if ((size_t)(top_end - top) >= __class_size(c) || !(p = split(c))) {
		p = carve(c);
	}
	UNLOCK(&lock);
	if (!p) goto nomem;
	*__hdr(p) = H_MAGIC << 16 | H_INUSE | c;
	return p;
nomem:
	errno = ENOMEM;
	return 0;
}

/* fork with threads: -1 takes the lock, 0 (parent) releases it, 1 (child, the only
 * thread left) resets it. */
void __malloc_atfork(int when)
{
	if (when < 0) LOCK(&lock);
	else if (when == 0) UNLOCK(&lock);
	else lock = 0;
}

void *malloc(size_t n)
{
	int fresh;
	return __malloc_fresh(n, &fresh);
}

void free(void *p)
{
	if (!p) return;
	uint64_t h = *__hdr(p);
	if (!__hdr_ok(h)) __malloc_crash("free(): invalid pointer or double free\n");
	if (h & (H_MMAP | H_ALIGNED)) {
		size_t v = ((size_t *)p)[-2];
		if (h & H_ALIGNED) {
			free((char *)p - v);
			return;
		}
		LOCK(&lock);
		unmap((unsigned char *)p - 16, v);
		UNLOCK(&lock);
		return;
	}
	unsigned c = H_CLASS(h);
	*__hdr(p) = h & ~H_INUSE;
	LOCK(&lock);
	*(void **)p = freelist[c];
	freelist[c] = p;
	UNLOCK(&lock);
}

size_t __malloc_usable(void *p)
{
	uint64_t h = *__hdr(p);
	if (!__hdr_ok(h)) __malloc_crash("malloc_usable_size(): invalid pointer\n");
	size_t v = ((size_t *)p)[-2];
	if (h & H_ALIGNED) return __malloc_usable((char *)p - v) - v;
	if (h & H_MMAP) return v - 16;
	return __class_size(H_CLASS(h)) - 8;
}
