#include <math.h>
#include <errno.h>
#include "x87.h"

double sqrt(double x)
{
	if (x < 0) {
		errno = EDOM;
		return NAN;
	}
	__asm__ ("sqrtsd %1, %0" : "=x"(x) : "x"(x));
	return x;
}

float sqrtf(float x)
{
	if (x < 0) {
		errno = EDOM;
		return NAN;
	}
	__asm__ ("sqrtss %1, %0" : "=x"(x) : "x"(x));
	return x;
}

long double sqrtl(long double x)
{
	return __fsqrt(x);
}

double hypot(double x, double y)
{
	if (isinf(x) || isinf(y)) return HUGE_VAL;
	long double a = x, b = y;
	double r = __fsqrt(a * a + b * b);
	if (isinf(r)) errno = ERANGE;
	return r;
}

double fmod(double x, double y)
{
	if (isnan(x) || isnan(y) || isinf(x) || y == 0) {
		if (!isnan(x) && !isnan(y)) errno = EDOM;
		return (x * y) / (x * y);
	}
	if (isinf(y)) return x;
	return __fprem(x, y);
}

float fmodf(float x, float y) { return fmod(x, y); }
long double fmodl(long double x, long double y) { return __fprem(x, y); }

double remainder(double x, double y)
{
	long double r;
	unsigned short sw;
	long double a = x, b = y;
	do __asm__ ("fprem1; fnstsw %1" : "=t"(r), "=a"(sw) : "0"(a), "u"(b));
	while ((a = r, sw & 0x400));
	return r;
}
