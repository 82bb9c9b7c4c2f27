/* lgammal, lgammal_r, tgammal. The kernel gives log|gamma(x)| as a double-long-double:
 *   x >= 20: Stirling, (x - 1/2) log x - x + log(2 pi)/2 + 1/(12x) + t^3 Q(t^2),
 *     t = 1/x, with everything up to the 1/(12x) term in pairs;
 *   0 < x < 20: lgamma(x + n) - log(x (x+1) ... (x+n-1)), the product exact as a pair;
 *   within 1/32 of 1 or 2: the Taylor series at 1 and 2 (coefficients -euler,
 *     (-1)^k zeta(k)/k and (1 - euler), (-1)^k (zeta(k) - 1)/k), so the zeros there
 *     keep their relative accuracy;
 *   -40 < x < 0: lgamma(x + n) - log|x (x+1) ... (x+n-1)|, x + n in (0, 1);
 *   x <= -40: the reflection gamma(x) gamma(1-x) = pi/sin(pi x), with sin(pi x) from
 *     the kernels of sinl.c on an exactly reduced argument (there no representable x
 *     is near a zero of lgamma: they lie within 1/n! of the integers -n).
 *   Near the zeros of lgamma on the negative axis (x ~ -2.457, -2.747, -3.144 ... two in
 *     each (-k - 1, -k) while the format's numbers come near them: k <= 19 for the
 *     80-bit format, k <= 30 for binary128) the subtraction above would cancel (its
 *     absolute error is about 2^-(LD_FRAC+3)): within 1/(8 |digamma(z)|) of a zero z
 *     (and always for the numbers next to z), lgamma is its Taylor series at z, with
 *     z in three parts and the first coefficient in two (lgammal_zeros.h, from
 *     gen/gen_lgammal_zeros.py: mpmath's polygamma).
 * tgammal is e^(that) through the exponential kernel with the sign from the
 * reflection; integers up to 50 are an exact product rounded once. Coefficients:
 * mpmath (zeta, bernoulli), rounded to the format.
 * Measured max error (fixed-seed sample of 600 to 2000 points per range, evaluated
 * with ring3's libc on x86_64 and on aarch64 under qemu, against mpmath at 400 bits):
 * lgammal 1.35 / 1.69 ulp for x > 0, tgammal 0.80 / 0.87 (x86_64 / aarch64).
 * lgammal for x < 0 (ring3's libc against mpmath at 300 bits, fixed seeds): 2700
 * points uniform on (-45, 0), and 40 log-spread points plus the 7 nearest numbers
 * around each zero of lgamma in (-30, -2): max 0.50 ulp on x86_64, 0.54 on aarch64
 * (before the series: up to 3.5e17 ulp next to the zero at -2.457). */
#include <math.h>
#include <errno.h>
#include <float.h>
#include "libml.h"
#include "lgammal_zeros.h"

