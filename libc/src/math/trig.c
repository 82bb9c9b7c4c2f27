/* The circular functions without the x87.
 *
 * sin, cos, tan: x = n*pi/2 + r, |r| <= about pi/4, r kept as hi + lo. Below
 * |x| = 2^20 by Cody and Waite's method: pi/2 in three parts of 33 bits (n < 2^20,
 * so every n*Pi is exact) and a fourth, the partial differences summed exactly,
 * which leaves r to about 2^-100 absolute (the closest a double below 2^20 comes to
 * a multiple of pi/2 is far more than 2^-60). From 2^20 up, Payne and Hanek's:
 * x = m 2^e, m an integer of 53 bits, times a 192-bit window of the bits of 2/pi
 * (pio2_table.h, from gen/gen_double.py) that starts where the product stops
 * being a multiple of 4; that gives x 2/pi mod 4 with 128 bits after the point,
 * at least 66 of them significant (no double is closer to a multiple of pi/2 than
 * about 2^-61), so every finite double is reduced correctly.
 * sin and cos reduce by pi/64 instead (the same parts over 32; below 2^15, else r
 * above is reduced once more): x = n pi/64 + r, |r| <= pi/128, and sin64 takes
 * sin(n pi/64 + r) from sin and cos of n pi/64 (sincos_table.h) and short series
 * in r; cos x is sin(x + pi/2), n + 32. tan takes tan r or -cot r from tan(j/128)
 * and cot(j/128) (tan_table.h) with one division, or below 1/8 from tan's series
 * (see tan). Measured against the host's long double functions
 * (bench/libc/mathulp.c, 4e6 random arguments per range, [-3.2, 3.2], [-1e6, 1e6]
 * and every exponent): sin 0.503 ulp, cos 0.503 ulp, tan 0.567 ulp.
 *
 * atan and atan2: atan(y/x) = atan(c) + atan((y - c x) / (x + c y)) with c the
 * midpoint of the ratio's sixteenth of a binade between 2^-6 and 64 (atan(c) from
 * atan_table.h), the series to u^9 (|u| <= 1/64) below and pi/2 - atan(x/y) above
 * (atan_k): one division on atan's common path, two on atan2's (y/x picks c).
 * Measured against the host's long double functions (bench/libc/mathulp.c, 2e6
 * random arguments per range, any double, [-4, 4], [-70, 70]; atan2 with both
 * arguments any double or in [-3, 3]): atan 0.536 ulp, atan2 0.526 ulp (0.90 and
 * 1.0 before). asin and acos build on atan2; the hyperbolic inverses on log1p. */
#include <math.h>
#include <errno.h>
#include "libm.h"
#include "pio2_table.h"
#include "sincos_table.h"
#include "tan_table.h"
#include "atan_table.h"

#define P1 0x1.921fb54400000p+0	/* pi/2 = P1 + P2 + P3 + P3T */
#define P2 0x1.0b4611a600000p-34
#define P3 0x1.3198a2e000000p-69
#define P3T 0x1.b839a252049c1p-104
#define TWO_PI_INV 0x1.45f306dc9c883p-1	/* 2/pi */
#define PIO2_HI 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54
#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define LN2 0x1.62e42fefa39efp-1

