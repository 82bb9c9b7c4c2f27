/* hypotf and cbrtf on doubles: x*x and y*y are exact there and the double results are
 * within about 1 ulp of the exact ones, 2^-29 of a float ulp: the rounding to float
 * is the correct one unless the exact result lies that close to a float tie. */
#include <math.h>
#include "floatrange.h"

float hypotf(float x, float y)
{
	if (isinf(x) || isinf(y)) return INFINITY;
	if (isnan(x) || isnan(y)) return x + y;
	return __frange(sqrt((double)x * x + (double)y * y));
}

float cbrtf(float x) { return cbrt(x); }
