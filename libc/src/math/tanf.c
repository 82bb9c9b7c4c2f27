/* The float circular and inverse functions: the double function, rounded once
 * (correctly rounded but where the double result lies within its error of a float
 * tie; the double functions are within about 1 ulp, 2^-29 of a float ulp). sincos
 * is a GNU extension. tanf and sincosf have their own reduction in sincosf.c. */
#include <math.h>
#include "floatrange.h"

float asinf(float x) { return asin(x); }
float acosf(float x) { return acos(x); }
float atanf(float x) { return atan(x); }
float atan2f(float y, float x) { return __frange(atan2(y, x)); }	/* y/x may underflow */
float asinhf(float x) { return asinh(x); }
float acoshf(float x) { return acosh(x); }
float atanhf(float x) { return atanh(x); }

void sincos(double x, double *s, double *c)
{
	*s = sin(x);
	*c = cos(x);
}
