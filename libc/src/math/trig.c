/* The circular functions without the x87.
 *
 * sin, cos, tan: x = n*pi/2 + r, |r| <= pi/4, by Cody and Waite's method with pi/2
 * in four parts (three of 27 bits, so n*P1..n*P3 are exact, and the rest), r kept
 * as hi + lo; then Taylor series of sin and cos on [-pi/4, pi/4] (to r^17 and r^18,
 * the first term left out below 2^-60 of the result). tan divides the two in
 * double-double. Within about 1 ulp for |x| < 2^26 * pi/2 (about 1.05e8); beyond
 * that n*P1 is no longer exact and the error grows with |x| (for |x| >= 2^50 the
 * reduction is only a reduction modulo the double nearest 2*pi: the results stay in
 * range but carry no digits).
 *
 * atan: t = |x| (or 1/|x| above 2, pi/2 minus the result) is moved to
 * u = (t - c) / (1 + t*c), c = j/8 the nearest eighth, |u| <= 1/16, and
 * atan t = atan c + atan u, atan c from a table (hi + lo), atan u by its series to
 * u^17. atan2, asin and acos build on it; the hyperbolic inverses on log1p. */
#include <math.h>
#include <errno.h>
#include "libm.h"

#define P1 0x1.921fb54000000p+0	/* pi/2 = P1 + P2 + P3 + P4 */
#define P2 0x1.10b4610000000p-30
#define P3 0x1.a626330000000p-58
#define P4 0x1.45c06e0e68948p-86
#define TWO_PI_INV 0x1.45f306dc9c883p-1	/* 2/pi */
#define PIO2_HI 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54
#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define LN2 0x1.62e42fefa39efp-1

/* x = n*pi/2 + *hi + *lo; returns n mod 4 */
static int reduce(double x, double *hi, double *lo)
{
	if (fabs(x) <= 0x1.921fb54442d18p-1) {
		*hi = x;
		*lo = 0;
		return 0;
	}
	if (fabs(x) >= 0x1p50) x = fmod(x, 2 * PI_HI);
	/* n to nearest: adding 1.5*2^52 leaves no bits below the units */
	double fn = (x * TWO_PI_INV + 0x1.8p52) - 0x1.8p52, t, e = 0, err;
	long long n = (long long)fn;
	/* n = a + b, each of at most 26 bits, so every product below is exact; the
	 * sum of what remains is kept as t + e */
	double a = (double)(n & ~((1LL << 26) - 1)), b = fn - a;
	const double p[] = { P1, P2, P3 };
	t = x;
	for (int i = 0; i < 3; i++) {
		if (a != 0) {
			__two_sum(t, -a * p[i], &t, &err);
			e += err;
		}
		__two_sum(t, -b * p[i], &t, &err);
		e += err;
	}
	e -= fn * P4;
	__two_sum(t, e, hi, lo);
	return n & 3;
}

/* sin(hi + lo) as *sh + *sl, |hi| <= pi/4 */
static void sin_k(double hi, double lo, double *sh, double *sl)
{
	double z = hi * hi;
	double s = z * hi * (-1.0 / 6 + z * (1.0 / 120 + z * (-1.0 / 5040 + z * (1.0 / 362880
		+ z * (-1.0 / 39916800 + z * (1.0 / 6227020800 + z * (-1.0 / 1307674368000
		+ z * (1.0 / 355687428096000))))))));
	__two_sum(hi, s + (lo - 0.5 * z * lo), sh, sl);
}

/* cos(hi + lo) as *ch + *cl: 1 - z/2 with its rounding error kept */
static void cos_k(double hi, double lo, double *ch, double *cl)
{
	double zh, zl;
	__two_prod(hi, hi, &zh, &zl);
	double hz = 0.5 * zh, w = 1 - hz;
	double tail = ((1 - w) - hz) - 0.5 * zl;
	double c = zh * zh * (1.0 / 24 + zh * (-1.0 / 720 + zh * (1.0 / 40320
		+ zh * (-1.0 / 3628800 + zh * (1.0 / 479001600 + zh * (-1.0 / 87178291200
		+ zh * (1.0 / 20922789888000 + zh * (-1.0 / 6402373705728000))))))));
	__two_sum(w, tail + (c - hi * lo), ch, cl);
}

static double domain(double x)
{
	if (isnan(x)) return x + x;
	errno = EDOM;
	return NAN;
}

double sin(double x)
{
	double hi, lo, h, l;
	if (isnan(x) || isinf(x)) return domain(x);
	if (fabs(x) < 0x1p-27) return x;
	int n = reduce(x, &hi, &lo);
	if (n & 1) cos_k(hi, lo, &h, &l);
	else sin_k(hi, lo, &h, &l);
	return n & 2 ? -(h + l) : h + l;
}

