/* The float versions of copysign, nan, fmax, fmin, fdim: a float is an exact double,
 * and fdim's x - y rounds once (when x and y are too far apart for the double
 * difference to be exact, the smaller is far below half a float ulp of the larger,
 * so the double rounding can not land on a float tie). */
#include <math.h>
#include "floatrange.h"

float copysignf(float x, float y) { return copysign(x, y); }
float nanf(const char *s) { return NAN; }
float fmaxf(float x, float y) { return fmax(x, y); }
float fminf(float x, float y) { return fmin(x, y); }

float fdimf(float x, float y)
{
	if (isnan(x) || isnan(y)) return x + y;
	return x > y ? __frange((double)x - y) : 0;
}
