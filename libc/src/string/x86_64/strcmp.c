/* strcmp: 16 (SSE2) or 128 (AVX2) bytes a step with unaligned loads, as many steps as
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
	v16 x_ = reg16(LOAD16U(l)), y_ = LOAD16U(r); \
	unsigned m_ = MASK16(((v16)(x_ == y_) & x_) == z16); \
	if (m_) { \
		m_ = __builtin_ctz(m_); \
		return (l)[m_] - (r)[m_]; \
	} \
} while (0)

/* One 32-byte step at l and r (their k bytes left in the page are >= 32) */
#define STEP32(l, r) do { \
	v32 x_ = reg32(LOAD32U(l)), y_ = LOAD32U(r); \
	unsigned m_ = MASK32(((v32)(x_ == y_) & x_) == z); \
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
	const unsigned char *l0 = l;
	size_t k;

	if ((k = ROOM(l, r)) >= 32) {	/* strings up to 32 bytes: one step */
		STEP32(l, r);
		/* on from l's next 32-byte boundary: then only r's loads straddle lines */
		k = 32 - ((uintptr_t)l & 31);
		l += k, r += k;
		/* two single steps before the loops: strings of up to 64 bytes end in them */
		if (ROOM(l, r) >= 64) {
			STEP32(l, r);
			STEP32(l + 32, r + 32);
			l += 64, r += 64;
		}
	}
	for (;;) {
		k = ROOM(l, r);
		for (size_t n = k / 128; n; n--, l += 128, r += 128) {
			v32 a0 = reg32(LOAD32U(l)), a1 = reg32(LOAD32U(l + 32));
			v32 a2 = reg32(LOAD32U(l + 64)), a3 = reg32(LOAD32U(l + 96));
			v32 t0 = (v32)(a0 == LOAD32U(r)) & a0, t1 = (v32)(a1 == LOAD32U(r + 32)) & a1;
			v32 t2 = (v32)(a2 == LOAD32U(r + 64)) & a2, t3 = (v32)(a3 == LOAD32U(r + 96)) & a3;
			if (MASK32(MIN32(MIN32(t0, t1), MIN32(t2, t3)) == z)) {
				uint64_t m = MASK32(t0 == z) | (uint64_t)MASK32(t1 == z) << 32;
				unsigned i = m ? __builtin_ctzll(m) :
					64 + __builtin_ctzll(MASK32(t2 == z) | (uint64_t)MASK32(t3 == z) << 32);
				return l[i] - r[i];
			}
		}
		for (size_t n = k % 128 / 64; n; n--, l += 64, r += 64) {
			v32 a0 = reg32(LOAD32U(l)), a1 = reg32(LOAD32U(l + 32)), b0 = LOAD32U(r), b1 = LOAD32U(r + 32);
			v32 t0 = (v32)(a0 == b0) & a0, t1 = (v32)(a1 == b1) & a1;
			if (MASK32(MIN32(t0, t1) == z)) {
				uint64_t m = MASK32(t0 == z) | (uint64_t)MASK32(t1 == z) << 32;
				unsigned i = __builtin_ctzll(m);
				return l[i] - r[i];
			}
		}
		k %= 64;
		if (k && (size_t)(l - l0) + k >= 32) {
			/* up to a page end: a step, and one ending there, which looks again
			 * at bytes already known equal (and in the strings) */
			if (k >= 32)
				STEP32(l, r);
			l += k - 32, r += k - 32;
			STEP32(l, r);
			l += 32, r += 32;
			continue;
		}
		for (; k >= 16; k -= 16, l += 16, r += 16)
			STEP16(l, r);
		BYTES(l, r, k);
	}
}

int strcmp(const char *a, const char *b)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	const v16 z16 = { 0 };
	size_t k;

	/* expected: the AVX2 body is then one jump away, not a branch and a jump */
	if (__builtin_expect(__x86_avx2, 1))
		return strcmp_avx2(l, r);
	for (;;) {
		k = ROOM(l, r);
		for (; k >= 16; k -= 16, l += 16, r += 16)
			STEP16(l, r);
		BYTES(l, r, k);
	}
}
