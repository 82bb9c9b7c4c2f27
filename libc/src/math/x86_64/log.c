#include <math.h>
#include <errno.h>
#include "x87.h"

/* Domain and pole errors, then y * log2(x) with y scaling to the base. */
static double logy(double x, long double y)
{
	if (isnan(x)) return x;
	if (x < 0) {
		errno = EDOM;
		return NAN;
	}
	if (x == 0) {
		errno = ERANGE;
		return -HUGE_VAL;
	}
	if (isinf(x)) return x;
	return __fyl2x(x, y);
}

double log(double x) { return logy(x, LN2_L); }
double log2(double x) { return logy(x, 1); }
double log10(double x) { return logy(x, LOG10_2_L); }
float logf(float x) { return log(x); }

double log1p(double x)
{
	if (x == -1) {
		errno = ERANGE;
		return -HUGE_VAL;
	}
	if (x < -1) {
		errno = EDOM;
		return NAN;
	}
	if (fabs(x) < 0.29) return __fyl2xp1(x, LN2_L);
	return log(1 + (long double)x);
}

double logb(double x)
{
	if (x == 0) return -HUGE_VAL;
	if (isinf(x)) return HUGE_VAL;
	if (isnan(x)) return x;
	return ilogb(x);
}

int ilogb(double x)
{
	if (x == 0 || isnan(x)) return FP_ILOGB0;
	if (isinf(x)) return 0x7fffffff;
	int e;
	frexp(x, &e);
	return e - 1;
}
