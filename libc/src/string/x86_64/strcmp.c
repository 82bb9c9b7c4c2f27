/* strcmp: 16 (SSE2) or 64 (AVX2) bytes a step with unaligned loads, as many steps as
 * fit before either string reaches the end of its page; the last few bytes before a
 * page end go 16 at a time and then byte by byte, so nothing is read from a page the
 * strings do not reach. A step looks for a byte that differs or is NUL:
 * (x == y) & x is zero exactly there. */
#include <string.h>
#include "cpu_x86.h"

/* bytes before the nearer page end (1..4096) */
#define ROOM(l, r) ({ size_t kl_ = 4096 - ((uintptr_t)(l) & 4095), kr_ = 4096 - ((uintptr_t)(r) & 4095); \
	kl_ < kr_ ? kl_ : kr_; })

#define STEP16(l, r) do { \
	v16 x_ = LOAD16U(l), y_ = LOAD16U(r); \
	unsigned m_ = MASK16(((v16)(x_ == y_) & x_) == z16); \
	if (m_) { \
		m_ = __builtin_ctz(m_); \
		return (l)[m_] - (r)[m_]; \
	} \
} while (0)

#define BYTES(l, r, k) do { \
	for (; k; k--, l++, r++) \
		if (*l != *r || !*l) \
			return *l - *r; \
} while (0)

AVX2 static int strcmp_avx2(const unsigned char *l, const unsigned char *r)
{
	const v32 z = { 0 };
	const v16 z16 = { 0 };
	size_t k;

	if ((k = ROOM(l, r)) >= 32) {	/* strings up to 32 bytes: one step */
		v32 a = LOAD32U(l), b = LOAD32U(r);
		unsigned m = MASK32(((v32)(a == b) & a) == z);
		if (m) {
			m = __builtin_ctz(m);
			return l[m] - r[m];
		}
		l += 32, r += 32;
	}
	for (;;) {
		k = ROOM(l, r);
		for (size_t n = k / 64; n; n--, l += 64, r += 64) {
			v32 a0 = LOAD32U(l), a1 = LOAD32U(l + 32), b0 = LOAD32U(r), b1 = LOAD32U(r + 32);
			v32 t0 = (v32)(a0 == b0) & a0, t1 = (v32)(a1 == b1) & a1;
			if (MASK32(MIN32(t0, t1) == z)) {
				uint64_t m = MASK32(t0 == z) | (uint64_t)MASK32(t1 == z) << 32;
				unsigned i = __builtin_ctzll(m);
				return l[i] - r[i];
			}
		}
		for (k %= 64; k >= 16; k -= 16, l += 16, r += 16)
			STEP16(l, r);
		BYTES(l, r, k);
	}
}

int strcmp(const char *a, const char *b)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	const v16 z16 = { 0 };
	size_t k;

	if (__x86_avx2)
		return strcmp_avx2(l, r);
	for (;;) {
		k = ROOM(l, r);
		for (; k >= 16; k -= 16, l += 16, r += 16)
			STEP16(l, r);
		BYTES(l, r, k);
	}
}
