/* The float versions of the exponent functions, on doubles: a float and every power
 * of two it can be scaled by within the float range are exact doubles, so the only
 * rounding is the final conversion (one rounding, also into the subnormals).
 * scalbln and the float scalings set ERANGE on overflow and on underflow to zero, as
 * POSIX asks. */
#include <math.h>
#include <errno.h>
#include <limits.h>
#include "floatrange.h"

float frexpf(float x, int *e) { return frexp(x, e); }
int ilogbf(float x) { return ilogb(x); }
float logbf(float x) { return logb(x); }

float modff(float x, float *ip)
{
	double i, f = modf(x, &i);
	*ip = i;
	return f;
}

/* 2^-300 (x the smallest subnormal float) to 2^300 (x the largest float) are
 * exact doubles: n clamped to +-400 changes no result */
float scalblnf(float x, long n)
{
	if (x == 0 || isinf(x) || isnan(x)) return x;
	if (n > 400) n = 400;
	if (n < -400) n = -400;
	return __frange(scalbn(x, (int)n));
}

float scalbnf(float x, int n) { return scalblnf(x, n); }
float ldexpf(float x, int n) { return scalblnf(x, n); }

double scalbln(double x, long n)
{
	if (x == 0 || isinf(x) || isnan(x)) return x;
	if (n > INT_MAX) n = INT_MAX;
	if (n < INT_MIN) n = INT_MIN;
	double r = scalbn(x, (int)n);
	if (r == 0 || isinf(r)) errno = ERANGE;
	return r;
}
