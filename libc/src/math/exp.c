/* exp and its family without the x87.
 * exp, exp2 and __exp_dd (for pow, exp10 and the others that need e^(hi + lo)) are
 * table driven: x = (n/128) ln2 + r with n = round(x 128/ln2), |r| <= ln2/256 (ln2/128
 * held in two parts, the first of 34 bits so n*EXP_LN2N_HI is exact), then
 * e^x = 2^(n>>7) * 2^(j/128) * e^r, j = n & 127, 2^(j/128) from a table as hi + lo
 * (gen/gen_double.py) and e^r - 1 by its Taylor series to r^5 (the first term left
 * out is below 2^-60). The last rounding is the only large one; a subnormal result
 * is rounded once (as 1 + y, whose ulp is the subnormal's). __exp_dd takes a lo up
 * to 2^-15 (pow's y log x comes as two products, not one rounded one).
 * Measured against the host's long double functions (bench/libc/mathulp.c, 4e6
 * random arguments per range: [-745, 709.7], [-1, 1], [-746, -708] and for exp2
 * [-1074, 1023]): exp 0.510 ulp, exp2 0.511 ulp.
 * expm1 and the hyperbolics: x = k*ln2 + r with |r| <= ln2/2 (ln2 in two parts, the
 * first short enough that k*LN2HI is exact), e^r by its Taylor series to r^13, the
 * reduced argument carried with its rounding error: within about 0.5 ulp. */
#include <math.h>
#include <errno.h>
#include "libm.h"
#include "exp_table.h"

#define LN2HI 0x1.62e42fefa3800p-1	/* ln2 to 42 bits */
#define LN2LO 0x1.ef35793c76730p-45	/* ln2 - LN2HI */
#define LN2 0x1.62e42fefa39efp-1
#define LN2_LO 0x1.abc9e3b39803fp-56
#define INVLN2 0x1.71547652b82fep+0

/* (e^r - 1 - r) / r^2 */
static double poly(double r)
{
	return 1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720
		+ r * (1.0 / 5040 + r * (1.0 / 40320 + r * (1.0 / 362880
		+ r * (1.0 / 3628800 + r * (1.0 / 39916800 + r * (1.0 / 479001600
		+ r * (1.0 / 6227020800)))))))))));
}

static double scale(double y, int k)
{
	if (k >= -1022 && k <= 1023) return y * __dfrom((uint64_t)(k + 1023) << 52);
	return scalbn(y, k);
}

/* Split hi + lo into k*ln2 + r + c; returns k. */
static int ln2_split(double hi, double lo, double *r, double *c)
{
	double kd = hi * INVLN2;
	int k = kd < 0 ? (int)(kd - 0.5) : (int)(kd + 0.5);
	double rh = hi - k * LN2HI;	/* exact: k*LN2HI is, and rh is near it */
	__two_sum(rh, lo - k * LN2LO, r, c);
	return k;
}

#define EXP_INVLN2N 0x1.71547652b82fep+7	/* 128/ln2 */
#define EXP_LN2N_HI 0x1.62e42fef80000p-8	/* ln2/128 = EXP_LN2N_HI + EXP_LN2N_LO */
#define EXP_LN2N_LO 0x1.1cf79abc9e3b4p-43
#define EXP_SHIFT 0x1.8p52	/* x + EXP_SHIFT - EXP_SHIFT is x rounded to an integer */

/* 2^(n/128) e^r, |r| <= about ln2/256, n/128 within [-1076, 1025] */
static inline __attribute__((__always_inline__)) double exp_n(int64_t n, double r)
{
	int j = (int)(n & 127);
	int q = (int)((n - j) / 128);
	double r2 = r * r;
	double p = r2 * ((0.5 + r * (1.0 / 6)) + r2 * (1.0 / 24 + r * (1.0 / 120)));
	double th = exp_tab[j][0], t = (th * r + exp_tab[j][1]) + th * p;	/* th r off the chain */
	if (q > -1022) {
		double y = th + t;
		/* y < 2: 2^q y overflows only when q = 1024 */
		if (q > 1023) return y * 0x1p1023 * 2;
		return y * __dfrom((uint64_t)(q + 1023) << 52);
	}
	/* 2^q y may be subnormal: scaled by 2^1022 it is below 1 and its rounding is
	 * that of 1 + it; both parts are scaled exactly (q >= -1077) */
	double sc = __dfrom((uint64_t)(q + 1022 + 1023) << 52), a = th * sc, b = t * sc;
	double s = a + b, e = (a - s) + b;
	if (s >= 1) return s * 0x1p-1022;
	double h = 1 + s, l = ((1 - h) + s) + e;
	return ((h + l) - 1) * 0x1p-1022;
}

