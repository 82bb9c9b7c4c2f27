/* logl, and the kernel log(x) = hi + lo that powl and the other logarithms use.
 * x = 2^k * m, m in [sqrt(1/2), sqrt(2)); log(m) = 2 atanh(s), s = (m-1)/(m+1),
 * |s| <= 0.1716, = 2s + s^3 * (2/3 + s^2 * (2/5 + s^2 * R(s^2))), R the Taylor
 * series 2/7 + 2/9 s^2 + ... cut below 2^-(LD_FRAC+16). s, the first two terms and
 * k*ln2 are carried as double-long-doubles, R in plain long double: its error is
 * scaled down by s^7, so the kernel is good to about 2^-(LD_FRAC+14) of the result,
 * which powl needs (y*log(x) up to 11357 in size). Coefficients: 2/(2n+1) rounded
 * to the format (mpmath).
 * Measured max error (fixed-seed sample of 600 to 2000 points per range, evaluated
 * with ring3's libc on x86_64 and on aarch64 under qemu, against mpmath at 400 bits):
 * logl 0.50 ulp on both (the kernel is good to far below the rounding). */
#include <math.h>
#include "libml.h"

#if LD_FRAC == 63
static const long double L[] = {
	0x1.2492492492492492p-2L,
	0x1.c71c71c71c71c71cp-3L,
	0x1.745d1745d1745d18p-3L,
	0x1.3b13b13b13b13b14p-3L,
	0x1.1111111111111112p-3L,
	0x1.e1e1e1e1e1e1e1e2p-4L,
	0x1.af286bca1af286bcp-4L,
	0x1.8618618618618618p-4L,
	0x1.642c8590b21642c8p-4L,
	0x1.47ae147ae147ae14p-4L,
	0x1.2f684bda12f684bep-4L,
	0x1.1a7b9611a7b9611ap-4L,
};
#endif
#if LD_FRAC == 112
static const long double L[] = {
	0x1.2492492492492492492492492492p-2L,
	0x1.c71c71c71c71c71c71c71c71c71cp-3L,
	0x1.745d1745d1745d1745d1745d1746p-3L,
	0x1.3b13b13b13b13b13b13b13b13b14p-3L,
	0x1.1111111111111111111111111111p-3L,
	0x1.e1e1e1e1e1e1e1e1e1e1e1e1e1e2p-4L,
	0x1.af286bca1af286bca1af286bca1bp-4L,
	0x1.8618618618618618618618618618p-4L,
	0x1.642c8590b21642c8590b21642c86p-4L,
	0x1.47ae147ae147ae147ae147ae147bp-4L,
	0x1.2f684bda12f684bda12f684bda13p-4L,
	0x1.1a7b9611a7b9611a7b9611a7b961p-4L,
	0x1.0842108421084210842108421084p-4L,
	0x1.f07c1f07c1f07c1f07c1f07c1f08p-5L,
	0x1.d41d41d41d41d41d41d41d41d41dp-5L,
	0x1.bacf914c1bacf914c1bacf914c1cp-5L,
	0x1.a41a41a41a41a41a41a41a41a41ap-5L,
	0x1.8f9c18f9c18f9c18f9c18f9c18fap-5L,
	0x1.7d05f417d05f417d05f417d05f41p-5L,
	0x1.6c16c16c16c16c16c16c16c16c17p-5L,
	0x1.5c9882b9310572620ae4c415c988p-5L,
	0x1.4e5e0a72f05397829cbc14e5e0a7p-5L,
};
#endif

#if LD_FRAC == 63
#define L0_HI 0x1.5555555555555556p-1L
#define L0_LO -0x1.5555555555555556p-66L
#define L1_HI 0x1.999999999999999ap-2L
#define L1_LO -0x1.999999999999999ap-68L
#else
#define L0_HI 0x1.5555555555555555555555555555p-1L
#define L0_LO 0x1.5555555555555555555555555555p-115L
#define L1_HI 0x1.999999999999999999999999999ap-2L
#define L1_LO -0x1.999999999999999999999999999ap-116L
#endif
#define NL (sizeof L / sizeof L[0])

ldd __logl_dd(long double x)
{
	int k;
	long double m = frexpl(x, &k);
	if (m < 0.70710678118654752440L) {
		m *= 2;
		k--;
	}
	/* m - 1 is exact, m + 1 exact as a pair */
	ldd s = __ldd_div((ldd){ m - 1, 0 }, __ldd_two_sum(m, 1));
	ldd s2 = __ldd_mul(s, s);
	long double r = L[NL - 1];
	for (int i = (int)NL - 2; i >= 0; i--) r = r * s2.hi + L[i];
	ldd t = __ldd_add((ldd){ L1_HI, L1_LO }, (ldd){ s2.hi * r, 0 });
	t = __ldd_add((ldd){ L0_HI, L0_LO }, __ldd_mul(s2, t));
	t = __ldd_mul(__ldd_mul(s, s2), t);
	t = __ldd_add((ldd){ 2 * s.hi, 2 * s.lo }, t);
	ldd kl = __ldd_two_prod(k, LN2_HI);
	kl.lo += k * LN2_LO;
	return __ldd_add(kl, t);
}

long double logl(long double x)
{
	long double s;
	if (__logl_special(x, &s)) return s;
	ldd r = __logl_dd(x);
	return r.hi + r.lo;
}
