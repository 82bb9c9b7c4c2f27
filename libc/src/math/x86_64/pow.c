#include <math.h>
#include <errno.h>
#include "x87.h"

static int is_int(double y) { return trunc(y) == y; }
static int is_odd(double y) { return is_int(y) && fabs(y) < 0x1p53 && ((long long)y & 1); }

double pow(double x, double y)
{
	/* C's special cases (Annex F), in the order they take precedence. */
	if (x == 1 || y == 0) return 1;
	if (isnan(x) || isnan(y)) return x + y;
	if (x == 0) {
		if (y < 0) {
			errno = ERANGE;
			return is_odd(y) ? copysign(HUGE_VAL, x) : HUGE_VAL;
		}
		return is_odd(y) ? x : 0;
	}
	if (isinf(y)) {
		if (x == -1) return 1;
		return (fabs(x) < 1) == (y < 0) ? HUGE_VAL : 0;
	}
	if (isinf(x)) {
		if (x > 0) return y < 0 ? 0 : HUGE_VAL;
		if (y < 0) return is_odd(y) ? -0.0 : 0;
		return is_odd(y) ? -HUGE_VAL : HUGE_VAL;
	}
	int neg = 0;
	if (x < 0) {
		if (!is_int(y)) {
			errno = EDOM;
			return NAN;
		}
		neg = is_odd(y);
		x = -x;
	}
	/* Small integer powers exactly by squaring. */
	long double r;
	if (is_int(y) && fabs(y) <= 64) {
		long long n = y < 0 ? -y : y;
		long double b = x;
		r = 1;
		for (; n; n >>= 1, b *= b)
			if (n & 1) r *= b;
		if (y < 0) r = 1 / r;
	} else {
		long double e = __fyl2x(x, y);
		if (e > 2000) e = 2000;
		if (e < -2000) e = -2000;
		r = __exp2l(e);
	}
	double d = neg ? -r : r;
	if (isinf(d) || d == 0) errno = ERANGE;
	return d;
}

float powf(float x, float y) { return pow(x, y); }

double cbrt(double x)
{
	if (x == 0 || isnan(x) || isinf(x)) return x;
	long double r = __exp2l(__fyl2x(fabs(x), 1.0L / 3));
	/* One Newton step in extended precision settles the last bit. */
	r = r - (r * r * r - fabs(x)) / (3 * r * r);
	return x < 0 ? -r : r;
}