double cos(double x)
{
	double hi, lo, h, l;
	if (isnan(x) || isinf(x)) return domain(x);
	if (fabs(x) < 0x1p-27) return 1;
	int n = reduce(x, &hi, &lo);
	if (n & 1) sin_k(hi, lo, &h, &l);
	else cos_k(hi, lo, &h, &l);
	return (n + 1) & 2 ? -(h + l) : h + l;
}

/* (ah + al) / (bh + bl) */
static double div_dd(double ah, double al, double bh, double bl)
{
	double q = ah / bh, p, e;
	__two_prod(q, bh, &p, &e);
	return q + (((ah - p) - e) + al - q * bl) / bh;
}

double tan(double x)
{
	double hi, lo, sh, sl, ch, cl;
	if (isnan(x) || isinf(x)) return domain(x);
	if (fabs(x) < 0x1p-27) return x;
	int n = reduce(x, &hi, &lo);
	sin_k(hi, lo, &sh, &sl);
	cos_k(hi, lo, &ch, &cl);
	return n & 1 ? -div_dd(ch, cl, sh, sl) : div_dd(sh, sl, ch, cl);
}

static const double atan_tab[17][2] = {	/* atan(j/8) = hi + lo */
	{ 0, 0 },
	{ 0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59 },
	{ 0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57 },
	{ 0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56 },
	{ 0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56 },
	{ 0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58 },
	{ 0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56 },
	{ 0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56 },
	{ 0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55 },
	{ 0x1.b034f38649c88p-1, -0x1.be88d6936f833p-55 },
	{ 0x1.cac7c57846f9ep-1, 0x1.0dae13ad18a6bp-55 },
	{ 0x1.e24dd44c855d1p-1, 0x1.f7ac612ab33d8p-55 },
	{ 0x1.f730bd281f69bp-1, 0x1.007887af0cbbdp-56 },
	{ 0x1.04e67277a01d7p+0, 0x1.7115496c13eb6p-57 },
	{ 0x1.0d38f2c5ba09fp+0, -0x1.bd0dc231bfd70p-54 },
	{ 0x1.14b1dd5f90ce1p+0, -0x1.212d570a63fa2p-56 },
	{ 0x1.1b6e192ebbe44p+0, 0x1.b1b466a88828ep-54 },
};

/* atan(th + tl) as *h + *l, 0 <= th <= 2 */
static void atan_k(double th, double tl, double *h, double *l)
{
	int j = (int)(th * 8 + 0.5);
	double c = j / 8.0, nh, nl, uh, ul, p, q, dh, dl, s, e;
	if (j == 0) {
		uh = th;
		ul = tl;
	} else {
		__two_sum(th - c, tl, &nh, &nl);	/* th - c is exact */
		__two_prod(th, c, &p, &q);
		q += tl * c;
		__two_sum(1, p, &dh, &dl);
		dl += q;
		uh = nh / dh;
		__two_prod(uh, dh, &p, &q);
		ul = (((nh - p) - q) + nl - uh * dl) / dh;
	}
	double z = uh * uh;
	double r = uh * z * (-1.0 / 3 + z * (1.0 / 5 + z * (-1.0 / 7 + z * (1.0 / 9
		+ z * (-1.0 / 11 + z * (1.0 / 13 + z * (-1.0 / 15 + z * (1.0 / 17))))))));
	__two_sum(atan_tab[j][0], uh, &s, &e);
	__two_sum(s, e + (atan_tab[j][1] + ul + r), h, l);
}

/* atan(y / x) for 0 <= y, 0 < x, both finite and scaled to a safe range */
static void atan_q(double y, double x, double *h, double *l)
{
	double t, tl = 0, p, q;
	int inv = y > 2 * x;
	if (inv) {
		t = y;
		y = x;
		x = t;
	}
	t = y / x;
	if (t > 0x1p-900) {
		__two_prod(t, x, &p, &q);
		tl = ((y - p) - q) / x;
	}
	atan_k(t, tl, h, l);
	if (inv) __two_sum(PIO2_HI - *h, PIO2_LO - *l, h, l);
}

double atan(double x)
{
	double a = fabs(x), h, l;
	if (isnan(x)) return x + x;
	if (a < 0x1p-27) return x;
	if (a > 0x1p60) h = PIO2_HI, l = PIO2_LO;
	else atan_q(a, 1, &h, &l);
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
		atan_q(ay, ax, &h, &l);
		if (x < 0) __two_sum(PI_HI - h, PI_LO - l, &h, &l);
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
