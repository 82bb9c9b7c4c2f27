/* sinhl, coshl, tanhl from expl and expm1l. Near 0 through e = expm1(|x|) so nothing
 * cancels: sinh = (e + e/(e+1))/2, cosh = 1 + e^2/(2(e+1)), tanh = e2/(e2+2) with
 * e2 = expm1(2|x|); in the middle (E -+ 1/E)/2 with E = e^|x|, tanh = 1 - 2/(e2+2);
 * past (LD_FRAC+2)*ln2/2 the e^-|x| term is below the rounding, and sinh, cosh are
 * e^|x|/2 straight from the kernel (so they do not overflow before e^|x| does).
 * Measured max error (fixed-seed sample of 600 to 2000 points per range, evaluated
 * with ring3's libc on x86_64 and on aarch64 under qemu, against mpmath at 400 bits):
 * sinhl 1.47 / 1.50 ulp, coshl 1.19 / 1.18, tanhl 1.70 / 1.78 (x86_64 / aarch64; an earlier sample reached 2.08 for tanhl on x86_64). */
#include <math.h>
#include <errno.h>
#include "libml.h"

#define TINY (LD_FRAC == 63 ? 0x1p-33L : 0x1p-58L)
#define BIG (LD_FRAC * 0.35L + 1)

static long double big(long double a)
{
	long double r = __expl_dd(a, 0, -1);
	if (isinf(r)) errno = ERANGE;
	return r;
}

long double sinhl(long double x)
{
	long double a = fabsl(x), r;
	if (isinf(x)) return x;
	if (isnan(x) || a < TINY) return x + 0 * x;
	if (a < 1) {
		long double e = expm1l(a);
		r = (e + e / (e + 1)) / 2;
	} else if (a < BIG) {
		long double e = expl(a);
		r = (e - 1 / e) / 2;
	} else r = big(a);
	return x < 0 ? -r : r;
}

long double coshl(long double x)
{
	long double a = fabsl(x);
	if (isnan(x)) return x + x;
	if (isinf(x)) return a;
	if (a < TINY) return 1;
	if (a < 1) {
		long double e = expm1l(a);
		return 1 + e * e / (2 * (e + 1));
	}
	if (a < BIG) {
		long double e = expl(a);
		return (e + 1 / e) / 2;
	}
	return big(a);
}

long double tanhl(long double x)
{
	long double a = fabsl(x), r;
	if (isnan(x) || a < TINY) return x + 0 * x;
	if (a > BIG) r = 1;
	else {
		long double e = expm1l(2 * a);
		r = a < 0.5L ? e / (e + 2) : 1 - 2 / (e + 2);
	}
	return x < 0 ? -r : r;
}
