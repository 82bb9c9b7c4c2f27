/* memchr: SSE2, or AVX2 when the CPU has it. Both bodies: when n <= 64 and the 64 bytes
 * at s are in s's page, those 64 bytes at once, the matches at n and above masked off:
 * no branch on n, which a stream of short calls of mixed lengths mispredicts (1-64 B
 * calls: 0.82x glibc's time against 1.11x when the first vector's n <= 32 test came
 * first). Otherwise: a first unaligned vector at
 * s (the aligned one holding s near the end of a page); when more than four vectors
 * are left, the next four aligned vectors one by one, then whole groups of four from
 * a boundary of four on while more than a group is left; then the last 1..4 vectors.
 * An aligned vector is loaded only when it starts before s + n, and a group never
 * crosses a page, so nothing is read from a page the buffer does not reach (n may be
 * larger than the object when c is in it: the match ends the call in its own page).
 * The group loop counts its turns down: it ends on that count, known early, not on
 * the compares (4 KiB calls took 1.12x glibc's time when the loop tested the data
 * and the address, 1.05-1.09x now). */
#include <string.h>
#include "cpu_x86.h"

/* pos is an offset from s of a match: inside the buffer or not */
#define FOUND(pos) ((size_t)(pos) < n ? (void *)(s + (pos)) : 0)
/* m: the matches in the 64 bytes at s, 1 <= n <= 64; those at n and above are
 * dropped, so that no branch depends on n */
#define SHORT_FOUND(m) \
	(((m) &= (uint64_t)-1 >> (64 - n)) ? (void *)(s + __builtin_ctzll(m)) : 0)

AVX2 static void *memchr_avx2(const unsigned char *s, int c, size_t n)
{
	const v32 k = (v32){ 0 } + (unsigned char)c;
	const unsigned char *a = (const unsigned char *)((uintptr_t)s & ~(uintptr_t)31), *b;
	size_t left, turns;
	unsigned m;
	uint64_t m0;
	v32 b0, b1, b2, b3;

	/* n == 0 fails the first test too (GCC's layout of this form kept 4 KiB calls
	 * at their time before the short path; the form with the n == 0 test after the
	 * block took 2% longer) */
	if (n - 1 < 64) {
		if (PAGE_SAFE(s, 64)) {
			m0 = MASK32(LOAD32U(s) == k) | (uint64_t)MASK32(LOAD32U(s + 32) == k) << 32;
			return SHORT_FOUND(m0);
		}
	} else if (!n) {
		return 0;
	}
	if (__builtin_expect(PAGE_SAFE(s, 32), 1)) {
		if ((m = MASK32(LOAD32U(s) == k)))
			return FOUND(__builtin_ctz(m));
		if (n <= 32)
			return 0;
	} else {
		if ((m = MASK32(LOAD32(a) == k) >> (s - a)))
			return FOUND(__builtin_ctz(m));
		if (n <= (size_t)(a + 32 - s))
			return 0;
	}
	/* [s, a + 32) has no c; left counts the bytes from the next aligned vector on */
	a += 32;
	left = n - (size_t)(a - s);
	if (left > 128) {
		if ((m = MASK32(LOAD32(a) == k)))
			return (void *)(a + __builtin_ctz(m));
		if ((m = MASK32(LOAD32(a + 32) == k)))
			return (void *)(a + 32 + __builtin_ctz(m));
		if ((m = MASK32(LOAD32(a + 64) == k)))
			return (void *)(a + 64 + __builtin_ctz(m));
		if ((m = MASK32(LOAD32(a + 96) == k)))
			return (void *)(a + 96 + __builtin_ctz(m));
		/* on from the next 128-byte boundary (looking at up to 96 bytes again) */
		b = (const unsigned char *)((uintptr_t)(a + 128) & ~(uintptr_t)127);
		left -= (size_t)(b - a);
		a = b;
	}
	if (left > 128) {
		turns = (left - 1) / 128;
		left -= turns * 128;
		do {
			b0 = LOAD32(a), b1 = LOAD32(a + 32), b2 = LOAD32(a + 64), b3 = LOAD32(a + 96);
			if (MASK32((b0 == k) | (b1 == k) | (b2 == k) | (b3 == k))) {
				if ((m0 = MASK32(b0 == k) | (uint64_t)MASK32(b1 == k) << 32))
					return (void *)(a + __builtin_ctzll(m0));
				m0 = MASK32(b2 == k) | (uint64_t)MASK32(b3 == k) << 32;
				return (void *)(a + 64 + __builtin_ctzll(m0));
			}
			a += 128;
		} while (--turns);
	}
	/* the last 1..128 bytes: straight-line code takes fewer branches than a loop
	 * (1-64 B calls: 0.96x glibc's time against 1.03x) */
	if (!(m = MASK32(LOAD32(a) == k)) && left > 32) {
		a += 32, left -= 32;
		if (!(m = MASK32(LOAD32(a) == k)) && left > 32) {
			a += 32, left -= 32;
			if (!(m = MASK32(LOAD32(a) == k)) && left > 32) {
				a += 32, left -= 32;
				m = MASK32(LOAD32(a) == k);
			}
		}
	}
	/* with no match in the vector, 32 (not below left) */
	m0 = __builtin_ctzll(m | (uint64_t)1 << 32);
	return m0 < left ? (void *)(a + m0) : 0;
}