/* |x| >= 2^20, finite: x = n*pi/2 + *hi + *lo; returns n mod 4 */
static int reduce_big(double x, double *hi, double *lo)
{
	uint64_t u = __dbits(x);
	int e = (int)(u >> 52 & 0x7ff) - 1075;	/* |x| = m 2^e, e >= -32 */
	uint64_t m = (u & ((1ULL << 52) - 1)) | 1ULL << 52;
	/* bit p of the table (64 zeros first) weighs 2^(63-p) in 2/pi, 2^(e+63-p) in
	 * x 2/pi / m: from p0 = e + 62 on, the weights are 2^1, 2^0, ...; the window
	 * w0:w1:w2 of bits p0 .. p0+191 is then x 2/pi = m w 2^-190 (mod 4) */
	int p0 = e + 62, j = p0 >> 6, sh = p0 & 63;
	uint64_t w[3];
	for (int i = 0; i < 3; i++)
		w[i] = sh ? two_over_pi[j + i] << sh | two_over_pi[j + i + 1] >> (64 - sh)
			: two_over_pi[j + i];
	unsigned __int128 p2 = (unsigned __int128)m * w[2], p1 = (unsigned __int128)m * w[1];
	uint64_t r0 = (uint64_t)p2;
	p1 += p2 >> 64;
	uint64_t r1 = (uint64_t)p1;
	uint64_t r2 = m * w[0] + (uint64_t)(p1 >> 64);	/* bits 128..191 (mod 2^192) */
	/* r2:r1:r0 = 2^190 (n + f): n the top two bits, the fraction f below, taken as
	 * a signed number so that n rounds to the nearest */
	int n = (int)(r2 >> 62);
	uint64_t fh = r2 << 2 | r1 >> 62, fl = r1 << 2 | r0 >> 62;
	__int128 f = (__int128)((unsigned __int128)fh << 64 | fl);	/* f 2^-128 */
	if (f < 0) n++;
	int neg = f < 0;
	unsigned __int128 a = neg ? -(unsigned __int128)f : (unsigned __int128)f;
	int lz = (uint64_t)(a >> 64) ? __builtin_clzll((uint64_t)(a >> 64))
		: 64 + __builtin_clzll((uint64_t)a);
	a <<= lz;	/* f = a 2^(-128-lz), a's top bit set */
	uint64_t t = (uint64_t)(a >> 64);
	double h = (double)(t & ~0x7ffULL), l = (double)(t & 0x7ff) + (double)(uint64_t)a * 0x1p-64;
	double ph, pl;
	__two_prod(h, PIO2_HI, &ph, &pl);
	pl += h * PIO2_LO + l * PIO2_HI;
	double sc = __dfrom((uint64_t)(1023 - 64 - lz) << 52);	/* 2^(-64-lz) */
	__two_sum(ph * sc, pl * sc, hi, lo);
	if (neg) {
		*hi = -*hi;
		*lo = -*lo;
	}
	if (x < 0) {
		*hi = -*hi;
		*lo = -*lo;
		n = -n;
	}
	return n & 3;
}

/* x = n*pi/2 + *hi + *lo; returns n mod 4 */
/* x = n*pi/2 + *hi + *lo, |x| < 2^20; returns n mod 4 */
static inline __attribute__((__always_inline__)) int reduce(double x, double *hi, double *lo)
{
	if (fabs(x) <= 0x1.921fb54442d18p-1) {
		*hi = x;
		*lo = 0;
		return 0;
	}
	/* n to nearest: adding 1.5*2^52 leaves no bits below the units */
	double fn = (x * TWO_PI_INV + 0x1.8p52) - 0x1.8p52, a, b, c, d;
	int n = (int)fn;
	double t = x - fn * P1;	/* exact: fn*P1 is, and t is near it */
	__two_sum(t, -fn * P2, &a, &b);
	__two_sum(a, -fn * P3, &c, &d);
	d += b - fn * P3T;
	*hi = c + d;
	*lo = (c - *hi) + d;
	return n & 3;
}

/* x = n pi/64 + *hi + *lo, |x| < 2^15 (n < 2^20): reduce's steps with pi/64 (pi/2
 * over 32: the same parts scaled exactly); returns n */
static inline __attribute__((__always_inline__)) int reduce64(double x, double *hi, double *lo)
{
	double fn = (x * (32 * TWO_PI_INV) + 0x1.8p52) - 0x1.8p52, a, b, c, d;
	double t = x - fn * (P1 / 32);	/* exact, as in reduce */
	__two_sum(t, -fn * (P2 / 32), &a, &b);
	__two_sum(a, -fn * (P3 / 32), &c, &d);
	d += b - fn * (P3T / 32);
	*hi = c + d;
	*lo = (c - *hi) + d;
	return (int)fn;
}

