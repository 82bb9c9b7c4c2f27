/* strchrnul: SSE2, or AVX2 when the CPU has it; aligned groups as in strlen.c. */
#include <string.h>
#include "cpu_x86.h"

#define HIT(b) (((b) == k) | ((b) == z))
/* zero exactly where b is c or NUL */
#define Z16(b) MIN16((b) ^ k, b)
#define Z32(b) MIN32((b) ^ k, b)

AVX2 static char *strchrnul_avx2(const char *s, int c)
{
	const v32 z = { 0 }, k = (v32){ 0 } + (unsigned char)c;
	const char *a = (const char *)((uintptr_t)s & ~(uintptr_t)127);
	unsigned off = s - a;
	uint64_t m0, m1;
	v32 b0, b1, b2, b3;

	if (PAGE_SAFE(s, 32)) {
		v32 b = LOAD32U(s);
		unsigned m = MASK32(HIT(b));
		if (m)
			return (char *)s + __builtin_ctz(m);
	}
	b0 = LOAD32(a), b1 = LOAD32(a + 32), b2 = LOAD32(a + 64), b3 = LOAD32(a + 96);
	for (;;) {
		m0 = MASK32(HIT(b0)) | (uint64_t)MASK32(HIT(b1)) << 32;
		m1 = MASK32(HIT(b2)) | (uint64_t)MASK32(HIT(b3)) << 32;
		if (off) {
			if (off < 64)
				m0 = m0 >> off << off;
			else
				m0 = 0, m1 = m1 >> (off - 64) << (off - 64);
			off = 0;
		}
		if (m0)
			return (char *)a + __builtin_ctzll(m0);
		if (m1)
			return (char *)a + 64 + __builtin_ctzll(m1);
		do {
			a += 128;
			b0 = LOAD32(a), b1 = LOAD32(a + 32), b2 = LOAD32(a + 64), b3 = LOAD32(a + 96);
		} while (!MASK32(MIN32(MIN32(Z32(b0), Z32(b1)), MIN32(Z32(b2), Z32(b3))) == z));
	}
}

char *strchrnul(const char *s, int c)
{
	const v16 z = { 0 }, k = (v16){ 0 } + (unsigned char)c;
	const char *a;
	unsigned off;
	uint64_t m;

	if (__x86_avx2)
		return strchrnul_avx2(s, c);
	if (PAGE_SAFE(s, 16)) {
		v16 b = LOAD16U(s);
		unsigned m16 = MASK16(HIT(b));
		if (m16)
			return (char *)s + __builtin_ctz(m16);
	}
	a = (const char *)((uintptr_t)s & ~(uintptr_t)63);
	off = s - a;
	for (;;) {
		v16 b0 = LOAD16(a), b1 = LOAD16(a + 16), b2 = LOAD16(a + 32), b3 = LOAD16(a + 48);
		if (MASK16(MIN16(MIN16(Z16(b0), Z16(b1)), MIN16(Z16(b2), Z16(b3))) == z)) {
			m = MASK16(HIT(b0)) | MASK16(HIT(b1)) << 16 |
				(uint64_t)(MASK16(HIT(b2)) | MASK16(HIT(b3)) << 16) << 32;
			m = m >> off << off;
			if (m)
				return (char *)a + __builtin_ctzll(m);
		}
		off = 0;
		a += 64;
	}
}
