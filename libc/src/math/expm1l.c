/* expm1l: e^x - 1 without the cancellation of expl(x) - 1. |x| <= ln2/2: the kernel
 * r + r^2 * P(r) of expl.c directly; otherwise x = k*ln2 + r and
 * expm1(x) = (2^k - 1) + 2^k * expm1(r), where 2^k - 1 is exact for the k that need it.
 * Measured max error (fixed-seed sample of 600 to 2000 points per range, evaluated
 * with ring3's libc on x86_64 and on aarch64 under qemu, against mpmath at 400 bits):
 * expm1l 1.32 ulp (x86_64), 1.25 (aarch64). */
#include <math.h>
#include <errno.h>
#include <float.h>
#include "libml.h"

long double expm1l(long double x)
{
	if (isnan(x)) return x + x;
	/* x + x^2/2 rounds to x; this also keeps -0 */
	if (fabsl(x) < (LD_FRAC == 63 ? 0x1p-65L : 0x1p-114L)) return x;
	if (fabsl(x) <= 0.34657359L) return __expm1l_r(x, 0);
	if (x < -(LD_FRAC + 3) * 0.6931471805599453L) return -1;
	if (x > 20000) {
		errno = ERANGE;
		return HUGE_VALL;
	}
	int k = (int)(x * LOG2E + (x < 0 ? -0.5L : 0.5L));
	long double r = x - k * LN2_CW_HI;
	ldd t = __ldd_two_sum(r, -k * LN2_CW_LO);
	long double e = __expm1l_r(t.hi, t.lo);
	if (k > LD_FRAC + 2) {
		long double y = scalbnl(1 + e, k);
		if (isinf(y)) errno = ERANGE;
		return y;
	}
	return (scalbnl(1, k) - 1) + scalbnl(e, k);
}
