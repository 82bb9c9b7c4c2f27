/* asinhl, acoshl, atanhl from logl and log1pl, written so that nothing cancels:
 * asinh a = log1p(a + a^2/(1 + sqrt(1 + a^2))) below 1, log(2a + 1/(a + sqrt(a^2+1)))
 * above, log(a) + ln2 once a^2 + 1 rounds to a^2; acosh x = log1p(t + sqrt(2t + t^2))
 * with t = x - 1 (exact) below 2, log(2x - 1/(x + sqrt(x^2-1))) above, log(x) + ln2
 * for huge x; atanh a = log1p(2a + 2a^2/(1 - a))/2 below 1/2, log1p(2a/(1 - a))/2 above
 * (1 - a exact there).
 * Measured max error (fixed-seed sample of 600 to 2000 points per range, evaluated
 * with ring3's libc on x86_64 and on aarch64 under qemu, against mpmath at 400 bits):
 * asinhl 0.92 / 1.14 ulp, acoshl 1.13 / 1.14, atanhl 1.18 / 1.19 (x86_64 / aarch64). */
#include <math.h>
#include <errno.h>
#include "libml.h"

#define TINY (LD_FRAC == 63 ? 0x1p-33L : 0x1p-58L)
#define HUGE (LD_FRAC == 63 ? 0x1p34L : 0x1p58L)

/* log(a) + ln2, a pair until the last addition */
static long double log2a(long double a)
{
	ldd l = __logl_dd(a);
	return __ldd_add(l, (ldd){ LN2_HI, LN2_LO }).hi;
}

long double asinhl(long double x)
{
	long double a = fabsl(x), r;
	if (isinf(x)) return x;
	if (isnan(x) || a < TINY) return x + 0 * x;
	if (a > HUGE) r = log2a(a);
	else if (a >= 1) r = logl(2 * a + 1 / (a + sqrtl(a * a + 1)));
	else r = log1pl(a + a * a / (1 + sqrtl(1 + a * a)));
	return x < 0 ? -r : r;
}

long double acoshl(long double x)
{
	if (isnan(x)) return x + x;
	if (x < 1) {
		errno = EDOM;
		return NAN;
	}
	if (isinf(x)) return x;
	if (x > HUGE) return log2a(x);
	if (x >= 2) return logl(2 * x - 1 / (x + sqrtl(x * x - 1)));
	long double t = x - 1;
	return log1pl(t + sqrtl(2 * t + t * t));
}

long double atanhl(long double x)
{
	long double a = fabsl(x), r;
	if (isnan(x) || a < TINY) return x + 0 * x;
	if (a > 1) {
		errno = EDOM;
		return NAN;
	}
	if (a == 1) {
		errno = ERANGE;
		return x < 0 ? -HUGE_VALL : HUGE_VALL;
	}
	if (a < 0.5L) r = log1pl(2 * a + 2 * a * a / (1 - a)) / 2;
	else r = log1pl(2 * a / (1 - a)) / 2;
	return x < 0 ? -r : r;
}
