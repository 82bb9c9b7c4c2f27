/* long double sign, exponent and scaling on the format's bits (ldbits.h). */
#include <math.h>
#include "../internal/ldbits.h"

long double fabsl(long double x)
{
	int se;
	ldm_t m = __ld_split(x, &se);
	return __ld_join(m, se & 0x7fff);
}

long double copysignl(long double x, long double y)
{
	int se, sy;
	ldm_t m = __ld_split(x, &se);
	__ld_split(y, &sy);
	return __ld_join(m, (se & 0x7fff) | (sy & 0x8000));
}

long double frexpl(long double x, int *e)
{
	int se, ex;
	ldm_t m = __ld_split(x, &se);
	ex = se & 0x7fff;
	if (ex == 0x7fff || m == 0) {
		*e = 0;
		return x + x;	/* zero, inf, or nan quieted */
	}
	if (!ex)	/* denormal: normalize, its exponent is that of the smallest normal */
		for (ex = 1; !(m >> LD_FRAC); ex--) m <<= 1;
	*e = ex - 16382;
	return __ld_join(m, (se & 0x8000) | 16382);
}

/* x * 2^n rounded once: the exponent range is crossed in steps that stay exact,
 * the one going down stopping LDBL_MANT_DIG above the normal range so that only
 * the final multiplication can round (into the denormals). */
long double scalbnl(long double x, int n)
{
	const long double down = 0x1p-16382L * (long double)((ldm_t)1 << LD_FRAC) * 2;
	const int dn = 16382 - (LD_FRAC + 1);
	for (int i = 0; i < 2 && n > 16383; i++) {
		x *= 0x1p16383L;
		n -= 16383;
	}
	if (n > 16383) n = 16383;
	for (int i = 0; i < 2 && n < -16382; i++) {
		x *= down;
		n += dn;
	}
	if (n < -16382) n = -16382;
	return x * __ld_join((ldm_t)1 << LD_FRAC, n + 16383);
}

long double ldexpl(long double x, int n) { return scalbnl(x, n); }