/* sin(n pi/64 + hi + lo), |hi| <= pi/128 + 2^-40: with S and C the sine and cosine
 * of a = n pi/64 (sincos_table.h),
 *   sin(a + r) = S + C r + (C (sin r - r) + S (cos r - 1)),
 * sin r - r to r^7 and cos r - 1 to r^8 (the first terms left out are below 2^-61
 * of the result). C's high part has 27 bits, so C times hi's top 26 bits is exact,
 * and |S| >= sin(pi/64) > |C hi| unless S = 0: S + C hi is split exactly, and the
 * rest is below 1/16 of the result (C's low part is 2^-27 of it: it multiplies
 * sin r - r too). */
static inline __attribute__((__always_inline__)) double sin64(int n, double hi, double lo)
{
	const double *t = sincos_tab[n & 127];
	double h1 = __dfrom(__dbits(hi) & -(1ULL << 27)), h2 = hi - h1, z = hi * hi;
	double ds = lo + hi * z * (-1.0 / 6 + z * (1.0 / 120 - z * (1.0 / 5040)));
	double dc = z * (-0.5 + z * (1.0 / 24 + z * (-1.0 / 720 + z * (1.0 / 40320)))) - hi * lo;
	double p = t[2] * h1, s = t[0] + p, e = (t[0] - s) + p;
	return s + (e + (t[1] + (((t[2] * h2 + t[3] * hi) + (t[2] + t[3]) * ds) + t[0] * dc)));
}

static double domain(double x)
{
	if (isnan(x)) return x + x;
	errno = EDOM;
	return NAN;
}

/* sin(x + q pi/64) for |x| >= 2^15, inf, nan: x = n pi/2 + r (r to about 2^-100),
 * then r = j pi/64 + hi + lo; kept out of sin and cos, whose common path then
 * needs no memory */
__attribute__((__noinline__)) static double sin_big(double x, int q)
{
	double hi, lo, h, l;
	if (isnan(x) || isinf(x)) return domain(x);
	int n = fabs(x) < 0x1p20 ? reduce(x, &hi, &lo) : reduce_big(x, &hi, &lo);
	/* |hi| <= pi/4: hi = j pi/64 + h, |j| <= 16, j P1/32 exact and hi - j P1/32 too;
	 * j times the rest of pi/64 (below 2^-35) rounded once is 2^-88 off, and j = 0
	 * leaves hi + lo as it is */
	double fj = (hi * (32 * TWO_PI_INV) + 0x1.8p52) - 0x1.8p52;
	__two_sum(hi - fj * (P1 / 32), lo - fj * ((P2 + P3) / 32), &h, &l);
	return sin64(32 * n + (int)fj + q, h, l);
}

double sin(double x)
{
	double hi, lo;
	if (!(fabs(x) < 0x1p15)) return sin_big(x, 0);
	if (fabs(x) < 0x1p-27) return x;
	int n = reduce64(x, &hi, &lo);
	return sin64(n, hi, lo);
}

double cos(double x)
{
	double hi, lo;
	if (!(fabs(x) < 0x1p15)) return sin_big(x, 32);
	if (fabs(x) < 0x1p-27) return 1;
	int n = reduce64(x, &hi, &lo);
	return sin64(n + 32, hi, lo);
}

/* tan(b) - b for |b| <= 1/256 + 2^-40 (to b^7: the next term is below 2^-69 of b) */
static double tan_m(double b)
{
	double z = b * b;
	return b * z * (1.0 / 3 + z * (2.0 / 15 + z * (17.0 / 315)));
}

