/* log and its family without the x87: x = 2^k * m with sqrt(2)/2 <= m < sqrt(2),
 * f = m - 1 (exact), s = f / (2 + f), and log(m) = 2 atanh(s) = 2s + 2s^3/3 + ...
 * With |s| <= 0.172 the series to s^23 leaves out less than 2^-57 of the result.
 * Writing 2s as f - s*f keeps the leading term exact:
 *   log(1 + f) = f - f^2/2 + s (f^2/2 + R),  R = 2s^2/3 + 2s^4/5 + ...
 * __log_dd (for pow, log2, log10) sums the same series in double-double. */
#include <math.h>
#include <errno.h>
#include "libm.h"

#define LN2HI 0x1.62e42fefa3800p-1	/* ln2 to 42 bits: k*LN2HI is exact */
#define LN2LO 0x1.ef35793c76730p-45
#define SQRT2 0x1.6a09e667f3bcdp+0
#define INVLN2 0x1.71547652b82fep+0
#define INVLN2_LO 0x1.777d0ffda0d24p-56
#define INVLN10 0x1.bcb7b1526e50ep-2
#define INVLN10_LO 0x1.95355baaafad3p-57

/* x (positive, finite) = 2^k * (1 + f), sqrt(2)/2 <= 1 + f < sqrt(2) */
static int split(double x, double *f)
{
	int k = 0;
	if (x < 0x1p-1022) {
		x *= 0x1p54;
		k = -54;
	}
	uint64_t u = __dbits(x);
	k += (int)(u >> 52) - 1023;
	double m = __dfrom((u & ((1ULL << 52) - 1)) | 0x3ffULL << 52);
	if (m > SQRT2) {
		m *= 0.5;
		k++;
	}
	*f = m - 1;
	return k;
}

/* 2s^2/3 + 2s^4/5 + ... + 2s^22/23, z = s^2 */
static double series(double z)
{
	return z * (2.0 / 3 + z * (2.0 / 5 + z * (2.0 / 7 + z * (2.0 / 9 + z * (2.0 / 11
		+ z * (2.0 / 13 + z * (2.0 / 15 + z * (2.0 / 17 + z * (2.0 / 19
		+ z * (2.0 / 21 + z * (2.0 / 23)))))))))));
}

/* k*ln2 + log(1 + f) + c, c a small correction to add before the last rounding */
static double logk(int k, double f, double c)
{
	double s = f / (2 + f), hfsq = 0.5 * f * f;
	double R = series(s * s);
	return k * LN2HI + (f - (hfsq - (s * (hfsq + R) + (k * LN2LO + c))));
}

/* NaN, negative, zero and infinite arguments; 0 when x is an ordinary number. */
static int special(double x, double *r)
{
	if (isnan(x)) *r = x + x;
	else if (x < 0) {
		errno = EDOM;
		*r = NAN;
	} else if (x == 0) {
		errno = ERANGE;
		*r = -HUGE_VAL;
	} else if (isinf(x)) *r = x;
	else return 0;
	return 1;
}

double log(double x)
{
	double r, f;
	if (special(x, &r)) return r;
	int k = split(x, &f);
	return logk(k, f, 0);
}

/* (ah + al) * (bh + bl), to about 2^-100 relative */
static void mul(double ah, double al, double bh, double bl, double *h, double *l)
{
	double p, q;
	__two_prod(ah, bh, &p, &q);
	q += ah * bl + al * bh;
	__two_sum(p, q, h, l);
}

static void add(double ah, double al, double bh, double bl, double *h, double *l)
{
	double s, e;
	__two_sum(ah, bh, &s, &e);
	__two_sum(s, e + al + bl, h, l);
}

__attribute__((__visibility__("hidden"))) void __log_dd(double x, double *hi, double *lo)
{
	double f, dh, dl, sh, sl, p, q, zh, zl, a, bh, bl, th, tl, lh, ll;
	int k = split(x, &f);
	/* s = f / (2 + f), the denominator and the quotient both in double-double */
	__two_sum(2, f, &dh, &dl);
	sh = f / dh;
	__two_prod(sh, dh, &p, &q);
	sl = (((f - p) - q) - sh * dl) / dh;
	/* z = s^2; B = 2/3 + z (2/5 + z Q(z)): the first two terms in double-double */
	mul(sh, sl, sh, sl, &zh, &zl);
	a = zh * (2.0 / 7 + zh * (2.0 / 9 + zh * (2.0 / 11 + zh * (2.0 / 13 + zh * (2.0 / 15
		+ zh * (2.0 / 17 + zh * (2.0 / 19 + zh * (2.0 / 21 + zh * (2.0 / 23)))))))));
	add(0x1.999999999999ap-2, -0x1.999999999999ap-56, a, 0, &bh, &bl);	/* 2/5 + a */
	mul(zh, zl, bh, bl, &bh, &bl);
	add(0x1.5555555555555p-1, 0x1.5555555555555p-55, bh, bl, &bh, &bl);	/* 2/3 + ... */
	/* log(m) = 2s + s^3 B */
	mul(zh, zl, sh, sl, &th, &tl);
	mul(th, tl, bh, bl, &th, &tl);
	add(2 * sh, 2 * sl, th, tl, &lh, &ll);
	/* + k ln2 */
	add(k * LN2HI, k * LN2LO, lh, ll, hi, lo);
}

static double scaled(double x, double ch, double cl)
{
	double r, h, l;
	if (special(x, &r)) return r;
	__log_dd(x, &h, &l);
	mul(h, l, ch, cl, &h, &l);
	return h + l;
}

double log2(double x) { return scaled(x, INVLN2, INVLN2_LO); }
double log10(double x) { return scaled(x, INVLN10, INVLN10_LO); }

double log1p(double x)
{
	double f, c = 0;
	if (isnan(x)) return x + x;
	if (x == -1) {
		errno = ERANGE;
		return -HUGE_VAL;
	}
	if (x < -1) {
		errno = EDOM;
		return NAN;
	}
	if (isinf(x)) return x;
	if (fabs(x) < 0x1p-54) return x;
	if (x > SQRT2 / 2 - 1 && x < SQRT2 - 1) return logk(0, x, 0);
	double u = 1 + x;
	/* 1 + x was rounded: log(u + c) = log(u) + c/u */
	if (x < 0x1p53) c = (u > 2 ? 1 - (u - x) : x - (u - 1)) / u;
	int k = split(u, &f);
	return logk(k, f, c);
}

double logb(double x)
{
	if (x == 0) return -HUGE_VAL;
	if (isinf(x)) return HUGE_VAL;
	if (isnan(x)) return x;
	return ilogb(x);
}

int ilogb(double x)
{
	if (x == 0 || isnan(x)) return FP_ILOGB0;
	if (isinf(x)) return 0x7fffffff;
	int e;
	frexp(x, &e);
	return e - 1;
}
