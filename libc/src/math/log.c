/* log and its family without the x87.
 * log, log2, log10 and __log_fast (for pow): x = 2^k z, z in [0.704, 1.41), and
 * log x = k ln2 - log(c) + log(1 + r), r = z c - 1, c and -log(c) from a table over
 * 256 subintervals (log_table.h, gen/gen_double.py). c is a multiple of 2^-8 or
 * 2^-9 picked so that r is a double, computed exactly from two exact products;
 * c = 1 around 1.0, so there is no cancellation near 1; k ln2 - log(c) is exact
 * in double. log(1 + r) = r - r^2/2 + r^3 P(r), |r| < 2^-8.2, P Taylor's to r^7
 * (to r^9 for pow).
 * Measured against the host's long double functions (bench/libc/mathulp.c, 4e6
 * random arguments each of every exponent, in [0.9, 1.1] and within 2^-20 of 1):
 * log 0.506 ulp, log2 0.508 ulp, log10 0.509 ulp.
 * log1p: f = m - 1 (exact), s = f / (2 + f), log(m) = 2 atanh(s) = 2s + 2s^3/3 + ...
 * (to s^23: with |s| <= 0.172 what is left out is below 2^-57 of the result), the
 * leading term kept exact by writing 2s as f - s*f:
 *   log(1 + f) = f - f^2/2 + s (f^2/2 + R),  R = 2s^2/3 + 2s^4/5 + ...
 * __log_dd (for gamma) sums the same series in double-double, to about 2^-100. */
#include <math.h>
#include <errno.h>
#include "libm.h"
#include "log_table.h"

#define LN2HI 0x1.62e42fefa3800p-1	/* ln2 to 42 bits: k*LN2HI is exact */
#define LN2LO 0x1.ef35793c76730p-45
#define SQRT2 0x1.6a09e667f3bcdp+0
#define INVLN2_32 0x1.7154765200000p+0	/* 1/ln2 to 32 bits, and the rest */
#define INVLN2_32LO 0x1.705fc2eefa200p-33
#define INVLN10_32 0x1.bcb7b15200000p-2
#define INVLN10_32LO 0x1.b9438ca9aadd5p-36
#define LG2HI 0x1.34413509f7800p-2	/* log10(2) to 42 bits */
#define LG2LO 0x1.fef311f12b358p-46

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

/* NaN, negative, zero and infinite arguments. Out of line (and with no pointer
 * to a local, which would bring the stack protector): the common path then needs
 * no stack frame. */
__attribute__((__noinline__)) static double special(double x)
{
	if (isnan(x)) return x + x;
	if (x < 0) {
		errno = EDOM;
		return NAN;
	}
	if (x == 0) {
		errno = ERANGE;
		return -HUGE_VAL;
	}
	return x;	/* +inf */
}

/* x positive, normal and finite: one comparison */
static inline int ordinary(uint64_t ix)
{
	return ix - 0x0010000000000000ULL < 0x7fe0000000000000ULL;
}

/* x = 2^k z, z within 1/256 of 1/c and log x = k ln2 - log(c) + log(1 + r),
 * r = z c - 1 (|r| < 2^-8.2): c is a multiple of 2^-8 or 2^-9 chosen so that r is
 * a double (log_table.h, gen/gen_double.py), and with zh the top 44 bits of z both
 * zh c and (z - zh) c are exact, so r is their sum rounded once, which is exact.
 * Returns the table row's index. */
static inline __attribute__((__always_inline__)) int log_reduce(uint64_t ix, int *k, double *r)
{
	uint64_t t = ix - LOG_OFF;
	*k += (int)((int64_t)t >> 52);
	int i = (int)(t >> 44) & 255;
	double c = log_tab[i][0];
	double z = __dfrom(ix - (t & 0xfffULL << 52)), zh = __dfrom(__dbits(z) & -(1ULL << 9));
	*r = (zh * c - 1) + (z - zh) * c;
	return i;
}

/* x's bits, with k = -54 and x scaled by 2^54 if it is subnormal; returns from
 * the caller if x is special */
#define LOG_ARG(x, ix, k) do { \
	if (!ordinary(ix)) { \
		if (ix - 1 >= (1ULL << 52) - 1) return special(x); \
		ix = __dbits(x * 0x1p54); \
		k = -54; \
	} } while (0)

/* r^3 (1/3 - r/4 + ... + r^6/9): log(1 + r) - r + r^2/2, |r| < 2^-8.2, to 2^-85 */
static inline double log_tail(double r)
{
	double r2 = r * r, r4 = r2 * r2;
	return r * r2 * ((1.0 / 3 - r * 0.25) + r2 * (0.2 - r * (1.0 / 6))
		+ r4 * ((1.0 / 7 - r * 0.125) + r2 * (1.0 / 9)));
}

