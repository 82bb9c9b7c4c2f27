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

/* Each thread keeps free chunks of every class for itself, so most of its malloc and
 * free calls take no lock and touch no line another thread writes. A list holds up to
 * tc_max(c) chunks, fewer as they get bigger. A full list gives its older half back
 * and an empty one takes up to half a list's worth, so busy threads take the lock
 * once per batch rather than on every call. Once there are threads, big mappings are
 * kept the same way: up to TC_BIG per thread, before the shared cache. pthread_exit
 * hands all of it back (__malloc_thread_exit). */
#define TC_SMALL 64
#define TC_BIG 8
#define TC_BIG_BYTES (4 << 20)

struct cached { unsigned char *p; size_t len; unsigned long age; };

static _Thread_local struct {
	void *head[NCLASSES];
	unsigned char n[NCLASSES], off;
	size_t big_bytes;
	unsigned long clock;
	struct cached big[TC_BIG];
} tc;

/* 64 chunks up to 1 KiB, then 16, 8 and 4 for each doubling to 8 KiB, 1 after: at
 * most 1.7 MiB in one thread's lists */
static unsigned tc_max(unsigned c)
{
	return c < 24 ? TC_SMALL : c < 36 ? 32 >> (c - 20) / 4 : 1;
}

static int tc_on(void)
{
	return __libc.threaded && !tc.off;
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

/* A chunk of class c from the shared heap; the caller holds the lock. */
static void *take(unsigned c)
{
	void *p = freelist[c];
	if (p)
		freelist[c] = *(void **)p;
	else if ((size_t)(top_end - top) >= __class_size(c) || !(p = split(c)))
		p = carve(c);
	return p;
}

/* The thread's list of class c is empty: one chunk for the caller and up to half a
 * list more for later, under one lock. The spares come off the shared list in its
 * order (so the most recently freed, likeliest in cache, are used first), or, when
 * it is empty, from the top; never from a split or a new segment. */
static void *refill(unsigned c)
{
	size_t cs = __class_size(c);
	unsigned want = tc_max(c) / 2, k = 0;
	void *p, **link = &freelist[c];

	if (want)
		want--;	/* the caller's */
	heap_lock();
	p = take(c);
	if (p) {
		while (*link && k < want) {
			link = *link;
			k++;
		}
		if (k) {
			tc.head[c] = freelist[c];
			freelist[c] = *link;
			*link = 0;
		}
		for (; k < want && (size_t)(top_end - top) >= cs; k++) {
			void *q = top + 8;
			top += cs;
			*__hdr(q) = H_MAGIC << 16 | c;
			*(void **)q = tc.head[c];
			tc.head[c] = q;
		}
		tc.n[c] = k;
	}
	heap_unlock();
	return p;
}

/* The thread's list of class c keeps its first (most recently freed) keep chunks;
 * the rest go, in order, to the front of the shared list, under one lock. */
static __attribute__((noinline)) void flush(unsigned c, unsigned keep)
{
	void **link = &tc.head[c], *first, **tail;
	for (unsigned k = 0; k < keep; k++)
		link = *link;
	first = *link;
	*link = 0;
	for (tail = &first; *tail; tail = *tail)
		;
	tc.n[c] = keep;
	heap_lock();
	*tail = freelist[c];
	freelist[c] = first;
	heap_unlock();
}

/* Recently freed big mappings, kept for reuse: a program that allocates and frees
 * large buffers in a loop would otherwise pay an mmap and a munmap (and the page
 * faults) every time; with threads, each munmap also interrupts the other CPUs to
 * flush their TLBs. Big blocks are rounded up to four sizes per power of two, so a
 * freed one fits later requests of about its size; malloc takes the smallest cached
 * one that fits without wasting more than a third, free evicts the oldest when the
 * cache is full. Bounded in count and bytes; the pages of blocks over CACHE_KEEP go
 * back to the kernel (only the mapping is kept), so the shared cache never holds more
 * than CACHE_N * CACHE_KEEP of memory a program has freed, and a thread's own cache
 * (blocks up to CACHE_KEEP only) no more than TC_BIG_BYTES. System calls are made
 * outside the lock. */
#define CACHE_KEEP (1 << 20)
#define CACHE_N 32
#define CACHE_BYTES (32 << 20)
static struct cached cache[CACHE_N];
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

/* The entry of s[0..n) that holds len bytes best (the smallest, wasting at most a
 * third), or -1 */
static int best_fit(const struct cached *s, int n, size_t len)
{
	int best = -1;
	for (int i = 0; i < n; i++)
		if (s[i].p && s[i].len >= len && s[i].len - len <= len / 3 &&
		    (best < 0 || s[i].len < s[best].len))
			best = i;
	return best;
}

/* The oldest entry of s[0..n) in use, or -1 */
static int oldest(const struct cached *s, int n)
{
	int old = -1;
	for (int i = 0; i < n; i++)
		if (s[i].p && (old < 0 || s[i].age < s[old].age))
			old = i;
	return old;
}

/* An empty entry of s[0..n), else the oldest one */
static int free_slot(const struct cached *s, int n)
{
	for (int i = 0; i < n; i++)
		if (!s[i].p)
			return i;
	return oldest(s, n);
}

static __attribute__((noinline)) void *big(size_t n, int *fresh)
{
	size_t len = big_len(n);
	unsigned char *m = 0;
	int i;
	if (!len) return 0;
	if (tc_on() && (i = best_fit(tc.big, TC_BIG, len)) >= 0) {
		m = tc.big[i].p;
		len = tc.big[i].len;
		tc.big[i].p = 0;
		tc.big_bytes -= len;
	} else {
		heap_lock();
		if ((i = best_fit(cache, CACHE_N, len)) >= 0) {
			m = cache[i].p;
			len = cache[i].len;
			cache[i].p = 0;
			cached -= len;
		}
		heap_unlock();
	}
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

/* Puts the free mapping m into the shared cache, unmapping what it pushes out. */
static void cache_put(unsigned char *m, size_t len)
{
	unsigned char *drop[CACHE_N + 1];
	size_t dlen[CACHE_N + 1];
	int nd = 0, slot;

	heap_lock();
	slot = free_slot(cache, CACHE_N);
	if (cache[slot].p)
		evict(slot, drop, dlen, &nd);
	while (cached + len > CACHE_BYTES)
		evict(oldest(cache, CACHE_N), drop, dlen, &nd);
	cache[slot].p = m;
	cache[slot].len = len;
	cache[slot].age = ++cache_clock;
	cached += len;
	heap_unlock();
	while (nd--)
		__syscall(SYS_munmap, drop[nd], dlen[nd]);
}

static __attribute__((noinline)) void unmap(unsigned char *m, size_t len)
{
	if (len > CACHE_BYTES / 4) {
		__syscall(SYS_munmap, m, len);
		return;
	}
	if (len > CACHE_KEEP)
		__syscall(SYS_madvise, m + 4096, len - 4096, 4 /* MADV_DONTNEED */);
	((uint64_t *)m)[1] = H_MAGIC << 16 | H_MMAP;	/* not in use */
	if (tc_on() && len <= CACHE_KEEP) {
		/* into the thread's cache; what that pushes out goes to the shared one */
		int i = free_slot(tc.big, TC_BIG);
		struct cached old = tc.big[i];
		if (!old.p) old.len = 0;
		if (tc.big_bytes - old.len + len <= TC_BIG_BYTES) {
			tc.big[i] = (struct cached){ m, len, ++tc.clock };
			tc.big_bytes += len - old.len;
			if (!old.p)
				return;
			m = old.p;
			len = old.len;
		}
	}
	cache_put(m, len);
}

/* malloc's way when the thread's list of class c is empty: out of line, so that the
 * common case needs no stack frame */
static __attribute__((noinline)) void *take_slow(unsigned c)
{
	void *p;
	if (!tc.off)
		return refill(c);
	heap_lock();
	p = take(c);
	heap_unlock();
	return p;
}

static void tc_push(void *p, unsigned c)
{
	*(void **)p = tc.head[c];
	tc.head[c] = p;
	tc.n[c]++;
}

/* free's way when the thread's list of class c is full: it keeps the newer half, or,
 * once the thread has exited, is skipped */
static __attribute__((noinline)) void give_back(void *p, unsigned c)
{
	if (tc.off) {
		heap_lock();
		*(void **)p = freelist[c];
		freelist[c] = p;
		heap_unlock();
		return;
	}
	flush(c, tc.n[c] / 2);
	tc_push(p, c);
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
	if ((p = tc.head[c])) {
		tc.head[c] = *(void **)p;
		tc.n[c]--;
	} else if (!(p = take_slow(c))) {
		goto nomem;
	}
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
	if (tc.n[c] >= tc_max(c))
		give_back(p, c);
	else
		tc_push(p, c);
}

/* A thread's cached chunks and mappings go back to the shared lists and cache; later
 * frees skip the thread's lists (which look full to them). */
void __malloc_thread_exit(void)
{
	tc.off = 1;
	for (unsigned c = 0; c < NCLASSES; c++) {
		if (tc.n[c])
			flush(c, 0);
		tc.n[c] = 255;
	}
	for (int i = 0; i < TC_BIG; i++)
		if (tc.big[i].p) {
			cache_put(tc.big[i].p, tc.big[i].len);
			tc.big[i].p = 0;
		}
	tc.big_bytes = 0;
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
