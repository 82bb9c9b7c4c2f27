/* pow without the x87: x^y = e^(y log x), with log x as hi + lo (__log_fast, table
 * driven, to about 2^-70)
 * and the product y log x kept as hi + lo, so the rounding of the product does not
 * reach the result (an error d in the exponent is a relative error d in x^y, and
 * y log x runs up to 745). The common case (x positive and normal, |y| < 2^66) goes
 * first, then C11 Annex F's special cases. Measured against the host's powl
 * (bench/libc/mathulp.c: 4e6 pairs, x anywhere, in (0, 4) and within 2^-20 of 1, y
 * keeping x^y in range): 0.510 ulp. */
#include <math.h>
#include <errno.h>
#include "libm.h"

static int is_int(double y) { return trunc(y) == y; }
static int is_odd(double y) { return is_int(y) && fabs(y) < 0x1p53 && ((long long)y & 1); }

static double overflow(double r)
{
	if (isinf(r) || r == 0) errno = ERANGE;
	return r;
}

/* s x^y for x positive, finite, not 0; |y| <= 2^66 */
static double pow_pos(double x, double y, double s)
{
	double ph, pl;
	struct __dd lg = __log_fast(x);
	double lh = lg.hi, ll = lg.lo;
	/* y log x = ph + pl: y and lh cut into 26-bit halves, yh lh1 exact, the rest
	 * below 2^-25 of it (__exp_dd takes pl that large) */
	double yh = __dfrom(__dbits(y) & -(1ULL << 27)), l1 = __dfrom(__dbits(lh) & -(1ULL << 27));
	ph = yh * l1;
	pl = (y - yh) * lh + yh * (lh - l1) + y * ll;
	if (ph > 710) return overflow(s * HUGE_VAL);
	if (ph < -746) return overflow(s * 0);
	return overflow(s * __exp_dd(ph, pl));
}

double pow(double x, double y)
{
	/* x positive, normal and finite, |y| < 2^66 (y = 0 and x = 1 give e^0 = 1): the
	 * common case, before the special ones */
	if (__dbits(x) - 0x0010000000000000ULL < 0x7fe0000000000000ULL
		&& (__dbits(y) & ~(1ULL << 63)) < 0x4410000000000000ULL)
		return pow_pos(x, y, 1);
	/* C's special cases (Annex F), in the order they take precedence. */
	if (x == 1 || y == 0) return 1;
	if (isnan(x) || isnan(y)) return x + y;
	if (x == 0) {
		if (y < 0) {
			errno = ERANGE;
			return is_odd(y) ? copysign(HUGE_VAL, x) : HUGE_VAL;
		}
		return is_odd(y) ? x : 0;
	}
	if (isinf(y)) {
		if (x == -1) return 1;
		return (fabs(x) < 1) == (y < 0) ? HUGE_VAL : 0;
	}
	if (isinf(x)) {
		if (x > 0) return y < 0 ? 0 : HUGE_VAL;
		if (y < 0) return is_odd(y) ? -0.0 : 0;
		return is_odd(y) ? -HUGE_VAL : HUGE_VAL;
	}
	double s = 1;
	if (x < 0) {
		if (!is_int(y)) {
			errno = EDOM;
			return NAN;
		}
		if (is_odd(y)) s = -1;
		x = -x;
	}
	/* |log x| >= 2^-53 for x != 1, so |y| > 2^66 is always out of range. */
	if (fabs(y) > 0x1p66) return overflow((x > 1) == (y > 0) ? s * HUGE_VAL : s * 0);
	return pow_pos(x, y, s);
}

/* Newton's iteration for y^3 = m, then one step with the residual m - y^3
 * computed exactly. */
double cbrt(double x)
{
	if (x == 0 || isnan(x) || isinf(x)) return x;
	int e, r;
	double m = frexp(fabs(x), &e), y, a, b, c, d;
	r = ((e % 3) + 3) % 3;
	m = ldexp(m, r);	/* m in [0.5, 4), e - r a multiple of 3 */
	e -= r;
	y = 0.7 + 0.23 * m;
	for (int i = 0; i < 4; i++) y = (2 * y + m / (y * y)) / 3;
	__two_prod(y, y, &a, &b);
	__two_prod(a, y, &c, &d);
	d += b * y;
	y += ((m - c) - d) / (3 * y * y);
	y = ldexp(y, e / 3);
	return x < 0 ? -y : y;
}
