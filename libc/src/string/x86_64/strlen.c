/* strlen: SSE2, or AVX2 when the CPU has it. The first look is an unaligned vector at s
 * (or, near the end of a page, the aligned vector holding s); short strings end in
 * that one or in the next few aligned vectors, each tested on its own; longer ones
 * run a loop over aligned groups of four. An aligned load never crosses a page, so
 * nothing is read from a page the string does not reach. */
#include <string.h>
#include "cpu_x86.h"

AVX2 static size_t strlen_avx2(const char *s)
{
	const v32 z = { 0 };
	const char *a = (const char *)((uintptr_t)s & ~(uintptr_t)31);
	unsigned m;
	uint64_t m0;
	v32 b0, b1, b2, b3;

	m = PAGE_SAFE(s, 32) ? MASK32(LOAD32U(s) == z) : MASK32(LOAD32(a) == z) >> (s - a);
	if (m)
		return __builtin_ctz(m);
	/* [s, a + 32) has no NUL */
	if ((m = MASK32(LOAD32(a + 32) == z)))
		return a + 32 - s + __builtin_ctz(m);
	if ((m = MASK32(LOAD32(a + 64) == z)))
		return a + 64 - s + __builtin_ctz(m);
	if ((m = MASK32(LOAD32(a + 96) == z)))
		return a + 96 - s + __builtin_ctz(m);
	/* blocks of 128 from the last boundary at or below a + 128 */
	a = (const char *)((uintptr_t)(a + 128) & ~(uintptr_t)127);
	for (;; a += 128) {
		b0 = LOAD32(a), b1 = LOAD32(a + 32), b2 = LOAD32(a + 64), b3 = LOAD32(a + 96);
		if (MASK32(MIN32(MIN32(b0, b1), MIN32(b2, b3)) == z))
			break;
	}
	if ((m0 = MASK32(b0 == z) | (uint64_t)MASK32(b1 == z) << 32))
		return a - s + __builtin_ctzll(m0);
	m0 = MASK32(b2 == z) | (uint64_t)MASK32(b3 == z) << 32;
	return a + 64 - s + __builtin_ctzll(m0);
}

size_t strlen(const char *s)
{
	const v16 z = { 0 };
	const char *a;
	unsigned m;
	uint64_t m0;
	v16 b0, b1, b2, b3;

	/* expected: the AVX2 body is then one jump away, not a branch and a jump */
	if (__builtin_expect(__x86_avx2, 1))
		return strlen_avx2(s);
	a = (const char *)((uintptr_t)s & ~(uintptr_t)15);
	m = PAGE_SAFE(s, 16) ? MASK16(LOAD16U(s) == z) : MASK16(LOAD16(a) == z) >> (s - a);
	if (m)
		return __builtin_ctz(m);
	if ((m = MASK16(LOAD16(a + 16) == z)))
		return a + 16 - s + __builtin_ctz(m);
	if ((m = MASK16(LOAD16(a + 32) == z)))
		return a + 32 - s + __builtin_ctz(m);
	if ((m = MASK16(LOAD16(a + 48) == z)))
		return a + 48 - s + __builtin_ctz(m);
	a = (const char *)((uintptr_t)(a + 64) & ~(uintptr_t)63);
	for (;; a += 64) {
		b0 = LOAD16(a), b1 = LOAD16(a + 16), b2 = LOAD16(a + 32), b3 = LOAD16(a + 48);
		if (MASK16(MIN16(MIN16(b0, b1), MIN16(b2, b3)) == z))
			break;
	}
	m0 = MASK16(b0 == z) | MASK16(b1 == z) << 16 |
		(uint64_t)(MASK16(b2 == z) | MASK16(b3 == z) << 16) << 32;
	return a - s + __builtin_ctzll(m0);
}