static inline void *memchr_sse2(const unsigned char *s, int c, size_t n)
{
	const v16 k = (v16){ 0 } + (unsigned char)c;
	const unsigned char *a = (const unsigned char *)((uintptr_t)s & ~(uintptr_t)15), *b;
	size_t left, turns;
	unsigned m;
	uint64_t m0;
	v16 b0, b1, b2, b3;

	if (n - 1 < 64) {
		if (PAGE_SAFE(s, 64)) {
			m0 = MASK16(LOAD16U(s) == k) | MASK16(LOAD16U(s + 16) == k) << 16 |
				(uint64_t)(MASK16(LOAD16U(s + 32) == k) |
					MASK16(LOAD16U(s + 48) == k) << 16) << 32;
			return SHORT_FOUND(m0);
		}
	} else if (!n) {
		return 0;
	}
	if (__builtin_expect(PAGE_SAFE(s, 16), 1)) {
		if ((m = MASK16(LOAD16U(s) == k)))
			return FOUND(__builtin_ctz(m));
		if (n <= 16)
			return 0;
	} else {
		if ((m = MASK16(LOAD16(a) == k) >> (s - a)))
			return FOUND(__builtin_ctz(m));
		if (n <= (size_t)(a + 16 - s))
			return 0;
	}
	a += 16;
	left = n - (size_t)(a - s);
	if (left > 64) {
		if ((m = MASK16(LOAD16(a) == k)))
			return (void *)(a + __builtin_ctz(m));
		if ((m = MASK16(LOAD16(a + 16) == k)))
			return (void *)(a + 16 + __builtin_ctz(m));
		if ((m = MASK16(LOAD16(a + 32) == k)))
			return (void *)(a + 32 + __builtin_ctz(m));
		if ((m = MASK16(LOAD16(a + 48) == k)))
			return (void *)(a + 48 + __builtin_ctz(m));
		b = (const unsigned char *)((uintptr_t)(a + 64) & ~(uintptr_t)63);
		left -= (size_t)(b - a);
		a = b;
	}
	if (left > 64) {
		turns = (left - 1) / 64;
		left -= turns * 64;
		do {
			b0 = LOAD16(a), b1 = LOAD16(a + 16), b2 = LOAD16(a + 32), b3 = LOAD16(a + 48);
			if (MASK16((b0 == k) | (b1 == k) | (b2 == k) | (b3 == k)))
				return (void *)(a + __builtin_ctzll(MASK16(b0 == k) | MASK16(b1 == k) << 16 |
					(uint64_t)(MASK16(b2 == k) | MASK16(b3 == k) << 16) << 32));
			a += 64;
		} while (--turns);
	}
	if (!(m = MASK16(LOAD16(a) == k)) && left > 16) {
		a += 16, left -= 16;
		if (!(m = MASK16(LOAD16(a) == k)) && left > 16) {
			a += 16, left -= 16;
			if (!(m = MASK16(LOAD16(a) == k)) && left > 16) {
				a += 16, left -= 16;
				m = MASK16(LOAD16(a) == k);
			}
		}
	}
	m = __builtin_ctz(m | 1u << 16);
	return m < left ? (void *)(a + m) : 0;
}

/* n == 0 is tested in the bodies: a test before the dispatch made AVX2 calls about 2 ns
 * slower (4 KiB: 1.10x glibc's time against 1.05x) */
void *memchr(const void *s, int c, size_t n)
{
	/* expected: the AVX2 body is then one jump away, not a branch and a jump */
	if (__builtin_expect(__x86_avx2, 1))
		return memchr_avx2(s, c, n);
	return memchr_sse2(s, c, n);
}
