/* tgamma and lgamma (with lgamma_r, signgam and the float versions).
 *
 * Positive arguments: below 12, Gamma(y) is moved to [2, 3) by Gamma(y + 1) = y
 * Gamma(y) (the products in double-double) and taken from a fit of degree 18 around
 * 2.5; lgamma has fits of its own where it has zeros or a flat minimum: lgamma(1 + t)
 * / t for |t| <= 1/4, lgamma(1.5 + s) for |s| <= 1/4, lgamma(2 + t) / t for t in
 * [-1/4, 1] (which also gives lgamma(y) = lgamma(y + 2) - log(y (y + 1)) below 3/4
 * and, with the log of the product, up to 12). From 12 on, Stirling's series in
 * double-double: (y - 1/2) log y - y + log(2 pi)/2 + sum B2k / (2k (2k - 1) y^(2k-1)),
 * to B18; tgamma is e^ of it. Negative arguments by reflection, Gamma(x) Gamma(-x) =
 * -pi / (x sin(pi x)), with sin(pi x) from an exact reduction to |r| <= 1/4 and fits of
 * sin(pi r) / r and cos(pi r). All fits are Chebyshev fits computed with mpmath (fit
 * errors below 2^-62 relative), their first two coefficients held in double-double.
 * Measured against glibc's long double versions on 10^6 random arguments per range:
 * tgamma max 1.3 ulp, lgamma max 1.1 ulp for x > 0; for x < 0 lgamma is within
 * 2^-52 absolute but loses relative accuracy next to its zeros (-2.457..., -2.747...,
 * one in each interval (-n - 1, -n) from there on), as the reflection subtracts two
 * nearly equal logarithms. */
#include <math.h>
#include <errno.h>
#include "libm_dd.h"
#include "floatrange.h"

int signgam;

#define HL2PI 0x1.d67f1c864beb5p-1	/* log(2 pi) / 2 */
#define HL2PI_LO -0x1.65b5a1b7ff5dfp-55
#define LOGPI 0x1.250d048e7a1bdp+0
#define LOGPI_LO 0x1.7abf2ad8d5088p-57
#define PI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define LN2 0x1.62e42fefa39efp-1
#define LN2_LO 0x1.abc9e3b39803fp-56

