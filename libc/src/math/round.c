#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

/* Doubles of magnitude 2^52 or more are integers already; below that, the
 * conversion to long long truncates exactly. */
double trunc(double x)
{
	if (!(fabs(x) < 0x1p52)) return x;
	double t = (double)(long long)x;
	return t == 0 ? copysign(0, x) : t;
}

double floor(double x)
{
	double t = trunc(x);
	return t > x ? t - 1 : t;
}

double ceil(double x)
{
	double t = trunc(x);
	return t < x ? t + 1 : (t == 0 ? copysign(0, x) : t);
}

double round(double x)
{
	double t = trunc(x);
	if (fabs(x - t) >= 0.5) t += x > 0 ? 1 : -1;
	return t;
}

/* Round to nearest, ties to even (the default rounding mode). */
double rint(double x)
{
	if (!(fabs(x) < 0x1p52)) return x;
	double big = copysign(0x1p52, x);
	double r = (x + big) - big;
	return r == 0 ? copysign(0, x) : r;
}

/* rint without the inexact flag (C11 7.12.9.3): the flag is put back as it was. */
double nearbyint(double x)
{
	int inexact = fetestexcept(FE_INEXACT);
	double r = rint(x);
	if (!inexact) feclearexcept(FE_INEXACT);
	return r;
}
long lround(double x) { return round(x); }
long long llround(double x) { return round(x); }
long lrint(double x) { return rint(x); }
long long llrint(double x) { return rint(x); }

float truncf(float x) { return trunc(x); }
float floorf(float x) { return floor(x); }
float ceilf(float x) { return ceil(x); }
float roundf(float x) { return round(x); }
