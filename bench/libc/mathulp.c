/* bench/libc/mathulp.c: the largest error, in fractions of an ulp, of ring3's double
 * exp/exp2/log/log2/log10/pow/sin/cos/tan/atan/atan2 over random arguments, against the host's
 * long double functions (glibc on x86_64: x87 64-bit precision, so the reference
 * itself is good to about 2^-11 of a double ulp). Host only; not a test:
 *   cc -O2 -I libc/src/math bench/libc/mathulp.c -lm -o mathulp && ./mathulp [N [NAME]]
 * The ring3 sources are compiled in under r_ names (as tests/libc/mathgen.c does). */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define exp r_exp
#define exp2 r_exp2
#define expm1 r_expm1
#define sinh r_sinh
#define cosh r_cosh
#define tanh r_tanh
#define log r_log
#define log2 r_log2
#define log10 r_log10
#define log1p r_log1p
#define logb r_logb
#define ilogb r_ilogb
#define pow r_pow
#define cbrt r_cbrt
#define sin r_sin
#define cos r_cos
#define tan r_tan
#define atan r_atan
#define atan2 r_atan2
#define asin r_asin
#define acos r_acos
#define asinh r_asinh
#define acosh r_acosh
#define atanh r_atanh
#define __exp_dd r___exp_dd
#define __log_dd r___log_dd
#define __log_fast r___log_fast
double exp(double), exp2(double), expm1(double), sinh(double), cosh(double), tanh(double);
double log(double), log2(double), log10(double), log1p(double), logb(double);
double pow(double, double), cbrt(double), sin(double), cos(double), tan(double);
double atan2(double, double), atan(double), asin(double), acos(double);
double asinh(double), acosh(double), atanh(double);
int ilogb(double);
#include "exp.c"
#include "log.c"
#include "pow.c"
#include "trig.c"
#undef exp
#undef exp2
#undef log
#undef log2
#undef log10
#undef pow
#undef sin
#undef cos
#undef tan
#undef atan
#undef atan2

static uint64_t rng = 0x9e3779b97f4a7c15ULL;
static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}
static double uni(double a, double b) { return a + (b - a) * (double)(next() >> 11) * 0x1p-53; }
static double anypos(void)
{
	uint64_t u;
	do u = next() >> 1; while ((u >> 52) >= 0x7ff);
	double d;
	memcpy(&d, &u, 8);
	return d;
}

/* (got - want) in ulps of want's binade (the subnormal ulp below 2^-1022) */
static double ulperr(double got, long double want)
{
	if (isinf(want) && got == want) return 0;
	int e;
	frexpl(want, &e);
	if (e < -1021) e = -1021;
	return fabsl((long double)got - want) / ldexpl(1, e - 53);
}

static const char *only;	/* a function name: only its ranges */
typedef double (*f1)(double);
typedef long double (*l1)(long double);
static void one(const char *name, f1 g, l1 r, double lo, double hi, int any, long n)
{
	double worst = 0, at = 0;
	if (only && strcmp(only, name)) return;
	for (long i = 0; i < n; i++) {
		double x = any ? (next() & 1 ? -anypos() : anypos()) : uni(lo, hi);
		if (x < lo || x > hi) continue;
		double e = ulperr(g(x), r(x));
		if (e > worst) worst = e, at = x;
	}
	printf("%-6s [%-9g, %9g]%s: max %.4f ulp at %a\n", name, lo, hi, any ? " any" : "", worst, at);
}

static long double powl_(long double x, long double y) { return powl(x, y); }
int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	only = argc > 2 ? argv[2] : 0;
	one("exp", r_exp, expl, -745, 709.7, 0, n);
	one("exp", r_exp, expl, -1, 1, 0, n);
	one("exp", r_exp, expl, -746, -708, 0, n);
	one("exp2", r_exp2, exp2l, -1074, 1023, 0, n);
	one("log", r_log, logl, 0, DBL_MAX, 1, n);
	one("log", r_log, logl, 0.9, 1.1, 0, n);
	one("log", r_log, logl, 1 - 0x1p-20, 1 + 0x1p-20, 0, n);
	one("log2", r_log2, log2l, 0, DBL_MAX, 1, n);
	one("log2", r_log2, log2l, 0.9, 1.1, 0, n);
	one("log2", r_log2, log2l, 1 - 0x1p-20, 1 + 0x1p-20, 0, n);
	one("log10", r_log10, log10l, 0, DBL_MAX, 1, n);
	one("log10", r_log10, log10l, 0.9, 1.1, 0, n);
	one("log10", r_log10, log10l, 1 - 0x1p-20, 1 + 0x1p-20, 0, n);
	one("sin", r_sin, sinl, -3.2, 3.2, 0, n);
	one("sin", r_sin, sinl, -1e6, 1e6, 0, n);
	one("sin", r_sin, sinl, -DBL_MAX, DBL_MAX, 1, n);
	one("cos", r_cos, cosl, -3.2, 3.2, 0, n);
	one("cos", r_cos, cosl, -1e6, 1e6, 0, n);
	one("cos", r_cos, cosl, -DBL_MAX, DBL_MAX, 1, n);
	one("tan", r_tan, tanl, -3.2, 3.2, 0, n);
	one("tan", r_tan, tanl, -DBL_MAX, DBL_MAX, 1, n);
	one("atan", r_atan, atanl, -DBL_MAX, DBL_MAX, 1, n);
	one("atan", r_atan, atanl, -4, 4, 0, n);
	one("atan", r_atan, atanl, -70, 70, 0, n);
	/* atan2: y / x anywhere (both random doubles), and both in [-3, 3] */
	if (!only || !strcmp(only, "atan2")) {
		for (int k = 0; k < 2; k++) {
			double worst = 0, ax = 0, ay = 0;
			for (long i = 0; i < n; i++) {
				double y = k ? uni(-3, 3) : (next() & 1 ? -anypos() : anypos());
				double x = k ? uni(-3, 3) : (next() & 1 ? -anypos() : anypos());
				double e = ulperr(r_atan2(y, x), atan2l(y, x));
				if (e > worst) worst = e, ax = x, ay = y;
			}
			printf("atan2  %s: max %.4f ulp at (%a, %a)\n", k ? "y, x in [-3, 3]  " : "y, x any doubles ",
				worst, ay, ax);
		}
	}
	/* pow: x anywhere in (0, 4), y such that x^y stays in range, and near 1 */
	double worst = 0, ax = 0, ay = 0;
	if (only && strcmp(only, "pow")) return 0;
	for (long i = 0; i < n; i++) {
		double x = i & 1 ? uni(0, 4) : anypos(), y;
		if (i % 5 == 0) x = 1 + uni(-0x1p-20, 0x1p-20);
		y = uni(-1, 1) * 700 / fabs(log(x) + 1e-300);
		if (i % 3 == 0) y = uni(-50, 50);
		long double w = powl_(x, y);
		if (w > DBL_MAX || w == 0) continue;
		double e = ulperr(r_pow(x, y), w);
		if (e > worst) worst = e, ax = x, ay = y;
	}
	printf("pow    random x, y             : max %.4f ulp at (%a, %a)\n", worst, ax, ay);
	return 0;
}
