/* fma and fmal: x*y + z rounded once (to nearest, ring3 has no other rounding
 * mode), for double and either long double format. The product of the significands is exact in 256 bits
 * (at most 2*113); both terms are put with their top bit at bit 253, the smaller is
 * shifted down with the bits it loses folded into bit 0 (a sticky bit: the larger
 * term's low bits are zero, so no rounding boundary can fall between the true and
 * the folded value), added, and the sum is rounded to the format, denormals too. */
#include <math.h>
#include <errno.h>
#include "../internal/ldbits.h"
#include "libm.h"

typedef unsigned __int128 u128;
typedef struct { u128 hi, lo; } u256;

static int bitlen(u256 v)
{
	if (v.hi >> 64) return 256 - __builtin_clzll((uint64_t)(v.hi >> 64));
	if (v.hi) return 192 - __builtin_clzll((uint64_t)v.hi);
	if (v.lo >> 64) return 128 - __builtin_clzll((uint64_t)(v.lo >> 64));
	return v.lo ? 64 - __builtin_clzll((uint64_t)v.lo) : 0;
}

/* 0 <= n < 256 */
static u256 shl(u256 v, int n)
{
	if (n >= 128) return (u256){ v.lo << (n - 128), 0 };
	if (n) return (u256){ v.hi << n | v.lo >> (128 - n), v.lo << n };
	return v;
}

static u256 shr(u256 v, int n)
{
	if (n >= 256) return (u256){ 0, 0 };
	if (n >= 128) return (u256){ 0, v.hi >> (n - 128) };
	if (n) return (u256){ v.hi >> n, v.lo >> n | v.hi << (128 - n) };
	return v;
}

/* are any of the bits below bit n set */
static int lownz(u256 v, int n)
{
	if (n >= 256) return v.hi || v.lo;
	if (n > 128) return v.lo || v.hi << (256 - n);
	if (n == 128) return v.lo != 0;
	return n && v.lo << (128 - n);
}

/* |x| = m * 2^e, m normalized to [2^LD_FRAC, 2^(LD_FRAC+1)) */
static int unpkl(long double x, u128 *m, int *sign)
{
	int se;
	ldm_t u = __ld_split(x, &se);
	int e = se & 0x7fff;
	*sign = se >> 15 & 1;
	if (!e)
		for (e = 1; !(u >> LD_FRAC); e--) u <<= 1;
	*m = u;
	return e - 16383 - LD_FRAC;
}

/* the same for a double: m in [2^52, 2^53) */
static int unpkd(double x, u128 *m, int *sign)
{
	uint64_t u = __dbits(x), f = u & ((1ULL << 52) - 1);
	int e = u >> 52 & 0x7ff;
	*sign = u >> 63;
	if (e) f |= 1ULL << 52;
	else
		for (e = 1; !(f >> 52); e--) f <<= 1;
	*m = f;
	return e - 1023 - 52;
}

/* (-1)^sp mx*my 2^ep + (-1)^sz mz 2^ez, all nonzero, rounded to frac+1 bits for a
 * format with that exponent bias: the significand (the integer bit at frac, clear
 * for a denormal), *be the biased exponent (>= emax: overflow), *sign. */
static u128 fma_core(u128 mx, u128 my, int ep, int sp, u128 mz, int ez, int sz,
	int frac, int bias, int *be, int *sign)
{
	/* the product: (a1 2^64 + a0)(b1 2^64 + b0), the middle terms below 2^115 */
	u128 a0 = (uint64_t)mx, a1 = mx >> 64, b0 = (uint64_t)my, b1 = my >> 64;
	u128 mid = a0 * b1 + a1 * b0, lo = a0 * b0 + (mid << 64);
	u256 p = { a1 * b1 + (mid >> 64) + (lo < (mid << 64)), lo }, q = { 0, mz };
	int eq = ez, n;
	n = 254 - bitlen(p);
	p = shl(p, n);
	ep -= n;
	n = 254 - bitlen(q);
	q = shl(q, n);
	eq -= n;
	if (eq > ep || (eq == ep && (q.hi > p.hi || (q.hi == p.hi && q.lo > p.lo)))) {
		u256 t = p;
		p = q;
		q = t;
		n = ep;
		ep = eq;
		eq = n;
		n = sp;
		sp = sz;
		sz = n;
	}
	n = ep - eq;
	int st = lownz(q, n);
	q = shr(q, n);
	q.lo |= st;
	u256 r;
	if (sp == sz) {
		r.lo = p.lo + q.lo;
		r.hi = p.hi + q.hi + (r.lo < p.lo);
	} else {
		r.lo = p.lo - q.lo;
		r.hi = p.hi - q.hi - (p.lo < q.lo);
	}
	*sign = sp;
	*be = 0;
	if (!r.hi && !r.lo) {	/* exact cancellation: +0 */
		*sign = 0;
		return 0;
	}
	/* round the top frac+1 bits, fewer in the denormal range */
	int t = bitlen(r) - 1, sh = t - frac;
	*be = t + ep + bias;
	if (*be < 1) {
		sh += 1 - *be;
		*be = 0;
	}
	if (sh <= 0) return shl(r, -sh).lo;
	u128 m = shr(r, sh).lo;
	int half = sh <= 256 && (sh - 1 >= 128 ? r.hi >> (sh - 129) & 1 : r.lo >> (sh - 1) & 1);
	if (half && (lownz(r, sh - 1) || (m & 1))) m++;
	if (m >> (frac + 1)) {
		m >>= 1;
		++*be;
	}
	if (!*be && m >> frac) *be = 1;	/* rounded up to the smallest normal */
	return m;
}

long double fmal(long double x, long double y, long double z)
{
	/* inf, nan, a zero product or z = 0: one rounding of the usual operations; an
	 * inf or nan z with finite x and y is the result even where x*y would overflow */
	if (!isfinite(x) || !isfinite(y) || x == 0 || y == 0) return x * y + z;
	if (!isfinite(z)) return z + z;
	if (z == 0) return x * y;
	u128 mx, my, mz;
	int sx, sy, sz, be, sign;
	int ex = unpkl(x, &mx, &sx), ey = unpkl(y, &my, &sy), ez = unpkl(z, &mz, &sz);
	u128 m = fma_core(mx, my, ex + ey, sx ^ sy, mz, ez, sz, LD_FRAC, 16383, &be, &sign);
	if (be >= 0x7fff) {
		errno = ERANGE;
		return sign ? -HUGE_VALL : HUGE_VALL;
	}
	return __ld_join((ldm_t)m, sign << 15 | be);
}

/* Not through long double: its rounding and then double's would round twice. */
double fma(double x, double y, double z)
{
	if (!isfinite(x) || !isfinite(y) || x == 0 || y == 0) return x * y + z;
	if (!isfinite(z)) return z + z;
	if (z == 0) return x * y;
	u128 mx, my, mz;
	int sx, sy, sz, be, sign;
	int ex = unpkd(x, &mx, &sx), ey = unpkd(y, &my, &sy), ez = unpkd(z, &mz, &sz);
	u128 m = fma_core(mx, my, ex + ey, sx ^ sy, mz, ez, sz, 52, 1023, &be, &sign);
	if (be >= 0x7ff) {
		errno = ERANGE;
		return sign ? -HUGE_VAL : HUGE_VAL;
	}
	return __dfrom((uint64_t)sign << 63 | (uint64_t)be << 52 | ((uint64_t)m & ((1ULL << 52) - 1)));
}