#if LD_FRAC == 63
/* lgamma(1 + t) and lgamma(2 + t) = sum T1[i] t^(i+1), sum T2[i] t^(i+1) */
static const long double T1[] = {
	-0x1.2788cfc6fb618f4ap-1L,
	0x1.a51a6625307d3230p-1L,
	-0x1.9a4d55beab2d6f5ap-2L,
	0x1.151322ac7d84836cp-2L,
	-0x1.a8b9c17aa614925ep-3L,
	0x1.5b40cb100c30614ap-3L,
	-0x1.2703a1dcea3ae58cp-3L,
	0x1.010b36af86396e8cp-3L,
	-0x1.c806706d57db455ap-4L,
	0x1.9a01e385d5f8f302p-4L,
	-0x1.748c33114c6d60f6p-4L,
	0x1.556ad63243bc4058p-4L,
	-0x1.3b1d971fc5984c34p-4L,
	0x1.2496df8320c5f73ep-4L,
	-0x1.11133476e7fe03bap-4L,
};
static const long double T2[] = {
	0x1.b0ee6072093ce16cp-2L,
	0x1.4a34cc4a60fa6462p-2L,
	-0x1.13e001a557606812p-4L,
	0x1.51322ac7d84836c0p-6L,
	-0x1.e404fc218f5f186ep-8L,
	0x1.7add6eadb6c2fd4ap-9L,
	-0x1.38ac5c2bf8e07cecp-10L,
	0x1.0b36af86396e8be6p-11L,
	-0x1.d3fd4c76d2fc7c70p-13L,
	0x1.a127b0f17d65a33ap-14L,
	-0x1.78de5bd7c81eef2ep-15L,
	0x1.580dcee66eb0224cp-16L,
	-0x1.3cbc963ce2242856p-17L,
	0x1.2597a39f34aab902p-18L,
	-0x1.11b2eb76795411c8p-19L,
};
/* Stirling: sum over k >= 2 of B(2k)/(2k(2k-1)) t^(2k-1) = t^3 * Q(t^2), t = 1/x, x >= 20 */
static const long double Q[] = {
	-0x1.6c16c16c16c16c16p-9L,
	0x1.a01a01a01a01a01ap-11L,
	-0x1.3813813813813814p-11L,
	0x1.b951e2b18ff23570p-11L,
	-0x1.f6ab0d9993c7c820p-10L,
	0x1.a41a41a41a41a41ap-8L,
	-0x1.e4286cb0f5397dc2p-6L,
	0x1.6fe96381e067ffa2p-3L,
};
#define C12_HI 0x1.5555555555555556p-4L
#define C12_LO -0x1.5555555555555556p-69L
#define HL2PI_HI 0x1.d67f1c864beb4a6ap-1L
#define HL2PI_LO -0x1.ad0dbffaef9b7f70p-66L
#define LNPI_HI 0x1.250d048e7a1bd0bep+0L
#define LNPI_LO -0x1.40d5272af7816cd0p-65L
#endif
#if LD_FRAC == 112
/* lgamma(1 + t) and lgamma(2 + t) = sum T1[i] t^(i+1), sum T2[i] t^(i+1) */
static const long double T1[] = {
	-0x1.2788cfc6fb618f49a37c7f0202a6p-1L,
	0x1.a51a6625307d3230e7b122440176p-1L,
	-0x1.9a4d55beab2d6f59ec9725cd336bp-2L,
	0x1.151322ac7d84836bf2242232dca4p-2L,
	-0x1.a8b9c17aa614925d04d49fb5c332p-3L,
	0x1.5b40cb100c30614a79940f15695bp-3L,
	-0x1.2703a1dcea3ae58c1ff41e52b0e0p-3L,
	0x1.010b36af86396e8be59ca4ddb5a6p-3L,
	-0x1.c806706d57db455aaa01bf74fb64p-4L,
	0x1.9a01e385d5f8f3026831e6ed19adp-4L,
	-0x1.748c33114c6d60f52bb1204038fep-4L,
	0x1.556ad63243bc40577a1603eba074p-4L,
	-0x1.3b1d971fc5984c34f3f036d8406dp-4L,
	0x1.2496df8320c5f73d2d2b8102fa15p-4L,
	-0x1.11133476e7fe03b9349fe72ddc6ap-4L,
	0x1.00010064cdeb22f0f3a02ad5ffb8p-4L,
	-0x1.e1e2d311e8abc9cb57bbcc5aa52ap-5L,
	0x1.c71ce3a20b418905a7a0bf293e86p-5L,
	-0x1.af28a1b5688a05d1d07a217fbed2p-5L,
	0x1.9999b3352d5ba0a4a8da635f2b67p-5L,
	-0x1.86186db77bfbf5b7b7bc7d61ddf0p-5L,
	0x1.745d1d1778df9102b8fe0a898e77p-5L,
	-0x1.642c88591b66cbbe2eab8d40e804p-5L,
	0x1.555556aaafdcd552817f3813bd8cp-5L,
};
static const long double T2[] = {
	0x1.b0ee6072093ce16cb90701fbfab5p-2L,
	0x1.4a34cc4a60fa6461cf62448802ebp-2L,
	-0x1.13e001a5576068125d0741df7858p-4L,
	0x1.51322ac7d84836bf2242232dca47p-6L,
	-0x1.e404fc218f5f186d6760c385330ep-8L,
	0x1.7add6eadb6c2fd490fae70050172p-9L,
	-0x1.38ac5c2bf8e07ceb67c604c626f6p-10L,
	0x1.0b36af86396e8be59ca4ddb5a64dp-11L,
	-0x1.d3fd4c76d2fc7c70754606688fa5p-13L,
	0x1.a127b0f17d65a33a61354e004cf2p-14L,
	-0x1.78de5bd7c81eef2efd5f190dc2cdp-15L,
	0x1.580dcee66eb0224c0ae964b1ee44p-16L,
	-0x1.3cbc963ce2242856a464e0ab35d5p-17L,
	0x1.2597a39f34aab901bbae75609fd8p-18L,
	-0x1.11b2eb76795411c76b0e65ac639bp-19L,
	0x1.0064cdeb22f0f3a02ad5ffb78217p-20L,
	-0x1.e2600d93cfd2ebb3d4f1868fbe6bp-22L,
	0x1.c76bbb3f07a4d7668adddda6d48fp-23L,
	-0x1.af5a6cbbf8a97657c89fa5b60f88p-24L,
	0x1.99b93c2070b0f40c9c591cd909eap-25L,
	-0x1.862c734df3eac6cca00afb036818p-26L,
	0x1.7469daccfadccb258b1dcc5155dfp-27L,
	-0x1.6434a8447aead035ee5dbf0edf9ap-28L,
	0x1.555a877ffd2c29e2be683656f13bp-29L,
};
/* Stirling: sum over k >= 2 of B(2k)/(2k(2k-1)) t^(2k-1) = t^3 * Q(t^2), t = 1/x, x >= 20 */
static const long double Q[] = {
	-0x1.6c16c16c16c16c16c16c16c16c17p-9L,
	0x1.a01a01a01a01a01a01a01a01a01ap-11L,
	-0x1.3813813813813813813813813814p-11L,
	0x1.b951e2b18ff23570ea73806e5479p-11L,
	-0x1.f6ab0d9993c7c81f6ab0d9993c7dp-10L,
	0x1.a41a41a41a41a41a41a41a41a41ap-8L,
	-0x1.e4286cb0f5397dc2064a8ed3175cp-6L,
	0x1.6fe96381e067ffa1876fe96381e0p-3L,
	-0x1.6476701181f39edbdb9ce625987dp+0L,
	0x1.ace44322ce005a74f53910c8b380p+3L,
	-0x1.39b2525cccc1aab67ee25d73c0f9p+7L,
	0x1.12234e81b4e81b4e81b4e81b4e82p+11L,
	-0x1.1a198ae1c4ab7eb3feddd8496920p+15L,
	0x1.51a2089a6e11a38433dc9fb888d4p+19L,
	-0x1.d1089b142d3577880c2d3577880cp+23L,
	0x1.6d29a0f6433b79890cede62433b8p+28L,
	-0x1.445119d9e466ed5d4c049ab892ecp+33L,
	0x1.43779bc9d4024e6a171024e6a171p+38L,
	-0x1.6800b7bc07a8c854486b02e295edp+43L,
};
#define C12_HI 0x1.5555555555555555555555555555p-4L
#define C12_LO 0x1.5555555555555555555555555555p-118L
#define HL2PI_HI 0x1.d67f1c864beb4a69297920028832p-1L
#define HL2PI_LO 0x1.011e7d847c689a2c5a6ef635189ap-115L
#define LNPI_HI 0x1.250d048e7a1bd0bd5f956c6a843fp+0L
#define LNPI_LO 0x1.266179b76fcecfc981b8ce00bb2cp-114L
#endif
#define N(a) (int)(sizeof a / sizeof a[0])

