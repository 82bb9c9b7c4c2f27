/* sinf, cosf, tanf, sincosf: the float argument reduced in double, then short
 * polynomials in double, rounded once to float.
 *
 * Reduction: x = n*pi/2 + r, |r| <= pi/4. Below 2^20, Cody and Waite with pi/2 =
 * C1 + C2 (+ 2^-88): C1 has 33 bits, so n*C1 (n < 2^20) is exact and so is x - n*C1
 * (both are multiples of 2^-32 and the difference is below 1); the error of r is
 * below 2^-66. From 2^20 up, Payne and Hanek: x = m*2^e (m the 24-bit integer
 * significand), and x*2/pi mod 4 needs only the 128 bits of 2/pi from weight 2^(1-e)
 * on (the bits above give multiples of 4); m times those, kept modulo 2^128, is
 * x*2/pi mod 4 in 126-bit fixed point, short by less than 2^-102.
 *
 * Kernels, z = r^2: sin r = r + r z S(z), cos r = 1 + z C(z), S and C of degree 5
 * (Chebyshev fits by libc/src/math/gen/gen_float.py: relative error 2.1e-17 and
 * 2.9e-16). Checked on all 2^32 floats against glibc's double sin and cos rounded to
 * float: sinf agrees everywhere; cosf differs in 2, x = +-0x1.4555p+51, where it is
 * 0.5000000013 ulp off (the true value lies 2^-29.5 ulp from a float tie; C's 2.9e-16
 * does not resolve it); tanf agrees everywhere with glibc's tan. tests/libc/mathcore.c
 * checks 2^17 floats each and huge arguments.
 * tanf is sin r / cos r (or -cos r / sin r) in double: within 0.5 ulp + 2^-50. */
#include <math.h>
#include "libm.h"

#define C1 0x1.921fb544p+0		/* pi/2 to 33 bits */
#define C2 0x1.0b4611a626331p-34	/* pi/2 - C1 */
#define INVPIO2 0x1.45f306dc9c883p-1
#define PIO2 0x1.921fb54442d18p+0

/* 2/pi, bit i (weight 2^-i) at position i + 6 of this stream, most significant first */
static const uint64_t twoopi[4] = {
	0x0145f306dc9c882a, 0x53f84eafa3ea69bb, 0x81b6c52b32788720, 0x83fca2c757bd778a,
};

static uint64_t bits64(int q)
{
	int w = q >> 6, s = q & 63;
	return s ? twoopi[w] << s | twoopi[w + 1] >> (64 - s) : twoopi[w];
}

/* |x| = n*pi/2 + *r; returns n mod 4 (inlined: *r in memory would cost a stack
 * canary under -fstack-protector-strong) */
static inline __attribute__((__always_inline__)) int reduce(float x, double *r)
{
	double a = fabs((double)x);
	if (a < 0x1p20) {
		double n = (a * INVPIO2 + 0x1.8p52) - 0x1.8p52;	/* to nearest */
		*r = (a - n * C1) - n * C2;
		return (int)n & 3;
	}
	uint32_t u = __fbits(x);
	int e = (int)(u >> 23 & 0xff) - 150;	/* |x| = m * 2^e, e >= -3 */
	uint64_t m = (u & 0x7fffff) | 0x800000;
	unsigned __int128 w = (unsigned __int128)bits64(e + 5) << 64 | bits64(e + 69);
	/* m*w mod 2^128: the low half of w times m, plus the high half's low 64 bits */
	unsigned __int128 p = (unsigned __int128)m * (uint64_t)w
		+ ((unsigned __int128)(m * (uint64_t)(w >> 64)) << 64);
	unsigned __int128 q = p + ((unsigned __int128)1 << 125);
	int n = (int)(q >> 126);
	p -= (unsigned __int128)n << 126;	/* in [-2^125, 2^125) as a signed value */
	int64_t hi = (int64_t)(uint64_t)(p >> 64);
	uint64_t lo = (uint64_t)p;
	*r = ((double)hi * 0x1p-62 + (double)lo * 0x1p-126) * PIO2;
	return n & 3;
}

static double sin_k(double r)
{
	double z = r * r;
	return r + r * z * (-0x1.5555555555555p-3 + z * (0x1.1111111110bb2p-7
		+ z * (-0x1.a01a019e83aaep-13 + z * (0x1.71de37968a100p-19
		+ z * (-0x1.ae600b02b6262p-26 + z * 0x1.5e0b19f8b1451p-33)))));
}

static double cos_k(double r)
{
	double z = r * r;
	return 1 + z * (-0x1.ffffffffffffap-2 + z * (0x1.5555555554137p-5
		+ z * (-0x1.6c16c1691d8abp-10 + z * (0x1.a019fc7b4b9f6p-16
		+ z * (-0x1.27e0f5789db4bp-22 + z * 0x1.1c064801aa169p-29)))));
}

float sinf(float x)
{
	double r, y;
	if (isnan(x) || isinf(x)) return cos(x);	/* NaN; EDOM for infinities */
	if (fabsf(x) < 0x1p-12f) return x;	/* |sin x - x| < x^3/6: below half an ulp */
	if (fabsf(x) < 0x1.921fb6p-1f) return (float)sin_k(x);
	int n = reduce(x, &r);
	y = n & 1 ? cos_k(r) : sin_k(r);
	if (n & 2) y = -y;
	return (float)(x < 0 ? -y : y);
}

float cosf(float x)
{
	double r, y;
	if (isnan(x) || isinf(x)) return cos(x);
	if (fabsf(x) < 0x1.921fb6p-1f) return (float)cos_k(x);
	int n = reduce(x, &r);
	y = n & 1 ? sin_k(r) : cos_k(r);
	return (float)((n + 1) & 2 ? -y : y);
}

float tanf(float x)
{
	double r, s, c;
	if (isnan(x) || isinf(x)) return cos(x);
	if (fabsf(x) < 0x1p-12f) return x;	/* tan x - x < x^3/3: below half an ulp */
	int n = fabsf(x) < 0x1.921fb6p-1f ? (r = fabs((double)x), 0) : reduce(x, &r);
	s = sin_k(r);
	c = cos_k(r);
	double t = n & 1 ? -c / s : s / c;
	return (float)(x < 0 ? -t : t);
}

void sincosf(float x, float *s, float *c)
{
	*s = sinf(x);
	*c = cosf(x);
}
