/* nextafterl and nexttowardl (the same function for a long double x): the neighbour
 * of x in y's direction, one step on the significand taken apart (with the carry
 * into the exponent, and the denormal/normal boundary, done by hand since the x87
 * format stores its integer bit). ERANGE when x != y and the result is infinite,
 * denormal or zero (POSIX). */
#include <math.h>
#include <errno.h>
#include <float.h>
#include "../internal/ldbits.h"

long double nextafterl(long double x, long double y)
{
	if (isnan(x) || isnan(y)) return x + y;
	if (x == y) return y;
	long double r;
	if (x == 0) {
		r = __ld_join(1, y < 0 ? 0x8000 : 0);
	} else {
		int se;
		ldm_t m = __ld_split(x, &se);
		int e = se & 0x7fff, s = se & 0x8000;
		const ldm_t one = (ldm_t)1 << LD_FRAC;
		if ((x < y) == (x > 0)) {	/* away from zero */
			m++;
			if (m == one << 1) {
				m = one;
				e++;
			} else if (!e && m == one) e = 1;
		} else if (m != one || !e) {
			m--;
		} else if (e > 1) {
			m = (one << 1) - 1;
			e--;
		} else {
			m = one - 1;
			e = 0;
		}
		r = __ld_join(m, e | s);	/* e == 0x7fff: m is 2^LD_FRAC, inf */
	}
	if (isinf(r) || fabsl(r) < LDBL_MIN) errno = ERANGE;
	return r;
}

long double nexttowardl(long double x, long double y)
{
	return nextafterl(x, y);
}
