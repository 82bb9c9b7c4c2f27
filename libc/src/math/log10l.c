/* log10l: the double-long-double natural logarithm of logl.c times a two-part
 * 1/ln(base) constant, rounded once at the end. Exact zero at 1.
 * Measured max error (fixed-seed sample of 600 to 2000 points per range, evaluated
 * with ring3's libc on x86_64 and on aarch64 under qemu, against mpmath at 400 bits):
 * log10l 0.50 ulp (x86_64), 0.50 (aarch64). */
#include <math.h>
#include "libml.h"

long double log10l(long double x)
{
	long double s;
	if (__logl_special(x, &s)) return s;
	ldd r = __ldd_mul(__logl_dd(x), (ldd){ LOG10E_HI, LOG10E_LO });
	return r.hi + r.lo;
}
