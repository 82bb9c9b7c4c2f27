#include <math.h>
#include <errno.h>
#include "x87.h"

static double range(long double r)
{
	double d = r;
	if (isinf(d) || (d == 0 && r != 0)) errno = ERANGE;
	return d;
}

double exp2(double x)
{
	if (isnan(x)) return x;
	if (isinf(x)) return x > 0 ? x : 0;
	if (x > 2000) return range(HUGE_VALL);
	if (x < -2000) return range(0x1p-2000L);
	return range(__exp2l(x));
}

double exp(double x)
{
	if (isnan(x) || isinf(x)) return exp2(x);
	if (x > 1000) return range(HUGE_VALL);
	if (x < -1000) return range(0x1p-2000L);
	return range(__exp2l(x * LOG2E_L));
}

double expm1(double x)
{
	/* Small x: e^x - 1 loses everything to cancellation; use the series. */
	if (fabs(x) < 1e-5) return x + x * x / 2 + x * x * x / 6;
	return exp(x) - 1;
}

float expf(float x) { return exp(x); }

double sinh(double x)
{
	if (fabs(x) < 1e-5) return x;
	long double e = __exp2l(x * LOG2E_L);
	return range((e - 1 / e) / 2);
}

double cosh(double x)
{
	long double e = __exp2l(fabs(x) > 1000 ? 2000.0L : x * LOG2E_L);
	return range((e + 1 / e) / 2);
}

double tanh(double x)
{
	if (fabs(x) > 40) return x > 0 ? 1 : -1;
	if (fabs(x) < 1e-5) return x;
	long double e = __exp2l(2 * x * LOG2E_L);
	return (e - 1) / (e + 1);
}
