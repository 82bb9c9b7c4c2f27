#include <math.h>
#include <stdint.h>
#include <string.h>

double fabs(double x)
{
	uint64_t u;
	memcpy(&u, &x, 8);
	u &= ~(1ULL << 63);
	memcpy(&x, &u, 8);
	return x;
}

float fabsf(float x) { return fabs(x); }

double copysign(double x, double y)
{
	uint64_t a, b;
	memcpy(&a, &x, 8);
	memcpy(&b, &y, 8);
	a = (a & ~(1ULL << 63)) | (b & 1ULL << 63);
	memcpy(&x, &a, 8);
	return x;
}

double nan(const char *s)
{
	return NAN;
}

double fmax(double x, double y)
{
	if (isnan(x)) return y;
	if (isnan(y)) return x;
	return x > y ? x : y;
}

double fmin(double x, double y)
{
	if (isnan(x)) return y;
	if (isnan(y)) return x;
	return x < y ? x : y;
}

double fdim(double x, double y)
{
	if (isnan(x) || isnan(y)) return x + y;
	return x > y ? x - y : 0;
}
