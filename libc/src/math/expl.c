/* expl, and the exponential kernels the other long double functions share.
 * x = k*ln2 + r, |r| <= ln2/2 (Cody-Waite: k*LN2_CW_HI is exact, the rest of k*ln2
 * joins r as its low part), e^x = 2^k * (1 + expm1(r)), expm1(r) = r + r^2 * P(r)
 * with P the Taylor series of (e^r - 1 - r)/r^2 cut where the next term is below
 * 2^-(LD_FRAC+4) of the result. Coefficients: 1/n! rounded to the format (mpmath).
 * Results in the denormal range are rounded twice (1 + expm1(r), then the scaling),
 * so they may be 1 ulp off.
 * Measured max error (fixed-seed sample of 600 to 2000 points per range, evaluated
 * with ring3's libc on x86_64 and on aarch64 under qemu, against mpmath at 400 bits):
 * expl 0.79 ulp (x86_64), 0.74 (aarch64). */
#include <math.h>
#include <errno.h>
#include <float.h>
#include "libml.h"

#if LD_FRAC == 63
static const long double E[] = {
	0x1.0000000000000000p-1L,
	0x1.5555555555555556p-3L,
	0x1.5555555555555556p-5L,
	0x1.1111111111111112p-7L,
	0x1.6c16c16c16c16c16p-10L,
	0x1.a01a01a01a01a01ap-13L,
	0x1.a01a01a01a01a01ap-16L,
	0x1.71de3a556c7338fap-19L,
	0x1.27e4fb7789f5c72ep-22L,
	0x1.ae64567f544e38fep-26L,
	0x1.1eed8eff8d897b54p-29L,
	0x1.6124613a86d097cap-33L,
	0x1.93974a8c07c9d20cp-37L,
	0x1.ae7f3e733b81f11ep-41L,
};
#endif
#if LD_FRAC == 112
static const long double E[] = {
	0x1.0000000000000000000000000000p-1L,
	0x1.5555555555555555555555555555p-3L,
	0x1.5555555555555555555555555555p-5L,
	0x1.1111111111111111111111111111p-7L,
	0x1.6c16c16c16c16c16c16c16c16c17p-10L,
	0x1.a01a01a01a01a01a01a01a01a01ap-13L,
	0x1.a01a01a01a01a01a01a01a01a01ap-16L,
	0x1.71de3a556c7338faac1c88e50017p-19L,
	0x1.27e4fb7789f5c72ef016d3ea6679p-22L,
	0x1.ae64567f544e38fe747e4b837dc7p-26L,
	0x1.1eed8eff8d897b544da987acfe85p-29L,
	0x1.6124613a86d097ca38331d23af68p-33L,
	0x1.93974a8c07c9d20badf145dfa3e5p-37L,
	0x1.ae7f3e733b81f11d8656b0ee8cb0p-41L,
	0x1.ae7f3e733b81f11d8656b0ee8cb0p-45L,
	0x1.952c77030ad4a6b2605197771b00p-49L,
	0x1.6827863b97d977bb004886a2c2abp-53L,
	0x1.2f49b4681415724ca1ec3b7b9675p-57L,
	0x1.e542ba402022507a9cad2bf8f0bbp-62L,
	0x1.71b8ef6dcf5718bef146fcee6e45p-66L,
	0x1.0ce396db7f8529450c90b7f338ecp-70L,
	0x1.761b413163819d97b8704dd7f628p-75L,
	0x1.f2cf01972f577cca4b4067ca9d8ap-80L,
};
#endif

#define NE (sizeof E / sizeof E[0])

/* the sum of the terms of degree 2 and up of expm1(r) */
static long double tail(long double r)
{
	long double q = E[NE - 1];
	for (int i = (int)NE - 2; i >= 0; i--) q = q * r + E[i];
	return r * r * q;
}

long double __expm1l_r(long double r, long double lo)
{
	long double e = r + (tail(r) + lo);
	return e + lo * e;
}

/* e^(hi + lo) = 2^k * (1 + u.hi + u.lo), |hi| <= 2^15 */
static ldd core(long double hi, long double lo, int *k)
{
	*k = (int)(hi * LOG2E + (hi < 0 ? -0.5L : 0.5L));
	long double r = hi - *k * LN2_CW_HI;	/* exact */
	ldd t = __ldd_two_sum(r, lo - *k * LN2_CW_LO);
	return __ldd_fast_sum(t.hi, tail(t.hi) + t.lo * (1 + t.hi));
}

long double __expl_dd(long double hi, long double lo, int s)
{
	if (hi > 0x1p15L) return scalbnl(hi, 16384);
	if (hi < -0x1p15L) return 0;
	int k;
	ldd u = core(hi, lo, &k);
	return scalbnl(1 + (u.hi + u.lo), k + s);
}

ldd __expl_pair(long double hi, long double lo)
{
	if (hi > 0x1p15L) return (ldd){ scalbnl(hi, 16384), 0 };
	if (hi < -0x1p15L) return (ldd){ 0, 0 };
	int k;
	ldd u = core(hi, lo, &k);
	ldd e = __ldd_fast_sum(1, u.hi);
	return (ldd){ scalbnl(e.hi, k), scalbnl(e.lo + u.lo, k) };
}

long double expl(long double x)
{
	if (isnan(x)) return x + x;
	if (x == -INFINITY) return 0;
	long double y = __expl_dd(x, 0, 0);
	if (isinf(y) && !isinf(x)) errno = ERANGE;
	else if (y < LDBL_MIN) errno = ERANGE;
	return y;
}
