/* memchr: SSE2, or AVX2 when the CPU has it. Loads are aligned (after a first unaligned
 * look that stays in the page), and a group never spans more than one aligned 64/128
 * byte block, so nothing is read from a page the buffer does not reach. */
#include <string.h>
#include "cpu_x86.h"

AVX2 static void *memchr_avx2(const unsigned char *s, int c, size_t n)
{
	const v32 k = (v32){ 0 } + (unsigned char)c;
	const unsigned char *a = (const unsigned char *)((uintptr_t)s & ~(uintptr_t)127);
	size_t off = s - a, pos;
	uint64_t m0, m1;
	v32 b0, b1, b2, b3;

	b0 = LOAD32(a), b1 = LOAD32(a + 32), b2 = LOAD32(a + 64), b3 = LOAD32(a + 96);
	for (;;) {
		m0 = MASK32(b0 == k) | (uint64_t)MASK32(b1 == k) << 32;
		m1 = MASK32(b2 == k) | (uint64_t)MASK32(b3 == k) << 32;
		if (off) {
			if (off < 64)
				m0 = m0 >> off << off;
			else
				m0 = 0, m1 = m1 >> (off - 64) << (off - 64);
			off = 0;
		}
		if (m0 | m1) {
			pos = a - s + (m0 ? __builtin_ctzll(m0) : 64 + __builtin_ctzll(m1));
			return pos < n ? (void *)(s + pos) : 0;
		}
		do {
			a += 128;
			if ((size_t)(a - s) >= n)
				return 0;
			b0 = LOAD32(a), b1 = LOAD32(a + 32), b2 = LOAD32(a + 64), b3 = LOAD32(a + 96);
		} while (!MASK32((b0 == k) | (b1 == k) | (b2 == k) | (b3 == k)));
	}
}

void *memchr(const void *src, int c, size_t n)
{
	const unsigned char *s = src, *a;
	const v16 k = (v16){ 0 } + (unsigned char)c;
	size_t off, pos;
	uint64_t m;

	if (!n)
		return 0;
	if (PAGE_SAFE(s, 16)) {
		unsigned m16 = MASK16(LOAD16U(s) == k);
		if (m16) {
			pos = __builtin_ctz(m16);
			return pos < n ? (void *)(s + pos) : 0;
		}
		if (n <= 16)
			return 0;
	}
	if (__x86_avx2)
		return memchr_avx2(s, c, n);
	a = (const unsigned char *)((uintptr_t)s & ~(uintptr_t)63);
	off = s - a;
	for (;;) {
		v16 b0 = LOAD16(a), b1 = LOAD16(a + 16), b2 = LOAD16(a + 32), b3 = LOAD16(a + 48);
		if (MASK16((b0 == k) | (b1 == k) | (b2 == k) | (b3 == k))) {
			m = MASK16(b0 == k) | MASK16(b1 == k) << 16 |
				(uint64_t)(MASK16(b2 == k) | MASK16(b3 == k) << 16) << 32;
			m = m >> off << off;
			if (m) {
				pos = a - s + __builtin_ctzll(m);
				return pos < n ? (void *)(s + pos) : 0;
			}
		}
		off = 0;
		a += 64;
		if ((size_t)(a - s) >= n)
			return 0;
	}
}