/* sum of c[i] t^i */
static long double poly(const long double *c, int n, long double t)
{
	long double r = c[n - 1];
	for (int i = n - 2; i >= 0; i--) r = r * t + c[i];
	return r;
}

/* sum of c[i] t^(i+1) */
static long double series(const long double *c, int n, long double t)
{
	return poly(c, n, t) * t;
}

static ldd neg(ldd a) { return (ldd){ -a.hi, -a.lo }; }

/* log of a positive pair */
static ldd log_dd(ldd p)
{
	ldd l = __logl_dd(p.hi);
	return __ldd_add(l, (ldd){ p.lo / p.hi, 0 });
}

/* log gamma(x), x >= 20 */
static ldd stirling(long double x)
{
	if (x > 0x1p16300L) {	/* the pairs would overflow; 1/(2x) is far below the rounding */
		long double l = logl(x);
		return (ldd){ x * (l - 1), 0 };
	}
	ldd l = __logl_dd(x);
	ldd r = __ldd_mul(__ldd_two_sum(x, -0.5L), l);
	r = __ldd_add(r, (ldd){ -x, 0 });
	r = __ldd_add(r, (ldd){ HL2PI_HI, HL2PI_LO });
	ldd t = __ldd_div((ldd){ 1, 0 }, (ldd){ x, 0 });
	r = __ldd_add(r, __ldd_mul(t, (ldd){ C12_HI, C12_LO }));
	long double t2 = t.hi * t.hi;
	return __ldd_add(r, (ldd){ t.hi * t2 * poly(Q, N(Q), t2), 0 });
}

