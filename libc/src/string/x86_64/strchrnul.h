/* strchrnul.h: strchrnul's bodies (SSE2, and AVX2 for CPUs that have it), inlined into
 * both strchrnul.c and strchr.c so that strchr is one call. Laid out as strlen.c:
 * a first unaligned vector, single aligned vectors, then aligned groups of four. */
#include <string.h>
#include "cpu_x86.h"

/* zero exactly where b is c or NUL */
#define Z16(b) MIN16((b) ^ k, b)
#define Z32(b) MIN32((b) ^ k, b)

/* Z of the aligned vector at p (reg: Z uses it twice) */
#define ZA32(p) Z32(reg32(LOAD32(p)))
#define ZA16(p) Z16(reg16(LOAD16(p)))

AVX2 static inline char *strchrnul_avx2(const char *s, int c)
{
	const v32 z = { 0 }, k = (v32){ 0 } + (unsigned char)c;
	const char *a = (const char *)((uintptr_t)s & ~(uintptr_t)31);
	unsigned m;
	uint64_t m0;
	v32 b0, b1, b2, b3;

	if (PAGE_SAFE(s, 32))
		m = MASK32(Z32(reg32(LOAD32U(s))) == z);
	else
		m = MASK32(ZA32(a) == z) >> (s - a);
	if (m)
		return (char *)s + __builtin_ctz(m);
	if ((m = MASK32(ZA32(a + 32) == z)))
		return (char *)a + 32 + __builtin_ctz(m);
	if ((m = MASK32(ZA32(a + 64) == z)))
		return (char *)a + 64 + __builtin_ctz(m);
	if ((m = MASK32(ZA32(a + 96) == z)))
		return (char *)a + 96 + __builtin_ctz(m);
	a = (const char *)((uintptr_t)(a + 128) & ~(uintptr_t)127);
	for (;; a += 128) {
		b0 = ZA32(a), b1 = ZA32(a + 32), b2 = ZA32(a + 64), b3 = ZA32(a + 96);
		if (MASK32(MIN32(MIN32(b0, b1), MIN32(b2, b3)) == z))
			break;
	}
	if ((m0 = MASK32(b0 == z) | (uint64_t)MASK32(b1 == z) << 32))
		return (char *)a + __builtin_ctzll(m0);
	m0 = MASK32(b2 == z) | (uint64_t)MASK32(b3 == z) << 32;
	return (char *)a + 64 + __builtin_ctzll(m0);
}

static inline char *strchrnul_sse2(const char *s, int c)
{
	const v16 z = { 0 }, k = (v16){ 0 } + (unsigned char)c;
	const char *a;
	unsigned m;
	uint64_t m0;
	v16 b0, b1, b2, b3;

	a = (const char *)((uintptr_t)s & ~(uintptr_t)15);
	if (PAGE_SAFE(s, 16))
		m = MASK16(Z16(reg16(LOAD16U(s))) == z);
	else
		m = MASK16(ZA16(a) == z) >> (s - a);
	if (m)
		return (char *)s + __builtin_ctz(m);
	if ((m = MASK16(ZA16(a + 16) == z)))
		return (char *)a + 16 + __builtin_ctz(m);
	if ((m = MASK16(ZA16(a + 32) == z)))
		return (char *)a + 32 + __builtin_ctz(m);
	if ((m = MASK16(ZA16(a + 48) == z)))
		return (char *)a + 48 + __builtin_ctz(m);
	a = (const char *)((uintptr_t)(a + 64) & ~(uintptr_t)63);
	for (;; a += 64) {
		b0 = ZA16(a), b1 = ZA16(a + 16), b2 = ZA16(a + 32), b3 = ZA16(a + 48);
		if (MASK16(MIN16(MIN16(b0, b1), MIN16(b2, b3)) == z))
			break;
	}
	m0 = MASK16(b0 == z) | MASK16(b1 == z) << 16 |
		(uint64_t)(MASK16(b2 == z) | MASK16(b3 == z) << 16) << 32;
	return (char *)a + __builtin_ctzll(m0);
}
