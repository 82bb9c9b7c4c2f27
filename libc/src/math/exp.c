/* exp and its family without the x87: x = k*ln2 + r with |r| <= ln2/2 (ln2 held in
 * two parts, the first short enough that k*LN2HI is exact), then e^r by its Taylor
 * series to r^13 (the first term left out is below 2^-57) and a scaling by 2^k.
 * The reduced argument is carried with its rounding error, so exp stays within
 * about 0.5 ulp and e^(hi + lo) serves pow with the extra precision it needs. */
#include <math.h>
#include <errno.h>
#include "libm.h"

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

__attribute__((__visibility__("hidden"))) double __exp_dd(double hi, double lo)
{
	double r, c, s, e;
	int k = ln2_split(hi, lo, &r, &c);
	double q = c + c * r + r * r * poly(r);
	__two_sum(1, r, &s, &e);
	return scale(s + (e + q), k);
}

static double range(double y)
{
	if (isinf(y) || y == 0) errno = ERANGE;
	return y;
}

double exp(double x)
{
	if (isnan(x)) return x + x;
	if (isinf(x)) return x > 0 ? x : 0;
	if (x > 710) return range(HUGE_VAL);
	if (x < -746) return range(0x1p-1000 * 0x1p-1000);
	return range(__exp_dd(x, 0));
}

double exp2(double x)
{
	if (isnan(x)) return x + x;
	if (isinf(x)) return x > 0 ? x : 0;
	if (x > 1025) return range(HUGE_VAL);
	if (x < -1076) return range(0x1p-1000 * 0x1p-1000);
	double hi, lo;
	__two_prod(x, LN2, &hi, &lo);
	return range(__exp_dd(hi, lo + x * LN2_LO));
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