/* log gamma(x), x > 0 */
static ldd lgam_pos(long double x)
{
	if (x >= 20) return stirling(x);
	if (fabsl(x - 1) < 0.03125L) return (ldd){ series(T1, N(T1), x - 1), 0 };
	if (fabsl(x - 2) < 0.03125L) return (ldd){ series(T2, N(T2), x - 2), 0 };
	ldd p = { 1, 0 };
	int n = 0;
	for (; x + n < 20; n++) p = __ldd_mul(p, __ldd_two_sum(x, n));
	/* lgamma(x) = lgamma(x + n) - log p; x + n = y.hi + y.lo, and
	 * lgamma(y.hi + y.lo) = lgamma(y.hi) + y.lo * digamma(y.hi) to far below the
	 * rounding (digamma(y) = log y - 1/(2y) + O(1/y^2), y >= 20) */
	ldd y = __ldd_two_sum(x, n);
	ldd g = stirling(y.hi);
	g = __ldd_add(g, (ldd){ y.lo * (logl(y.hi) - 0.5L / y.hi), 0 });
	return __ldd_add(g, neg(log_dd(p)));
}

/* |sin(pi x)| for x < 0 not an integer, and whether gamma(x) is negative */
static long double sinpi_abs(long double x, int *negative)
{
	long double y = -x, n = floorl(y), f = y - n;	/* f in (0, 1), exact */
	/* gamma < 0 on (-1, 0), (-3, -2) ...: floor(x) odd, i.e. n even */
	*negative = fmodl(n, 2) == 0;
	long double g = f > 0.5L ? 1 - f : f;
	ldd r;
	if (g <= 0.25L) {
		r = __ldd_two_prod(g, PI_HI);
		r.lo += g * PI_LO;
		return __sinl_k(r);
	}
	g = 0.5L - g;
	r = __ldd_two_prod(g, PI_HI);
	r.lo += g * PI_LO;
	return __cosl_k(r);
}

/* lgamma(x) next to its zero z[0] + z[1] + z[2]: d (c1 + d (c2 + d (c3 ...))), d = x - z,
 * c1 = z[4] + z[5], c2 ... the n from z[6]; the last two steps in pairs */
static ldd near_zero(long double x, const long double *z, int n)
{
	ldd d = __ldd_two_sum(x - z[0], -z[1]);	/* x - z[0] is exact */
	d.lo -= z[2];
	ldd t = __ldd_mul(d, (ldd){ poly(z + 6, n, d.hi), 0 });
	return __ldd_mul(d, __ldd_add((ldd){ z[4], z[5] }, t));
}

