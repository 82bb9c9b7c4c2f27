/* remquol: the remainder of remainderl (x - n*y, n the integer nearest x/y, ties to
 * even) and the low three bits of n with the sign of x/y. |x| mod 8|y| is exact
 * (fmodl); the quotient of what is left, below 8, comes out of three exact
 * subtractions (each operand within a factor of two of the other), then the final
 * rounding to nearest. */
#include <math.h>
#include <errno.h>

long double remquol(long double x, long double y, int *quo)
{
	*quo = 0;
	if (isnan(x) || isnan(y)) return x + y;
	if (isinf(x) || y == 0) {
		errno = EDOM;
		return NAN;
	}
	long double ay = fabsl(y), a = fabsl(x);
	if (isinf(y)) return x;
	/* 8|y| may overflow to inf: then |x| < 8|y| already */
	if (a >= 8 * ay) a = fmodl(a, 8 * ay);
	int q = 0;
	if (a >= 4 * ay) {
		a -= 4 * ay;
		q += 4;
	}
	if (a >= 2 * ay) {
		a -= 2 * ay;
		q += 2;
	}
	if (a >= ay) {
		a -= ay;
		q++;
	}
	/* a in [0, |y|): round the quotient to nearest, ties to even */
	if (a > ay - a || (a == ay - a && (q & 1))) {
		a -= ay;
		q++;
	}
	q &= 7;
	*quo = (x < 0) != (y < 0) ? -q : q;
	return signbit(x) ? -a : a;
}