/* tan(n pi/2 + r) is tan r for even n and -cot r for odd n. From |r| = 1/8 on,
 * |r| = a + b with a = j/128 (tan_table.h), |b| <= 1/256 and
 *   tan(a + b) = tan a + tan b (1 + tan^2 a) / (1 - tan a tan b),
 *   cot(a + b) = cot a - tan b (1 + cot^2 a) / (1 + cot a tan b):
 * one division, whose term is at most 1/30 of the result, so that its few
 * roundings add below 0.1 ulp. Below 1/8, tan's series (to r^17: the next term is
 * below 2^-66 of r), and -cot r as the reciprocal of that, in double-double. */
static inline __attribute__((__always_inline__)) double tan_k(int n, double hi, double lo)
{
	double res, a = fabs(hi), al = hi < 0 ? -lo : lo;
	int odd = n & 1;
	if (a < 0.125) {
		double z = a * a, z2 = z * z, z4 = z2 * z2;
		double p = a * z * (((1.0 / 3 + z * (2.0 / 15)) + z2 * (17.0 / 315 + z * (62.0 / 2835)))
			+ z4 * ((1382.0 / 155925 + z * (21844.0 / 6081075))
			+ z2 * (929569.0 / 638512875 + z * (6404582.0 / 10854718875))));
		double c = al + (al * z + p);
		if (!odd) res = a + c;
		else {
			/* cot = 1 / (a + c): r = 1/a to within about an ulp, corrected by
			 * the exact residual of r a */
			double th = a + c, tl = (a - th) + c, r = 1 / th, ph, pl;
			__two_prod(r, th, &ph, &pl);
			res = r + (((1 - ph) - pl) - r * tl) * r;
		}
	} else {
		int j = (int)(a * 128 + 0.5);
		const double *e = tan_tab[j - 16];
		double b = a - j * (1.0 / 128);	/* exact */
		double tb = b + (al + tan_m(b));
		if (!odd) res = e[0] + (e[1] + tb * e[2] / (1 - e[0] * tb));
		else res = e[3] + (e[4] - tb * e[5] / (1 + e[3] * tb));
	}
	/* tan r and -cot r take r's sign and the opposite */
	return (hi < 0) != odd ? -res : res;
}

/* |x| >= 2^20, inf, nan: out of line, as sin_big */
__attribute__((__noinline__)) static double tan_big(double x)
{
	double hi, lo;
	if (isnan(x) || isinf(x)) return domain(x);
	int n = reduce_big(x, &hi, &lo);
	return tan_k(n, hi, lo);
}

double tan(double x)
{
	double hi, lo;
	if (!(fabs(x) < 0x1p20)) return tan_big(x);
	if (fabs(x) < 0x1p-27) return x;
	int n = reduce(x, &hi, &lo);
	return tan_k(n, hi, lo);
}

/* atan(u) - u for |u| <= 1/64 + 2^-40: the series to u^9, the first term left out
 * below 2^-63 of u */
static double atan_m(double u)
{
	double z = u * u;
	return u * z * ((-1.0 / 3 + z * (1.0 / 5)) + z * z * (-1.0 / 7 + z * (1.0 / 9)));
}

/* atan(y / x) as *h + *l for finite 0 <= y, 0 < x (scaled so that nothing over- or
 * underflows) and t = y / x rounded; one division on the common path. Between 2^-6
 * and 64, c is the midpoint of t's sixteenth of a binade (6 bits, atan(c) from
 * atan_table.h) and atan(y/x) = atan(c) + atan(u), u = (y - c x) / (x + c y),
 * |u| <= 1/64; c times x's top 46 bits is exact and within a factor 2 of y, so the
 * numerator has one rounding, the denominator two: u's error stays below 2^-57 of
 * the result. Below 2^-6, t plus the rounding of the quotient, by the series; from
 * 64 on pi/2 - atan(x / y), whose rounding is 2^-59 of the result. */
