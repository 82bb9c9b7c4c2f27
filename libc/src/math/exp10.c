/* exp10 (a GNU extension): e^(x ln 10) with x ln 10 in double-double, so the
 * rounding of the product does not reach the result (within about 0.5 ulp, as exp).
 * The float exponentials and hyperbolics: the double function, rounded once
 * (correctly rounded but where the double result lies within its error, 2^-29 of a
 * float ulp, of a float tie); ERANGE when only the float overflows or underflows. */
#include <math.h>
#include <errno.h>
#include "libm.h"
#include "floatrange.h"

#define LN10 0x1.26bb1bbb55516p+1	/* ln 10 = LN10 + LN10_LO */
#define LN10_LO -0x1.f48ad494ea3e9p-53

double exp10(double x)
{
	double h, l, r;
	if (isnan(x)) return x + x;
	if (isinf(x)) return x > 0 ? x : 0;
	if (x > 309) r = HUGE_VAL;
	else if (x < -324) r = 0x1p-1000 * 0x1p-1000;
	else {
		__two_prod(x, LN10, &h, &l);
		r = __exp_dd(h, l + x * LN10_LO);
	}
	if (isinf(r) || r == 0) errno = ERANGE;
	return r;
}

float exp10f(float x) { return __frange(exp10(x)); }
float exp2f(float x) { return __frange(exp2(x)); }
float expm1f(float x) { return __frange(expm1(x)); }
float sinhf(float x) { return __frange(sinh(x)); }
float coshf(float x) { return __frange(cosh(x)); }
float tanhf(float x) { return tanh(x); }
