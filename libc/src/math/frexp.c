#include <math.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>

double frexp(double x, int *e)
{
	uint64_t u;
	memcpy(&u, &x, 8);
	int ee = u >> 52 & 0x7ff;
	if (!ee) {
		if (x == 0) {
			*e = 0;
			return x;
		}
		/* Subnormal: scale into the normal range first. */
		x = frexp(x * 0x1p64, e);
		*e -= 64;
		return x;
	}
	if (ee == 0x7ff) {
		*e = 0;
		return x;
	}
	*e = ee - 1022;
	u = (u & ~(0x7ffULL << 52)) | 1022ULL << 52;
	memcpy(&x, &u, 8);
	return x;
}

static double scale(double x, int n)
{
	/* Steps of at most 2^1000 keep intermediate values representable. */
	while (n > 1000) {
		x *= 0x1p1000;
		n -= 1000;
		if (isinf(x)) return x;
	}
	while (n < -1000) {
		x *= 0x1p-1000;
		n += 1000;
		if (x == 0) return x;
	}
	double m;
	uint64_t u = (uint64_t)(n + 1023) << 52;
	if (n >= -1022) {
		memcpy(&m, &u, 8);
		return x * m;
	}
	return x * 0x1p-1000 * scale(1, n + 1000);
}

/* POSIX: ERANGE when a finite nonzero x overflows to infinity or underflows to 0 */
double scalbn(double x, int n)
{
	double r = scale(x, n);
	if ((r == 0 && x != 0) || (isinf(r) && !isinf(x))) errno = ERANGE;
	return r;
}

double ldexp(double x, int n) { return scalbn(x, n); }

double modf(double x, double *ip)
{
	double t = trunc(x);
	*ip = t;
	if (isinf(x)) return copysign(0, x);
	return copysign(x - t, x);
}