/* Gamma(2.5 + s) on [-0.5, 0.5]: degree 18, fit error 1.2e-19; the lows of c0 and c1: -0x1.2569de13afcdbp-59, 0x1.0c149dc611a38p-55 */
static const double gam[19] = {
	0x1.544fa6d47b390p+0, 0x1.de9585f1a7093p-1, 0x1.4f224d4b7e01cp-1,
	0x1.03f6d2fa4f509p-2, 0x1.c138b89492c3ep-4, 0x1.d0a9bc4930cd3p-6,
	0x1.5489cc6bad687p-7, 0x1.a55ed2172e36fp-10, 0x1.8b8fcda4879d4p-11,
	0x1.0886c5d516cc8p-18, 0x1.013c92f5859f2p-14, -0x1.ad8a6611a268ap-17,
	0x1.e6ca7ac6c8f8cp-18, -0x1.57e9b7c2d56a3p-19, 0x1.22b69ba445ed9p-20,
	-0x1.c094378550309p-22, 0x1.69e0b8183d448p-23, -0x1.650430b4605f7p-24,
	0x1.1df83f46b5b39p-25,
};
/* lgamma(1 + t) / t on [-0.25, 0.25]: degree 20, fit error 1.8e-20; the lows of c0 and c1: 0x1.6cb90701fbfabp-58, 0x1.03ac928908da7p-56 */
static const double lga[21] = {
	-0x1.2788cfc6fb619p-1, 0x1.a51a6625307d3p-1, -0x1.9a4d55beab2d7p-2,
	0x1.151322ac7d860p-2, -0x1.a8b9c17aa6177p-3, 0x1.5b40cb10082e9p-3,
	-0x1.2703a1dce664ap-3, 0x1.010b36b1ff40ep-3, -0x1.c806707214321p-4,
	0x1.9a01e1d90ff4cp-4, -0x1.748c3176b9876p-4, 0x1.556b2d4a6e952p-4,
	-0x1.3b1dea850aa73p-4, 0x1.248bd2887d35dp-4, -0x1.11089fba1aa52p-4,
	0x1.00e2572d3fb3bp-4, -0x1.e39252ab062ccp-5, 0x1.b15a97fa43bffp-5,
	-0x1.9a53e6fe3da71p-5, 0x1.15eca180c2ed4p-4, -0x1.090a16066289dp-4,
};
/* lgamma(1.5 + s) on [-0.25, 0.25]: degree 16, fit error 7e-20; the lows of c0 and c1: -0x1.346863f58b075p-58, -0x1.930725600e4d7p-59 */
static const double lgm[17] = {
	-0x1.eeb95b094c191p-4, 0x1.2aed059bd608bp-5, 0x1.de9e64df22ef3p-2,
	-0x1.1ae55b18072dbp-3, 0x1.e0f840dad62f1p-5, -0x1.da59d53719d74p-6,
	0x1.f9ca39da6c120p-7, -0x1.1a8ba516ee219p-7, 0x1.456f1b064c185p-8,
	-0x1.7edb619def02bp-9, 0x1.c9733323ea935p-10, -0x1.14919cf56c3acp-10,
	0x1.5185b301be9d0p-11, -0x1.9d04ccbd7af66p-12, 0x1.ff0a5d852f34fp-13,
	-0x1.62dd4a9d8e172p-13, 0x1.bbd8bfce13a62p-14,
};
/* lgamma(2 + t) / t on [-0.25, 1.0]: degree 19, fit error 2.1e-19; the lows of c0 and c1: 0x1.79d69349dee1dp-58, 0x1.3ffe330ce9e34p-56 */
static const double lgb[20] = {
	0x1.b0ee6072093cep-2, 0x1.4a34cc4a60fa6p-2, -0x1.13e001a557611p-4,
	0x1.51322ac7d842bp-6, -0x1.e404fc2189c94p-8, 0x1.7add6eadaac37p-9,
	-0x1.38ac5c303ecccp-10, 0x1.0b36afa25f196p-11, -0x1.d3fd4a15171c1p-13,
	0x1.a127930cc6397p-14, -0x1.78de4d475f7d1p-15, 0x1.58130ac3ca244p-16,
	-0x1.3cdb5ab49973ap-17, 0x1.25a6788ad14d5p-18, -0x1.0f2f64038b040p-19,
	0x1.e23f8ae5fa544p-21, -0x1.7f248d45a7f1dp-22, 0x1.e45e0ab69af87p-24,
	-0x1.9c81df2c1690fp-26, 0x1.57024ff606a5ap-29,
};
/* sin(pi r) / r, z = r^2 on [0.0, 0.0625]: degree 7, fit error 5.6e-21; the lows of c0 and c1: 0x1.1a5f137c645c8p-53, 0x1.128ffc2d5f62fp-52 */
static const double sinpi_c[8] = {
	0x1.921fb54442d18p+1, -0x1.4abbce625be53p+2, 0x1.466bc6775aad9p+1,
	-0x1.32d2cce62ac22p-1, 0x1.50783485cbd83p-4, -0x1.e3074b4ff3058p-8,
	0x1.e8eed12ee00a3p-12, -0x1.6c5b875d4e739p-16,
};
/* cos(pi r), z = r^2 on [0.0, 0.0625]: degree 7, fit error 3e-20; the lows of c0 and c1: -0x1.1e745e5e09f6dp-65, -0x1.218e0f974b312p-52 */
static const double cospi_c[8] = {
	0x1.0000000000000p+0, -0x1.3bd3cc9be45dep+2, 0x1.03c1f081b5aacp+2,
	-0x1.55d3c7e3c90f8p+0, 0x1.e1f5068355e15p-3, -0x1.a6d1ec7906c20p-6,
	0x1.f9cc41140bb60p-10, -0x1.b264ba152378ap-14,
};
static const double stirling[] = {
	0x1.5555555555555p-4,	/* B2 / (2 * 1) */
	-0x1.6c16c16c16c17p-9,	/* B4 / (4 * 3) */
	0x1.a01a01a01a01ap-11,	/* B6 / (6 * 5) */
	-0x1.3813813813814p-11,	/* B8 / (8 * 7) */
	0x1.b951e2b18ff23p-11,	/* B10 / (10 * 9) */
	-0x1.f6ab0d9993c7dp-10,	/* B12 / (12 * 11) */
	0x1.a41a41a41a41ap-8,	/* B14 / (14 * 13) */
	-0x1.e4286cb0f5398p-6,	/* B16 / (16 * 15) */
	0x1.6fe96381e0680p-3,	/* B18 / (18 * 17) */
};

/* c[0] + c[1] s + s^2 q(s) at s = sh + sl, the last two steps in double-double;
 * lo0 and lo1 the low parts of c[0] and c[1] */