__attribute__((__visibility__("hidden"))) double __exp_dd(double hi, double lo)
{
	double kd = hi * EXP_INVLN2N + EXP_SHIFT;
	int64_t n = (int64_t)(__dbits(kd) & ((1ULL << 52) - 1)) - (1LL << 51);
	kd -= EXP_SHIFT;
	double r = hi - kd * EXP_LN2N_HI;	/* exact: kd*EXP_LN2N_HI is, and r is near it */
	return exp_n(n, r + (lo - kd * EXP_LN2N_LO));
}

static double range(double y)
{
	if (isinf(y) || y == 0) errno = ERANGE;
	return y;
}

double exp(double x)
{
	/* |x| < 512: no overflow, no underflow, no special value */
	if ((__dbits(x) & ~(1ULL << 63)) < 0x4080000000000000ULL) return __exp_dd(x, 0);
	if (isnan(x)) return x + x;
	if (isinf(x)) return x > 0 ? x : 0;
	if (x > 710) return range(HUGE_VAL);
	if (x < -746) return range(0x1p-1000 * 0x1p-1000);
	return range(__exp_dd(x, 0));
}

/* 2^x, |x| < 1076: x = n/128 + r exactly (x is a multiple of 2^-7 above 2^45),
 * then r ln2 */
static double exp2_core(double x)
{
	double kd = x * 128 + EXP_SHIFT;
	int64_t n = (int64_t)(__dbits(kd) & ((1ULL << 52) - 1)) - (1LL << 51);
	double r = x - (kd - EXP_SHIFT) * (1.0 / 128);
	return exp_n(n, r * LN2 + r * LN2_LO);
}

double exp2(double x)
{
	/* |x| < 1022: no overflow, no underflow, no special value */
	if ((__dbits(x) & ~(1ULL << 63)) < 0x408ff00000000000ULL) return exp2_core(x);
	if (isnan(x)) return x + x;
	if (isinf(x)) return x > 0 ? x : 0;
	if (x > 1025) return range(HUGE_VAL);
	if (x < -1076) return range(0x1p-1000 * 0x1p-1000);
	return range(exp2_core(x));
}

double expm1(double x)
{
	if (isnan(x)) return x + x;
	if (x > 710) return range(HUGE_VAL);
	if (x < -40) return -1;
	if (fabs(x) < 0x1p-54) return x;
	double r, c, eh, el, s, e;
	int k = ln2_split(x, 0, &r, &c);
	if (k == 0) return r + r * r * poly(r);
	/* e^x - 1 = 2^k (1 + expm1(r)) - 1 = 2^k ((1 - 2^-k) + expm1(r)) */
	__two_sum(r, c + c * r + r * r * poly(r), &eh, &el);
	if (k > 56) return range(scale(1 + (eh + el), k));
	if (k < -50) return scale(1 + (eh + el), k) - 1;
	__two_sum(1 - __dfrom((uint64_t)(1023 - k) << 52), eh, &s, &e);
	return scale(s + (e + el), k);
}

double sinh(double x)
{
	double a = fabs(x), h = x < 0 ? -0.5 : 0.5, y;
	if (isnan(x) || isinf(x) || a < 0x1p-28) return x;
	if (a < 1) {
		double t = expm1(a);
		return h * (t + t / (t + 1));
	}
	if (a < 22) {
		double e = exp(a);
		return h * e - h / e;
	}
	if (a < 709) return h * exp(a);
	if (a > 711) return range(copysign(HUGE_VAL, x));
	/* e^a alone would overflow: e^(a/2) * (e^(a/2) / 2) */
	y = exp(0.5 * a);
	return range(h * y * y);
}

double cosh(double x)
{
	double a = fabs(x), y;
	if (isnan(x) || isinf(x)) return a;
	if (a < 0x1p-54) return 1;
	if (a < 0.5 * LN2) {
		double t = expm1(a);
		return 1 + t * t / (2 * (1 + t));
	}
	if (a < 22) {
		double e = exp(a);
		return 0.5 * e + 0.5 / e;
	}
	if (a < 709) return 0.5 * exp(a);
	if (a > 711) return range(HUGE_VAL);
	y = exp(0.5 * a);
	return range(0.5 * y * y);
}

double tanh(double x)
{
	double a = fabs(x), t;
	if (isnan(x) || a < 0x1p-28) return x;
	if (a > 22) return x < 0 ? -1 : 1;
	if (a >= 1) t = 1 - 2 / (expm1(2 * a) + 2);
	else {
		/* t / (t + 2), t = e^2a - 1, the division corrected by its residual */
		double e = expm1(2 * a), dh, dl, p, q;
		__two_sum(e, 2, &dh, &dl);
		t = e / dh;
		__two_prod(t, dh, &p, &q);
		t += (((e - p) - q) - t * dl) / dh;
	}
	return x < 0 ? -t : t;
}
