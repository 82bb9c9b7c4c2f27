/* fmodl and remainderl exactly, for either long double format: a long division of
 * the significands one bit at a time (as fmod does for double). */
#include <math.h>
#include <errno.h>
#include <float.h>
#include "../internal/ldbits.h"

/* |x| = m * 2^(e - 16383 - LD_FRAC), m normalized to [2^LD_FRAC, 2^(LD_FRAC+1)) */
static int ldunpack(long double x, unsigned __int128 *m, int *sign)
{
	int se;
	ldm_t u = __ld_split(x, &se);
	int e = se & 0x7fff;
	*sign = se & 0x8000;
	if (!e)
		for (e = 1; !(u >> LD_FRAC); e--) u <<= 1;
	*m = u;
	return e;
}

long double fmodl(long double x, long double y)
{
	if (isnan(x) || isnan(y)) return x + y;
	if (isinf(x) || y == 0) {
		errno = EDOM;
		return NAN;
	}
	if (isinf(y) || x == 0 || fabsl(x) < fabsl(y)) return x;
	unsigned __int128 mx, my, r;
	int sign, sy;
	int ex = ldunpack(x, &mx, &sign), ey = ldunpack(y, &my, &sy);
	/* the remainder r < 2*my at every step, so one subtraction is enough */
	for (r = mx; ex > ey; ex--) {
		if (r >= my) r -= my;
		r <<= 1;
	}
	if (r >= my) r -= my;
	if (r == 0) return __ld_join(0, sign);
	for (; !(r >> LD_FRAC); ey--) r <<= 1;
	/* a multiple of the smallest denormal: denormalizing is exact */
	if (ey < 1) {
		r >>= 1 - ey;
		ey = 0;
	}
	return __ld_join((ldm_t)r, sign | ey);
}

/* x - n*y with n the nearest integer to x/y, ties to even */
long double remainderl(long double x, long double y)
{
	if (isnan(x) || isnan(y)) return x + y;
	if (isinf(x) || y == 0) {
		errno = EDOM;
		return NAN;
	}
	long double a = fabsl(y), r = fabsl(x);
	int odd = 0;
	if (isinf(y)) return x;
	/* r mod 2a keeps the parity of the quotient for the tie rule */
	if (a <= LDBL_MAX / 2) r = fmodl(r, 2 * a);
	if (r >= a) {
		r -= a;
		odd = 1;
	}
	if (2 * r > a || (2 * r == a && odd)) r -= a;
	if (r == 0) return copysignl(0, x);
	return x < 0 ? -r : r;
}
