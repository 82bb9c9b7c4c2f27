/* floatrange.h: a float function computed in double and rounded once; errno ERANGE
 * when that rounding overflows to infinity or underflows to zero (math_errhandling is
 * MATH_ERRNO). An infinite, NaN or zero y passes through untouched: the double
 * function has set errno if it had to. */
#ifndef _FLOATRANGE_H
#define _FLOATRANGE_H

#include <errno.h>

static inline float __frange(double y)
{
	float f = (float)y;
	if ((f - f != 0 && y - y == 0) || (f == 0 && y != 0)) errno = ERANGE;
	return f;
}

#endif
