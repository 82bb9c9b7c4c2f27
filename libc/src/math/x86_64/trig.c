#include <math.h>
#include <errno.h>
#include "x87.h"

/* fsin/fcos/fptan accept |x| < 2^63; larger values lose all meaning anyway. */
static long double reduce(double x)
{
	if (fabs(x) < 0x1p62) return x;
	return __fprem(x, 2 * 3.14159265358979323846264338327950288L);
}

double sin(double x)
{
	if (isinf(x)) {
		errno = EDOM;
		return NAN;
	}
	long double r, a = reduce(x);
	__asm__ ("fsin" : "=t"(r) : "0"(a));
	return r;
}

double cos(double x)
{
	if (isinf(x)) {
		errno = EDOM;
		return NAN;
	}
	long double r, a = reduce(x);
	__asm__ ("fcos" : "=t"(r) : "0"(a));
	return r;
}

double tan(double x)
{
	if (isinf(x)) {
		errno = EDOM;
		return NAN;
	}
	long double r, one, a = reduce(x);
	__asm__ ("fptan" : "=t"(one), "=u"(r) : "0"(a));
	return r;
}

float sinf(float x) { return sin(x); }
float cosf(float x) { return cos(x); }

double atan2(double y, double x) { return __fpatan(y, x); }
double atan(double x) { return __fpatan(x, 1); }

double asin(double x)
{
	if (fabs(x) > 1) {
		errno = EDOM;
		return NAN;
	}
	return __fpatan(x, __fsqrt((1 - (long double)x) * (1 + (long double)x)));
}

double acos(double x)
{
	if (fabs(x) > 1) {
		errno = EDOM;
		return NAN;
	}
	return __fpatan(__fsqrt((1 - (long double)x) * (1 + (long double)x)), x);
}

double asinh(double x)
{
	long double a = fabs(x);
	long double r = a > 0x1p28 ? log(a) + LN2_L : log(a + __fsqrt(a * a + 1));
	return x < 0 ? -r : r;
}

double acosh(double x)
{
	if (x < 1) {
		errno = EDOM;
		return NAN;
	}
	long double a = x;
	return a > 0x1p28 ? log(a) + LN2_L : log(a + __fsqrt(a * a - 1));
}

double atanh(double x)
{
	if (fabs(x) > 1) {
		errno = EDOM;
		return NAN;
	}
	if (fabs(x) == 1) {
		errno = ERANGE;
		return copysign(HUGE_VAL, x);
	}
	return 0.5 * log1p(2 * x / (1 - x));
}