/* log |gamma(x)|, x finite, not 0 nor a negative integer */
static ldd lgam(long double x, int *negative)
{
	*negative = 0;
	if (x > 0) return lgam_pos(x);
	int k = (int)-floorl(x) - 1;	/* x in (-k - 1, -k) */
	if (k >= 2 && k <= LGZ_K)
		for (int i = 0; i < 2; i++) {
			int at = lgz_at[k - 2][i][0];
			if (at >= 0 && fabsl(x - lgz[at]) < lgz[at + 3]) {
				*negative = k % 2 == 0;
				return near_zero(x, lgz + at, lgz_at[k - 2][i][1]);
			}
		}
	if (x > -40) {
		/* gamma(x) = gamma(x + n) / (x (x+1) ... (x+n-1)), x + n in (0, 1) exact and
		 * the product exact as a pair: near the zeros of lgamma (|gamma(x)| = 1) only
		 * the rounding of the two logarithms remains */
		int n = (int)-x + 1;
		ldd p = { 1, 0 };
		for (int i = 0; i < n; i++) p = __ldd_mul(p, __ldd_two_sum(x, i));
		if (p.hi < 0) {
			*negative = 1;
			p = neg(p);
		}
		return __ldd_add(lgam_pos(x + n), neg(log_dd(p)));
	}
	/* gamma(x) gamma(1-x) = pi/sin(pi x) and gamma(1-x) = -x gamma(-x): every
	 * argument below is exact */
	long double s = sinpi_abs(x, negative);
	ldd r = __ldd_add((ldd){ LNPI_HI, LNPI_LO }, neg(log_dd(__ldd_two_prod(s, -x))));
	return __ldd_add(r, neg(lgam_pos(-x)));
}

static int is_pole(long double x)
{
	return x <= 0 && floorl(x) == x;
}

long double lgammal_r(long double x, int *sign)
{
	*sign = 1;
	if (isnan(x)) return x + x;
	if (isinf(x)) return fabsl(x);
	if (is_pole(x)) {
		errno = ERANGE;
		return HUGE_VALL;
	}
	if (fabsl(x) < (LD_FRAC == 63 ? 0x1p-66L : 0x1p-115L)) {
		if (x < 0) *sign = -1;
		return -logl(fabsl(x));
	}
	int negative;
	ldd r = lgam(x, &negative);
	if (negative) *sign = -1;
	long double v = r.hi + r.lo;
	if (isinf(v)) errno = ERANGE;
	return v;
}

long double lgammal(long double x)
{
	return lgammal_r(x, &signgam);
}

long double tgammal(long double x)
{
	if (isnan(x)) return x + x;
	if (x == INFINITY) return x;
	if (x == 0) {
		errno = ERANGE;
		return 1 / x;
	}
	if (is_pole(x) || isinf(x)) {
		errno = EDOM;
		return NAN;
	}
	if (x > 1800) {
		errno = ERANGE;
		return HUGE_VALL;
	}
	if (x < -1800) {
		/* |gamma| < 1/|x|!: underflows; the sign alternates between the poles */
		errno = ERANGE;
		return fmodl(floorl(x), 2) == 0 ? 0.0L : -0.0L;
	}
	if (fabsl(x) < (LD_FRAC == 63 ? 0x1p-66L : 0x1p-115L)) {
		long double r = 1 / x;
		if (isinf(r)) errno = ERANGE;
		return r;
	}
	if (x == floorl(x) && x <= 50) {
		ldd p = { 1, 0 };
		for (int i = 2; i < x; i++) p = __ldd_mul(p, (ldd){ i, 0 });
		return p.hi + p.lo;
	}
	int negative;
	ldd l = lgam(x, &negative);
	long double r = __expl_dd(l.hi, l.lo, 0);
	if (isinf(r) || r < LDBL_MIN) errno = ERANGE;
	return negative ? -r : r;
}
