/* sqrt, hypot and the remainders without the x87, exactly: sqrt is an integer
 * square root of the significand (correctly rounded), fmod a long division of the
 * significands, one bit at a time. */
#include <math.h>
#include <errno.h>
#include <float.h>
#include "libm.h"

double sqrt(double x)
{
	if (isnan(x)) return x + x;
	if (x < 0) {
		errno = EDOM;
		return NAN;
	}
	if (x == 0 || isinf(x)) return x;
	uint64_t u = __dbits(x), m = u & ((1ULL << 52) - 1);
	int e = u >> 52;
	if (e) m |= 1ULL << 52;
	else
		for (e = 1; m < 1ULL << 52; e--) m <<= 1;	/* subnormal: normalize */
	e -= 1023;
	if (e & 1) {	/* make the exponent even: m in [2^52, 2^54) */
		m <<= 1;
		e--;
	}
	/* q = floor(sqrt(m * 2^54)): 54 bits, the last one the rounding bit. The
	 * remainder can not be zero with that bit set (q odd would make q^2 odd), so
	 * there are no ties and the bit alone decides. */
	unsigned __int128 n = (unsigned __int128)m << 54, q = 0, bit = (unsigned __int128)1 << 106;
	while (bit > n) bit >>= 2;
	for (; bit; bit >>= 2) {
		if (n >= q + bit) {
			n -= q + bit;
			q = (q >> 1) + bit;
		} else q >>= 1;
	}
	uint64_t r = (uint64_t)(q >> 1) + (uint64_t)(q & 1);
	/* r in [2^52, 2^53], and 2^53 just carries into the exponent */
	return __dfrom(((uint64_t)(e / 2 + 1022) << 52) + r);
}

/* Correctly rounded too: a double holds more than twice a float's digits. */
float sqrtf(float x) { return sqrt(x); }

double hypot(double x, double y)
{
	if (isinf(x) || isinf(y)) return HUGE_VAL;
	if (isnan(x) || isnan(y)) return x + y;
	double a = fabs(x), b = fabs(y), t, s = 1, ph, pl, qh, ql, h, hh, hl;
	if (a < b) {
		t = a;
		a = b;
		b = t;
	}
	if (b == 0 || a > b * 0x1p60) return a + b;
	/* scale so that the squares neither overflow nor lose bits to underflow */
	if (a > 0x1p500) {
		a *= 0x1p-600;
		b *= 0x1p-600;
		s = 0x1p600;
	} else if (b < 0x1p-500) {
		a *= 0x1p600;
		b *= 0x1p600;
		s = 0x1p-600;
	}
	__two_prod(a, a, &ph, &pl);
	__two_prod(b, b, &qh, &ql);
	__two_sum(ph, qh, &ph, &t);
	pl += ql + t;
	h = sqrt(ph);
	/* one Newton step with the exact residual a^2 + b^2 - h^2 */
	__two_prod(h, h, &hh, &hl);
	h += ((ph - hh) - hl + pl) / (2 * h);
	h *= s;
	if (isinf(h)) errno = ERANGE;
	return h;
}

/* |x| = m * 2^(e-52), m normalized to [2^52, 2^53) */
static int unpack(uint64_t u, uint64_t *m)
{
	int e = u >> 52 & 0x7ff;
	*m = u & ((1ULL << 52) - 1);
	if (e) *m |= 1ULL << 52;
	else
		for (e = 1; *m < 1ULL << 52; e--) *m <<= 1;
	return e;
}

double fmod(double x, double y)
{
	if (isnan(x) || isnan(y)) return x + y;
	if (isinf(x) || y == 0) {
		errno = EDOM;
		return NAN;
	}
	if (isinf(y) || x == 0 || fabs(x) < fabs(y)) return x;
	uint64_t ux = __dbits(x), mx, my, sign = ux & 1ULL << 63;
	int ex = unpack(ux, &mx), ey = unpack(__dbits(y), &my);
	/* x - n*y: the remainder r < 2*my at every step, so one subtraction is enough */
	uint64_t r = mx;
	for (; ex > ey; ex--) {
		if (r >= my) r -= my;
		r <<= 1;
	}
	if (r >= my) r -= my;
	if (r == 0) return __dfrom(sign);
	for (; r < 1ULL << 52; ey--) r <<= 1;
	/* the result is a multiple of the smallest subnormal: denormalizing is exact */
	if (ey < 1) {
		r >>= 1 - ey;
		ey = 0;
	}
	return __dfrom(sign | ((uint64_t)ey << 52) | (r & ((1ULL << 52) - 1)));
}

float fmodf(float x, float y) { return fmod(x, y); }

double remainder(double x, double y)
{
	if (isnan(x) || isnan(y)) return x + y;
	if (isinf(x) || y == 0) {
		errno = EDOM;
		return NAN;
	}
	double a = fabs(y), r = fabs(x);
	int odd = 0;
	if (isinf(y)) return x;
	/* r mod 2a keeps the parity of the quotient for the tie rule */
	if (a <= DBL_MAX / 2) r = fmod(r, 2 * a);
	if (r >= a) {
		r -= a;
		odd = 1;
	}
	if (2 * r > a || (2 * r == a && odd)) r -= a;
	if (r == 0) return copysign(0, x);
	return x < 0 ? -r : r;
}