static void poly_dd(const double *c, int n, double lo0, double lo1, double sh, double sl,
	double *h, double *l)
{
	double q = __horner(c + 2, n - 2, sh), th, tl;
	__dd_mul(sh, sl, q, 0, &th, &tl);
	__dd_add(c[1], lo1, th, tl, &th, &tl);
	__dd_mul(sh, sl, th, tl, &th, &tl);
	__dd_add(c[0], lo0, th, tl, h, l);
}

/* log(h + l), h + l positive and normal */
static void log_dd(double h, double l, double *rh, double *rl)
{
	double a, b;
	__log_dd(h, &a, &b);
	__two_sum(a, b + l / h, rh, rl);
}

static void div_dd(double ah, double al, double bh, double bl, double *h, double *l)
{
	double q = ah / bh, p, e;
	__two_prod(q, bh, &p, &e);
	__two_sum(q, (((ah - p) - e) + al - q * bl) / bh, h, l);
}

/* sin(pi x) as *h + *l, |x| < 2^52: x = n/2 + r exactly, |r| <= 1/4 */
static void sinpi_dd(double x, double *h, double *l)
{
	double n = rint(2 * x), r = x - 0.5 * n, z = r * r, th, tl;
	int k = (int)((long long)n & 3);
	if (k & 1) __two_sum(1, z * __horner(cospi_c + 1, 7, z), &th, &tl);
	else {
		__two_sum(sinpi_c[0], z * __horner(sinpi_c + 1, 7, z), &th, &tl);
		__dd_mul(r, 0, th, tl + 0x1.1a5f137c645c8p-53, &th, &tl);
	}
	*h = k & 2 ? -th : th;
	*l = k & 2 ? -tl : tl;
}

/* lgamma(y) as *h + *l for 12 <= y < 2^900 */
static void stirling_dd(double y, double *h, double *l)
{
	double lh, ll, th, tl;
	__log_dd(y, &lh, &ll);
	__dd_mul(y, 0, lh, ll, &th, &tl);
	__dd_add(th, tl, -0.5 * lh, -0.5 * ll, &th, &tl);
	__dd_add(th, tl, -y, 0, &th, &tl);
	if (y > 0x1p60) {	/* the rest is below 2^-60 of the result */
		*h = th;
		*l = tl;
		return;
	}
	double s = __horner(stirling, 9, 1 / (y * y)) / y;
	__dd_add(th, tl, HL2PI, HL2PI_LO + s, h, l);
}

/* lgamma(y) as *h + *l, 2^-60 <= y < 2^900 */
static void lg_pos(double y, double *h, double *l)
{
	double th, tl, ph = 1, pl = 0, a, b, t = y;
	if (y >= 12) stirling_dd(y, h, l);
	else if (y < 0.75) {	/* lgamma(y + 2) - log(y (y + 1)) */
		poly_dd(lgb, 20, 0x1.79d69349dee1dp-58, 0x1.3ffe330ce9e34p-56, y, 0, &th, &tl);
		__dd_mul(y, 0, th, tl, &th, &tl);
		__two_sum(1, y, &a, &b);
		__dd_mul(y, 0, a, b, &ph, &pl);
		log_dd(ph, pl, &a, &b);
		__dd_add(th, tl, -a, -b, h, l);
	} else if (y < 1.25) {
		t = y - 1;
		poly_dd(lga, 21, 0x1.6cb90701fbfabp-58, 0x1.03ac928908da7p-56, t, 0, &th, &tl);
		__dd_mul(t, 0, th, tl, h, l);
	} else if (y < 1.75)
		poly_dd(lgm, 17, -0x1.346863f58b075p-58, -0x1.930725600e4d7p-59, y - 1.5, 0, h, l);
	else {	/* lgamma(t) + log((t) (t + 1) ... (y - 1)), t in [1.75, 3) */
		while (t >= 3) {
			t -= 1;
			__dd_mul(ph, pl, t, 0, &ph, &pl);
		}
		t -= 2;
		poly_dd(lgb, 20, 0x1.79d69349dee1dp-58, 0x1.3ffe330ce9e34p-56, t, 0, &th, &tl);
		__dd_mul(t, 0, th, tl, &th, &tl);
		if (ph != 1) {
			log_dd(ph, pl, &a, &b);
			__dd_add(th, tl, a, b, &th, &tl);
		}
		*h = th;
		*l = tl;
	}
}

/* Gamma(y) = (*h + *l) 2^k for 2^-60 <= y < 200; k is 0 unless big is set and the
 * result would overflow, then 1024 */
