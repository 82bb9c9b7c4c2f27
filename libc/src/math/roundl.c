/* The long double integer rounding family, on the format's bits (ldbits.h): going
 * through double would lose every bit past the 53rd (floorl(0x1p60L + 3) is not
 * 2^60), and binary128 has 113 of them. */
#include <fenv.h>
#include <math.h>
#include "../internal/ldbits.h"

long double truncl(long double x)
{
	int se, e;
	ldm_t m = __ld_split(x, &se);
	e = (se & 0x7fff) - 16383;
	if (e >= LD_FRAC) return x;	/* an integer, inf or nan */
	if (e < 0) return __ld_join(0, se & 0x8000);	/* keeps the sign of -0.5 */
	m &= ~(((ldm_t)1 << (LD_FRAC - e)) - 1);
	return __ld_join(m, se);
}

/* t - 1 and t + 1 are exact: t is an integer below 2^LD_FRAC in magnitude. */
long double floorl(long double x)
{
	long double t = truncl(x);
	return t > x ? t - 1 : t;
}

long double ceill(long double x)
{
	long double t = truncl(x);
	return t < x ? t + 1 : t;
}

/* Halfway rounds away from zero; x - t, the fraction, is exact. */
long double roundl(long double x)
{
	long double t = truncl(x);
	if (fabsl(x - t) >= 0.5L) t += x > 0 ? 1 : -1;
	return t;
}

/* In the current rounding mode (ties to even by default): below 2^LD_FRAC, adding
 * 2^LD_FRAC leaves a unit in the last place of 1, so the sum rounds to an integer. */
long double rintl(long double x)
{
	int se;
	__ld_split(x, &se);
	if ((se & 0x7fff) - 16383 >= LD_FRAC) return x;
	long double big = (long double)((ldm_t)1 << LD_FRAC);
	if (se & 0x8000) big = -big;
	long double r = (x + big) - big;
	return r == 0 ? __ld_join(0, se & 0x8000) : r;
}

/* rintl without the inexact flag (C11 7.12.9.3): the flag is put back as it was. */
long double nearbyintl(long double x)
{
	int inexact = fetestexcept(FE_INEXACT);
	long double r = rintl(x);
	if (!inexact) feclearexcept(FE_INEXACT);
	return r;
}
long lroundl(long double x) { return roundl(x); }
long long llroundl(long double x) { return roundl(x); }
long lrintl(long double x) { return rintl(x); }
long long llrintl(long double x) { return rintl(x); }

long double modfl(long double x, long double *ip)
{
	long double t = truncl(x);
	*ip = t;
	if (isinf(x)) return copysignl(0, x);
	return copysignl(x - t, x);
}
