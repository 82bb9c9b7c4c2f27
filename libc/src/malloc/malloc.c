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

/* The lock guards a list pop or push. When another thread has it, spin a little
 * before sleeping in __lock: two threads allocating at once would otherwise trade
 * futex waits and wakes on nearly every call. */
static void heap_lock(void)
{
	if (!__libc.threaded)
		return;
	for (int i = 0; i < 100; i++) {
		int free_ = 0;
		if (!lock && __atomic_compare_exchange_n(&lock, &free_, 1, 0, __ATOMIC_ACQUIRE,
							 __ATOMIC_RELAXED))
			return;
#ifdef __x86_64__
		__builtin_ia32_pause();
#endif
	}
	__lock(&lock);
}

#define heap_unlock() UNLOCK(&lock)

/* Once there are threads, each keeps up to TC_MAX free chunks of each class under
 * 1 KiB for itself, so most of its malloc and free calls take no lock and touch no
 * line another thread writes. pthread_exit hands them back (__malloc_thread_exit). */
#define TC_CLASSES 24
#define TC_MAX 16
static _Thread_local struct {
	void *head[TC_CLASSES];
	unsigned char n[TC_CLASSES], off;
} tc;

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
 * large buffers in a loop would otherwise pay an mmap and a munmap (and the page
 * faults) every time. Big blocks are rounded up to four sizes per power of two, so a
 * freed one fits later requests of about its size; malloc takes the smallest cached
 * one that fits without wasting more than a third, free evicts the oldest when the
 * cache is full. Bounded in count and bytes; the pages of blocks over CACHE_KEEP go
 * back to the kernel (only the mapping is kept), so the cache never holds more than
 * CACHE_N * CACHE_KEEP of memory a program has freed. System calls are made outside
 * the lock. */
#define CACHE_KEEP (1 << 20)
#define CACHE_N 32
#define CACHE_BYTES (32 << 20)
static struct { unsigned char *p; size_t len; unsigned long age; } cache[CACHE_N];
static size_t cached;
static unsigned long cache_clock;

static size_t big_len(size_t n)
{
	size_t len = (n + 16 + 4095) & -4096UL, step;
	if (len < n) return 0;
	step = ((size_t)1 << (63 - __builtin_clzl(len))) / 4;
	if (step > 4096) len = (len + step - 1) & -step;
	return len;
}

static void *big(size_t n, int *fresh)
{
	size_t len = big_len(n);
	unsigned char *m = 0;
	int best = -1;
	if (!len) return 0;
	heap_lock();
	for (int i = 0; i < CACHE_N; i++)
		if (cache[i].p && cache[i].len >= len && cache[i].len - len <= len / 3 &&
		    (best < 0 || cache[i].len < cache[best].len))
			best = i;
	if (best >= 0) {
		m = cache[best].p;
		len = cache[best].len;
		cache[best].p = 0;
		cached -= len;
	}
	heap_unlock();
	*fresh = !m;
	if (!m && !(m = map(len, 0))) return 0;
	((size_t *)m)[0] = len;
	((uint64_t *)m)[1] = H_MAGIC << 16 | H_INUSE | H_MMAP;
	return m + 16;
}

/* Takes cache entry i out for unmapping: its place in drop[] */
static void evict(int i, unsigned char **drop, size_t *dlen, int *nd)
{
	drop[*nd] = cache[i].p;
	dlen[(*nd)++] = cache[i].len;
	cached -= cache[i].len;
	cache[i].p = 0;
}

static void unmap(unsigned char *m, size_t len)
{
	unsigned char *drop[CACHE_N + 1];
	size_t dlen[CACHE_N + 1];
	int nd = 0, slot = -1;

	if (len > CACHE_BYTES / 4) {
		__syscall(SYS_munmap, m, len);
		return;
	}
	if (len > CACHE_KEEP)
		__syscall(SYS_madvise, m + 4096, len - 4096, 4 /* MADV_DONTNEED */);
	((uint64_t *)m)[1] = H_MAGIC << 16 | H_MMAP;	/* not in use */
	heap_lock();
	/* an empty slot, or the oldest entry's; then the oldest go until the bytes fit */
	for (int i = 0; i < CACHE_N; i++) {
		if (!cache[i].p) {
			slot = i;
			break;
		}
		if (slot < 0 || cache[i].age < cache[slot].age)
			slot = i;
	}
	if (cache[slot].p)
		evict(slot, drop, dlen, &nd);
	while (cached + len > CACHE_BYTES) {
		int old = -1;
		for (int i = 0; i < CACHE_N; i++)
			if (cache[i].p && (old < 0 || cache[i].age < cache[old].age))
				old = i;
		evict(old, drop, dlen, &nd);
	}
	cache[slot].p = m;
	cache[slot].len = len;
	cache[slot].age = ++cache_clock;
	cached += len;
	heap_unlock();
	while (nd--)
		__syscall(SYS_munmap, drop[nd], dlen[nd]);
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
	if (c < TC_CLASSES && (p = tc.head[c])) {
		tc.head[c] = *(void **)p;
		tc.n[c]--;
		*__hdr(p) = H_MAGIC << 16 | H_INUSE | c;
		return p;
	}
	heap_lock();
	p = freelist[c];
	if (p) {
		freelist[c] = *(void **)p;
	} else if ((size_t)(top_end - top) >= __class_size(c) || !(p = split(c))) {
		p = carve(c);
	}
	heap_unlock();
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
	if (when < 0) heap_lock();
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
		unmap((unsigned char *)p - 16, v);
		return;
	}
	unsigned c = H_CLASS(h);
	*__hdr(p) = h & ~H_INUSE;
	if (__libc.threaded && c < TC_CLASSES && tc.n[c] < TC_MAX && !tc.off) {
		*(void **)p = tc.head[c];
		tc.head[c] = p;
		tc.n[c]++;
		return;
	}
	heap_lock();
	*(void **)p = freelist[c];
	freelist[c] = p;
	heap_unlock();
}

/* A thread's cached chunks go back to the lists; later frees skip the cache. */
void __malloc_thread_exit(void)
{
	tc.off = 1;
	heap_lock();
	for (int c = 0; c < TC_CLASSES; c++)
		while (tc.head[c]) {
			void *p = tc.head[c];
			tc.head[c] = *(void **)p;
			*(void **)p = freelist[c];
			freelist[c] = p;
		}
	heap_unlock();
	memset(tc.n, 0, sizeof tc.n);
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