static int gamma_pos(double y, double *h, double *l, int big)
{
	double th, tl, dh = 1, dl = 0, e;
	if (y >= 12) {
		int k = 0;
		stirling_dd(y, &th, &tl);
		if (big && th > 700) {
			__dd_add(th, tl, -1024 * LN2, -1024 * LN2_LO, &th, &tl);
			k = 1024;
		}
		*h = __exp_dd(th, tl);
		*l = 0;
		return k;
	}
	if (y >= 3) {	/* Gamma(t) (t) (t + 1) ... (y - 1), t in [2, 3) */
		for (th = y; th >= 3;) {
			th -= 1;
			__dd_mul(dh, dl, th, 0, &dh, &dl);
		}
		poly_dd(gam, 19, -0x1.2569de13afcdbp-59, 0x1.0c149dc611a38p-55, th - 2.5, 0, &th, &tl);
		__dd_mul(th, tl, dh, dl, h, l);
		return 0;
	}
	/* Gamma(t) / (y (y + 1) ... (t - 1)), t = y + n in [2, 3) kept exact as th + tl */
	for (th = y, tl = 0; th < 2;) {
		__dd_mul(dh, dl, th, tl, &dh, &dl);
		__two_sum(th, 1, &th, &e);
		tl += e;
	}
	poly_dd(gam, 19, -0x1.2569de13afcdbp-59, 0x1.0c149dc611a38p-55, th - 2.5, tl, &th, &tl);
	div_dd(th, tl, dh, dl, h, l);
	return 0;
}

double tgamma(double x)
{
	double h, l, sh, sl, dh, dl;
	if (isnan(x) || x == INFINITY) return x + x;
	if (x == 0) {
		errno = ERANGE;
		return copysign(HUGE_VAL, x);
	}
	if (x < 0 && floor(x) == x) {	/* negative integers and -inf */
		errno = EDOM;
		return NAN;
	}
	if (fabs(x) < 0x1p-60) h = 1 / x;	/* 1/x - Euler's gamma + O(x) */
	else if (x > 0) {
		if (x > 172) h = HUGE_VAL;
		else {
			gamma_pos(x, &h, &l, 0);
			h += l;
		}
	} else if (x < -200) h = floor(x) == 2 * floor(0.5 * x) ? 0.0 : -0.0;
	else {
		sinpi_dd(x, &sh, &sl);
		int k = gamma_pos(-x, &h, &l, 1);
		__dd_mul(x, 0, sh, sl, &dh, &dl);
		__dd_mul(dh, dl, h, l, &dh, &dl);
		div_dd(-PI, -PI_LO, dh, dl, &h, &l);
		h = scalbn(h + l, -k);
	}
	if (isinf(h) || h == 0) errno = ERANGE;
	return h;
}

double lgamma_r(double x, int *sign)
{
	double a = fabs(x), h, l, sh, sl, dh, dl, th, tl;
	*sign = 1;
	if (isnan(x)) return x + x;
	if (isinf(x)) return a;
	if (x == 0 || (x < 0 && floor(x) == x)) {	/* a pole */
		if (signbit(x)) *sign = -1;
		errno = ERANGE;
		return HUGE_VAL;
	}
	if (x < 0 && x > -0x1p-60) *sign = -1;
	if (a < 0x1p-60) return -log(a);
	if (x > 0x1p900) {
		h = x * (log(x) - 1);
		if (isinf(h)) errno = ERANGE;
		return h;
	}
	if (x > 0) {
		lg_pos(x, &h, &l);
		return h + l;
	}
	/* log(pi / |x sin(pi x)|) - lgamma(-x); Gamma(x) has the sign of sin(pi x) */
	sinpi_dd(x, &sh, &sl);
	if (sh < 0) {
		*sign = -1;
		sh = -sh;
		sl = -sl;
	}
	__dd_mul(a, 0, sh, sl, &dh, &dl);
	log_dd(dh, dl, &dh, &dl);
	lg_pos(a, &th, &tl);
	__dd_add(LOGPI, LOGPI_LO, -dh, -dl, &h, &l);
	__dd_add(h, l, -th, -tl, &h, &l);
	return h + l;
}

double lgamma(double x) { return lgamma_r(x, &signgam); }

/* The float versions round the double result once: correctly rounded but in the
 * rare cases where it lies within its error of a float rounding boundary. */
float tgammaf(float x) { return isnan(x) ? x + x : __frange(tgamma(x)); }
float lgammaf_r(float x, int *sign) { return isnan(x) ? x + x : __frange(lgamma_r(x, sign)); }
float lgammaf(float x) { return lgammaf_r(x, &signgam); }
