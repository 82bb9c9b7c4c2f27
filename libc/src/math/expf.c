/* expf, and e^v for powf: v = (64k + j) ln2/64 + r, |r| <= ln2/128, e^v =
 * 2^k * 2^(j/64) * e^r, 2^(j/64) from a table (gen/gen_float.py) and e^r by its
 * Taylor series to r^5 (the first term left out is below 2^-54.6 of the result).
 * For a float x the reduced argument is exact: ln2/64 is split as HI + LO with HI of
 * 37 bits, so k*HI (|64k + j| < 2^14) is exact and so is x - k*HI (both multiples of
 * 2^-43, the difference below 2^-7). The double result is within about 2^-52 and is
 * rounded once to float, with ERANGE (floatrange.h) when that overflows or
 * underflows to zero. Checked on all 2^32 floats against glibc's exp rounded to float: no
 * difference (tests/libc/mathcore.c checks 2^17 of them and errno). */
#include <math.h>
#include "libm.h"
#include "floatrange.h"

#define INVLN2N 0x1.71547652b82fep+6	/* 64/ln2 */
#define LN2NHI 0x1.62e42fefap-7		/* ln2/64 to 37 bits */
#define LN2NLO 0x1.cf79abc9e3b3ap-46	/* ln2/64 - LN2NHI */
#define SHIFT 0x1.8p52			/* adding it rounds to an integer */

static const double exp2j[64] = {	/* 2^(j/64) */
	0x1.0000000000000p+0, 0x1.02c9a3e778061p+0, 0x1.059b0d3158574p+0,
	0x1.0874518759bc8p+0, 0x1.0b5586cf9890fp+0, 0x1.0e3ec32d3d1a2p+0,
	0x1.11301d0125b51p+0, 0x1.1429aaea92de0p+0, 0x1.172b83c7d517bp+0,
	0x1.1a35beb6fcb75p+0, 0x1.1d4873168b9aap+0, 0x1.2063b88628cd6p+0,
	0x1.2387a6e756238p+0, 0x1.26b4565e27cddp+0, 0x1.29e9df51fdee1p+0,
	0x1.2d285a6e4030bp+0, 0x1.306fe0a31b715p+0, 0x1.33c08b26416ffp+0,
	0x1.371a7373aa9cbp+0, 0x1.3a7db34e59ff7p+0, 0x1.3dea64c123422p+0,
	0x1.4160a21f72e2ap+0, 0x1.44e086061892dp+0, 0x1.486a2b5c13cd0p+0,
	0x1.4bfdad5362a27p+0, 0x1.4f9b2769d2ca7p+0, 0x1.5342b569d4f82p+0,
	0x1.56f4736b527dap+0, 0x1.5ab07dd485429p+0, 0x1.5e76f15ad2148p+0,
	0x1.6247eb03a5585p+0, 0x1.6623882552225p+0, 0x1.6a09e667f3bcdp+0,
	0x1.6dfb23c651a2fp+0, 0x1.71f75e8ec5f74p+0, 0x1.75feb564267c9p+0,
	0x1.7a11473eb0187p+0, 0x1.7e2f336cf4e62p+0, 0x1.82589994cce13p+0,
	0x1.868d99b4492edp+0, 0x1.8ace5422aa0dbp+0, 0x1.8f1ae99157736p+0,
	0x1.93737b0cdc5e5p+0, 0x1.97d829fde4e50p+0, 0x1.9c49182a3f090p+0,
	0x1.a0c667b5de565p+0, 0x1.a5503b23e255dp+0, 0x1.a9e6b5579fdbfp+0,
	0x1.ae89f995ad3adp+0, 0x1.b33a2b84f15fbp+0, 0x1.b7f76f2fb5e47p+0,
	0x1.bcc1e904bc1d2p+0, 0x1.c199bdd85529cp+0, 0x1.c67f12e57d14bp+0,
	0x1.cb720dcef9069p+0, 0x1.d072d4a07897cp+0, 0x1.d5818dcfba487p+0,
	0x1.da9e603db3285p+0, 0x1.dfc97337b9b5fp+0, 0x1.e502ee78b3ff6p+0,
	0x1.ea4afa2a490dap+0, 0x1.efa1bee615a27p+0, 0x1.f50765b6e4540p+0,
	0x1.fa7c1819e90d8p+0,
};

/* e^v, |v| <= 110 */
__attribute__((__visibility__("hidden"))) double __expf_k(double v)
{
	double kd = (v * INVLN2N + SHIFT) - SHIFT;
	double r = (v - kd * LN2NHI) - kd * LN2NLO;
	int64_t ki = (int64_t)kd;
	/* 2^k * 2^(j/64): k added to the table entry's exponent field */
	double s = __dfrom(__dbits(exp2j[ki & 63]) + ((uint64_t)(ki >> 6) << 52));
	double r2 = r * r;
	return s * (1 + r + r2 * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120)))));
}

float expf(float x)
{
	if (isnan(x)) return x + x;
	if (isinf(x)) return x > 0 ? x : 0;
	/* beyond these the float result is infinite or zero; __frange sets ERANGE */
	if (x > 100) return __frange(0x1p200);
	if (x < -110) return __frange(0x1p-200);
	return __frange(__expf_k(x));
}
