/* logbl and ilogbl: the unbiased exponent, from the bits (denormals counted from
 * their top set bit). logbl(0) is -inf with ERANGE (a pole), ilogbl of 0, nan and
 * inf are FP_ILOGB0, FP_ILOGBNAN and INT_MAX with EDOM (C11 7.12.6.5, POSIX). */
#include <math.h>
#include <errno.h>
#include <limits.h>
#include "../internal/ldbits.h"

static int expo(long double x)
{
	int se;
	ldm_t m = __ld_split(x, &se);
	int e = se & 0x7fff;
	if (e) return e - 16383;
	for (e = -16382; !(m >> LD_FRAC); e--) m <<= 1;
	return e;
}

long double logbl(long double x)
{
	if (isnan(x)) return x + x;
	if (isinf(x)) return fabsl(x);
	if (x == 0) {
		errno = ERANGE;
		return -HUGE_VALL;
	}
	return expo(x);
}

int ilogbl(long double x)
{
	if (isnan(x) || isinf(x) || x == 0) {
		errno = EDOM;
		return isnan(x) ? FP_ILOGBNAN : x == 0 ? FP_ILOGB0 : INT_MAX;
	}
	return expo(x);
}
