/* remquo: x - n y with n the integer nearest x / y (ties to even), as remainder, and
 * the low three bits of |n| with the sign of x / y in *quo. fmod by 8|y| leaves the
 * remainder and n mod 8; every step after it is exact (each subtraction takes away
 * at least half of what it subtracts from, so Sterbenz's lemma applies). Exact, so
 * the float versions, computed on doubles, are exact too. */
#include <math.h>
#include <errno.h>
#include <float.h>

double remquo(double x, double y, int *quo)
{
	*quo = 0;
	if (isnan(x) || isnan(y)) return x + y;
	if (isinf(x) || y == 0) {
		errno = EDOM;
		return NAN;
	}
	if (isinf(y)) return x;
	double a = fabs(y), r = fabs(x);
	int q = 0;
	if (a <= DBL_MAX / 8) r = fmod(r, 8 * a);
	for (int i = 2; i >= 0; i--) {
		double m = a * (1 << i);
		if (r >= m) {
			r -= m;
			q += 1 << i;
		}
	}
	if (2 * r > a || (2 * r == a && (q & 1))) {
		r -= a;
		q++;
	}
	*quo = (signbit(x) != signbit(y) ? -1 : 1) * (q & 7);
	if (r == 0) return copysign(0, x);
	return signbit(x) ? -r : r;
}

float remquof(float x, float y, int *quo) { return remquo(x, y, quo); }
float remainderf(float x, float y) { return remainder(x, y); }
