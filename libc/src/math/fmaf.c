/* fmaf: x*y is exact in double (24 + 24 bits); x*y + z is rounded to double with its
 * error kept (two_sum), then to odd (the last bit set when anything was lost, after
 * stepping toward zero if the double came out above the exact value), which makes
 * the final conversion to float a single correct rounding: a double has more than
 * the 24 + 2 bits this needs. */
#include <math.h>
#include "libm.h"
#include "floatrange.h"

float fmaf(float x, float y, float z)
{
	double p = (double)x * y, s, e;
	if (isinf(p) || isnan(p) || isinf(z) || isnan(z)) return p + z;
	__two_sum(p, z, &s, &e);
	if (e != 0) {
		uint64_t u = __dbits(s);
		if ((e < 0) != (s < 0)) u--;	/* |exact| < |s|: truncate */
		s = __dfrom(u | 1);
	}
	return __frange(s);
}