static inline __attribute__((__always_inline__)) void atan_k(double y, double x, double t,
	double *h, double *l)
{
	uint64_t b = __dbits(t);
	if (b < (uint64_t)ATAN_B0 << 48) {
		double p, q;
		__two_prod(t, x, &p, &q);
		*h = t;
		*l = ((y - p) - q) / x + atan_m(t);
	} else if (b < (uint64_t)(ATAN_B0 + 192) << 48) {
		const double *e = atan_tab[(b >> 48) - ATAN_B0];
		double c = __dfrom((b & -(1ULL << 48)) | 1ULL << 47);
		double xh = __dfrom(__dbits(x) & -(1ULL << 7));
		double u = ((y - c * xh) - c * (x - xh)) / (x + c * y);
		double s = e[0] + u;
		*h = s;
		*l = ((e[0] - s) + u) + (e[1] + atan_m(u));
	} else {
		double r = x / y;
		*h = PIO2_HI;
		*l = PIO2_LO - (r + atan_m(r));
	}
}

double atan(double x)
{
	double a = fabs(x), h, l;
	if (isnan(x)) return x + x;
	if (a < 0x1p-27) return x;
	atan_k(a, 1, a, &h, &l);
	h += l;
	return x < 0 ? -h : h;
}

double atan2(double y, double x)
{
	double h, l, ay = fabs(y), ax = fabs(x);
	if (isnan(x) || isnan(y)) return x + y;
	if (y == 0) h = signbit(x) ? PI_HI : 0;
	else if (x == 0) h = PIO2_HI;
	else if (isinf(y)) h = isinf(x) ? (x > 0 ? PIO2_HI / 2 : 3 * PIO2_HI / 2) : PIO2_HI;
	else if (isinf(x)) h = x > 0 ? 0 : PI_HI;
	else if (ay < ax * 0x1p-60) h = x > 0 ? ay / ax : PI_HI;	/* ratio below an ulp */
	else if (ax < ay * 0x1p-60) h = PIO2_HI;
	else {
		if (ax > 0x1p500 || ay > 0x1p500) {
			ax *= 0x1p-600;
			ay *= 0x1p-600;
		} else if (ax < 0x1p-500 && ay < 0x1p-500) {
			ax *= 0x1p600;
			ay *= 0x1p600;
		}
		atan_k(ay, ax, ay / ax, &h, &l);
		if (x < 0) {
			/* pi - (h + l): PI_HI - h rounded, its error (PI_HI >= h) kept */
			double d = PI_HI - h;
			l = (((PI_HI - d) - h) + PI_LO) - l;
			h = d;
		}
		h += l;
	}
	return signbit(y) ? -h : h;
}

double asin(double x)
{
	if (isnan(x)) return x + x;
	if (fabs(x) > 1) return domain(x);
	if (fabs(x) < 0x1p-27) return x;
	return atan2(x, sqrt((1 - x) * (1 + x)));
}

double acos(double x)
{
	if (isnan(x)) return x + x;
	if (fabs(x) > 1) return domain(x);
	return atan2(sqrt((1 - x) * (1 + x)), x);
}

double asinh(double x)
{
	double a = fabs(x), r;
	if (isnan(x) || isinf(x) || a < 0x1p-28) return x;
	if (a > 0x1p28) r = log(a) + LN2;
	else if (a > 2) r = log(2 * a + 1 / (a + sqrt(a * a + 1)));
	else r = log1p(a + a * a / (1 + sqrt(1 + a * a)));
	return x < 0 ? -r : r;
}

double acosh(double x)
{
	if (isnan(x)) return x + x;
	if (x < 1) return domain(x);
	if (x > 0x1p28) return isinf(x) ? x : log(x) + LN2;
	if (x > 2) return log(2 * x - 1 / (x + sqrt(x * x - 1)));
	double t = x - 1;
	return log1p(t + sqrt(2 * t + t * t));
}

double atanh(double x)
{
	double a = fabs(x);
	if (isnan(x)) return x + x;
	if (a > 1) return domain(x);
	if (a == 1) {
		errno = ERANGE;
		return copysign(HUGE_VAL, x);
	}
	if (a < 0x1p-28) return x;
	double r = 0.5 * log1p(2 * a / (1 - a));
	return x < 0 ? -r : r;
}
