/* nextafter and nexttoward: the neighbour of x in y's direction, one step on the
 * bits (the bit patterns of same-signed doubles are ordered like their values).
 * POSIX asks for ERANGE when x != y and the result is infinite, subnormal or zero.
 * nexttoward's y is a long double (x87 80-bit on x86_64, binary128 on aarch64): x
 * converts to it exactly, so the comparisons are exact in either format. */
#include <math.h>
#include <errno.h>
#include <float.h>
#include <stdint.h>
#include <string.h>

static double step(double x, int up)
{
	uint64_t u;
	if (x == 0) u = 1;	/* the smallest subnormal, signed by the caller */
	else {
		memcpy(&u, &x, 8);
		u += up == (x > 0) ? 1 : -1;
	}
	memcpy(&x, &u, 8);
	if (x == 0 || isinf(x) || fabs(x) < DBL_MIN) errno = ERANGE;
	return x;
}

double nextafter(double x, double y)
{
	if (isnan(x) || isnan(y)) return x + y;
	if (x == y) return y;
	double r = step(x, x < y);
	return x == 0 ? copysign(r, y) : r;
}

double nexttoward(double x, long double y)
{
	if (isnan(x) || isnan(y)) return (double)(x + y);
	if (x == y) return (double)y;
	double r = step(x, x < y);
	return x == 0 ? copysign(r, (double)y) : r;
}

static float stepf(float x, int up)
{
	uint32_t u;
	if (x == 0) u = 1;
	else {
		memcpy(&u, &x, 4);
		u += up == (x > 0) ? 1 : -1;
	}
	memcpy(&x, &u, 4);
	if (x == 0 || isinf(x) || fabsf(x) < FLT_MIN) errno = ERANGE;
	return x;
}

float nextafterf(float x, float y)
{
	if (isnan(x) || isnan(y)) return x + y;
	if (x == y) return y;
	float r = stepf(x, x < y);
	return x == 0 ? copysign(r, y) : r;
}

float nexttowardf(float x, long double y)
{
	if (isnan(x) || isnan(y)) return (float)(x + y);
	if (x == y) return (float)y;
	float r = stepf(x, x < y);
	return x == 0 ? copysign(r, (double)y) : r;
}
