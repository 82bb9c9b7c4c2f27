/* memcmp: 16 (SSE2) or 32 (AVX2) bytes a step with unaligned loads, never past n;
 * short lengths compare big-endian words. */
#include <string.h>
#include "cpu_x86.h"

static int diff_at(const unsigned char *l, const unsigned char *r, unsigned i)
{
	return l[i] - r[i];
}

AVX2 static int memcmp_avx2(const unsigned char *l, const unsigned char *r, size_t n)
{
	size_t i;
	unsigned m;

	/* One unaligned step, then l's loads are aligned: only r's may straddle lines. */
	if ((m = ~MASK32(LOAD32U(l) == LOAD32U(r))))
		return diff_at(l, r, __builtin_ctz(m));
	i = 32 - ((uintptr_t)l & 31);
	for (; i + 128 <= n; i += 128) {
		v32 a0 = LOAD32(l + i), a1 = LOAD32(l + i + 32), a2 = LOAD32(l + i + 64), a3 = LOAD32(l + i + 96);
		v32 b0 = LOAD32U(r + i), b1 = LOAD32U(r + i + 32), b2 = LOAD32U(r + i + 64), b3 = LOAD32U(r + i + 96);
		if (MASK32((a0 == b0) & (a1 == b1) & (a2 == b2) & (a3 == b3)) != 0xffffffffu)
			break;
	}
	for (; i + 32 <= n; i += 32)
		if ((m = ~MASK32(LOAD32U(l + i) == LOAD32U(r + i))))
			return diff_at(l + i, r + i, __builtin_ctz(m));
	if (i < n) {	/* last, overlapping step (n >= 32 here) */
		i = n - 32;
		if ((m = ~MASK32(LOAD32U(l + i) == LOAD32U(r + i))))
			return diff_at(l + i, r + i, __builtin_ctz(m));
	}
	return 0;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *l = a, *r = b;
	size_t i;
	unsigned m;

	if (n < 16) {
		uint64_t x, y;
		if (n >= 8) {
			x = __builtin_bswap64(*(const u64u *)l), y = __builtin_bswap64(*(const u64u *)r);
			if (x != y)
				return x < y ? -1 : 1;
			x = __builtin_bswap64(*(const u64u *)(l + n - 8));
			y = __builtin_bswap64(*(const u64u *)(r + n - 8));
		} else if (n >= 4) {
			x = (uint64_t)__builtin_bswap32(*(const u32u *)l) << 32 | __builtin_bswap32(*(const u32u *)(l + n - 4));
			y = (uint64_t)__builtin_bswap32(*(const u32u *)r) << 32 | __builtin_bswap32(*(const u32u *)(r + n - 4));
		} else {
			for (i = 0; i < n; i++)
				if (l[i] != r[i])
					return l[i] - r[i];
			return 0;
		}
		return x == y ? 0 : x < y ? -1 : 1;
	}
	if ((m = ~MASK16(LOAD16U(l) == LOAD16U(r)) & 0xffff))
		return diff_at(l, r, __builtin_ctz(m));
	if (n >= 64 && __builtin_expect(__x86_avx2, 1))
		return memcmp_avx2(l, r, n);
	for (i = 16; i + 64 <= n; i += 64) {
		v16 a0 = LOAD16U(l + i), a1 = LOAD16U(l + i + 16), a2 = LOAD16U(l + i + 32), a3 = LOAD16U(l + i + 48);
		v16 b0 = LOAD16U(r + i), b1 = LOAD16U(r + i + 16), b2 = LOAD16U(r + i + 32), b3 = LOAD16U(r + i + 48);
		if (MASK16((a0 == b0) & (a1 == b1) & (a2 == b2) & (a3 == b3)) != 0xffff)
			break;
	}
	for (; i + 16 <= n; i += 16)
		if ((m = ~MASK16(LOAD16U(l + i) == LOAD16U(r + i)) & 0xffff))
			return diff_at(l + i, r + i, __builtin_ctz(m));
	if (i < n) {
		i = n - 16;
		if ((m = ~MASK16(LOAD16U(l + i) == LOAD16U(r + i)) & 0xffff))
			return diff_at(l + i, r + i, __builtin_ctz(m));
	}
	return 0;
}