/* the same to r^7, to 2^-70: below 2^-60 of log x unless k = 0 and c = 1, and then
 * below 2^-66 of r */
static inline double log_tail7(double r)
{
	double r2 = r * r;
	return r * r2 * ((1.0 / 3 - r * 0.25) + r2 * ((0.2 - r * (1.0 / 6)) + r2 * (1.0 / 7)));
}

/* w = k LN2HI - log(c) is a multiple of 2^-42 (exact) and larger than r unless it
 * is 0, so that w + r is split exactly; the roundings of r^2/2 and of the tail stay
 * below 2^-60 of the result. */
double log(double x)
{
	double r;
	uint64_t ix = __dbits(x);
	int k = 0;
	LOG_ARG(x, ix, k);
	const double *e = log_tab[log_reduce(ix, &k, &r)];
	double w = k * LN2HI + e[1], hi = w + r;
	return hi + (((w - hi) + r) + ((k * LN2LO + e[2]) + (log_tail7(r) - 0.5 * r * r)));
}

/* as log, but with r^2 exact (r^2/2 reaches 2^-8 r) and the result as hi + lo:
 * to about 2^-70 relative, for pow */
__attribute__((__visibility__("hidden"))) struct __dd __log_fast(double x)
{
	double r, t1, t2, e1, e2, a, l;
	struct __dd res;
	uint64_t ix = __dbits(x);
	int k = 0;
	if (ix < 1ULL << 52) {	/* subnormal */
		ix = __dbits(x * 0x1p54);
		k = -54;
	}
	const double *e = log_tab[log_reduce(ix, &k, &r)];
	/* r^2 = r1^2 + q: r1 the top 26 bits of r, r1^2 exact, q = (r - r1)(r + r1)
	 * below 2^-25 of it */
	double r1 = __dfrom(__dbits(r) & -(1ULL << 27)), q = (r - r1) * (r + r1);
	double w = k * LN2HI + e[1];
	t1 = w + r;
	e1 = (w - t1) + r;
	a = -0.5 * (r1 * r1);
	t2 = t1 + a;	/* |t1| >= |r| > |a| */
	e2 = (t1 - t2) + a;
	l = (e1 + e2) + ((k * LN2LO + e[2]) + (log_tail(r) - 0.5 * q));
	res.hi = t2 + l;
	res.lo = l - (res.hi - t2);	/* not (t2 - hi) + l: GCC would pair the two sums in
					 * one vector and pass it back through memory */
	return res;
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

/* log_b x = k kh - log_b(c) + log(1 + r) (ch + cl), ch + cl = 1/ln b: k kh - log_b(c)
 * is exact (tab from gen/gen_double.py: multiples of 2^-42 for log2 and of 2^-44
 * for log10, whose k LG2HI is too, each sum within 53 bits) and larger than r ch
 * unless it is 0, as in log; the top 21 bits of r times ch (32 bits) are exact too,
 * so that w + r ch splits exactly (needed only for k = 0: otherwise w is so large
 * that the rounding of r c does not show); the other products are below 2^-20 of
 * it or carry -r^2/2 and the tail, times the double nearest to 1/ln b */
static inline __attribute__((__always_inline__)) double scaled(double x,
	const double (*tab)[2], double kh, double kl, double ch, double cl)
{
	double r;
	uint64_t ix = __dbits(x);
	int k = 0;
	LOG_ARG(x, ix, k);
	const double *t = tab[log_reduce(ix, &k, &r)];
	double w = k * kh + t[0], c = ch + cl, p, hi, lo;
	if (k) {
		/* |w| >= 0.15: r c rounded is within 2^-59 of the result */
		p = r * c;
		hi = w + p;
		lo = (w - hi) + p;
	} else {
		double r1 = __dfrom(__dbits(r) & -(1ULL << 32));
		p = r1 * ch;
		hi = w + p;
		lo = ((w - hi) + p) + ((r - r1) * ch + r * cl);
	}
	lo += (log_tail7(r) - 0.5 * r * r) * c + (k * kl + t[1]);
	return hi + lo;
}

double log2(double x) { return scaled(x, log2_tab, 1, 0, INVLN2_32, INVLN2_32LO); }
double log10(double x) { return scaled(x, log10_tab, LG2HI, LG2LO, INVLN10_32, INVLN10_32LO); }

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
