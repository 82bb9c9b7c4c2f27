/* strlen: SSE2, or AVX2 when the CPU has it. The first look is an unaligned load at s
 * when it stays in s's page; after that every load is aligned, and a group of loads
 * never spans more than one aligned 64 (SSE2) or 128 (AVX2) byte block, so nothing is
 * read from a page the string does not reach. */
#include <string.h>
#include "cpu_x86.h"

AVX2 static size_t strlen_avx2(const char *s)
{
	const v32 z = { 0 };
	const char *a = (const char *)((uintptr_t)s & ~(uintptr_t)127);
	unsigned off = s - a;
	uint64_t m0, m1;
	v32 b0, b1, b2, b3;

	if (PAGE_SAFE(s, 32)) {
		unsigned m = MASK32(LOAD32U(s) == z);
		if (m)
			return __builtin_ctz(m);
	}
	b0 = LOAD32(a), b1 = LOAD32(a + 32), b2 = LOAD32(a + 64), b3 = LOAD32(a + 96);
	for (;;) {
		m0 = MASK32(b0 == z) | (uint64_t)MASK32(b1 == z) << 32;
		m1 = MASK32(b2 == z) | (uint64_t)MASK32(b3 == z) << 32;
		if (off) {	/* first block: drop the bytes before s */
			if (off < 64)
				m0 = m0 >> off << off;
			else
				m0 = 0, m1 = m1 >> (off - 64) << (off - 64);
			off = 0;
		}
		if (m0)
			return a - s + __builtin_ctzll(m0);
		if (m1)
			return a - s + 64 + __builtin_ctzll(m1);
		do {
			a += 128;
			b0 = LOAD32(a), b1 = LOAD32(a + 32), b2 = LOAD32(a + 64), b3 = LOAD32(a + 96);
		} while (!MASK32(MIN32(MIN32(b0, b1), MIN32(b2, b3)) == z));
	}
}

size_t strlen(const char *s)
{
	const v16 z = { 0 };
	const char *a;
	unsigned off;
	uint64_t m;

	if (__x86_avx2)
		return strlen_avx2(s);
	if (PAGE_SAFE(s, 16)) {
		unsigned m16 = MASK16(LOAD16U(s) == z);
		if (m16)
			return __builtin_ctz(m16);
	}
	a = (const char *)((uintptr_t)s & ~(uintptr_t)63);
	off = s - a;
	for (;;) {
		v16 b0 = LOAD16(a), b1 = LOAD16(a + 16), b2 = LOAD16(a + 32), b3 = LOAD16(a + 48);
		if (MASK16(MIN16(MIN16(b0, b1), MIN16(b2, b3)) == z)) {
			m = MASK16(b0 == z) | MASK16(b1 == z) << 16 |
				(uint64_t)(MASK16(b2 == z) | MASK16(b3 == z) << 16) << 32;
			m = m >> off << off;
			if (m)
				return a - s + __builtin_ctzll(m);
		}
		off = 0;
		a += 64;
	}
}
