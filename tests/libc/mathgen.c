/* mathgen: the math sources, compiled into this program under g_ names, against the
 * libm it links with (glibc's in the host build; in ring3's own builds they are the
 * same code): the largest error in ulps per double function over random and
 * edge-case arguments, the special values (inf, nan, -0, errno), and the long double
 * functions and fma, which must agree bit for bit. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The reference functions, taken before the renames below. */
typedef double (*fn1)(double);
typedef double (*fn2)(double, double);
static const fn1 ref_exp = exp, ref_exp2 = exp2, ref_expm1 = expm1, ref_log = log,
	ref_log2 = log2, ref_log10 = log10, ref_log1p = log1p, ref_sqrt = sqrt, ref_sin = sin,
	ref_cos = cos, ref_tan = tan, ref_atan = atan;
#ifdef __GLIBC__
/* glibc's double versions of these are off by up to 2-4 ulps; its long double
 * ones (x87, 64-bit precision) are the better reference. */
static double cbrt_l(double x) { return cbrtl(x); }
static double tanh_l(double x) { return tanhl(x); }
static double sinh_l(double x) { return sinhl(x); }
static double cosh_l(double x) { return coshl(x); }
static double asin_l(double x) { return asinl(x); }
static double acos_l(double x) { return acosl(x); }
static double asinh_l(double x) { return asinhl(x); }
static double acosh_l(double x) { return acoshl(x); }
static double atanh_l(double x) { return atanhl(x); }
#define ref_cbrt cbrt_l
#define ref_tanh tanh_l
#define ref_sinh sinh_l
#define ref_cosh cosh_l
#define ref_asin asin_l
#define ref_acos acos_l
#define ref_asinh asinh_l
#define ref_acosh acosh_l
#define ref_atanh atanh_l
#else
static const fn1 ref_cbrt = cbrt, ref_tanh = tanh, ref_sinh = sinh, ref_cosh = cosh,
	ref_asin = asin, ref_acos = acos, ref_asinh = asinh, ref_acosh = acosh, ref_atanh = atanh;
#endif
typedef long double (*lfn1)(long double);
typedef long double (*lfn2)(long double, long double);
static const lfn1 ref_sqrtl = sqrtl, ref_floorl = floorl, ref_ceill = ceill, ref_truncl = truncl,
	ref_roundl = roundl, ref_rintl = rintl;
static const lfn2 ref_fmodl = fmodl, ref_remainderl = remainderl;
static long double (*const ref_frexpl)(long double, int *) = frexpl;
static long double (*const ref_scalbnl)(long double, int) = scalbnl;
static long double (*const ref_modfl)(long double, long double *) = modfl;
static long double (*const ref_fmal)(long double, long double, long double) = fmal;
static double (*const ref_fma)(double, double, double) = fma;
static const fn2 ref_pow = pow, ref_hypot = hypot, ref_fmod = fmod,
	ref_remainder = remainder, ref_atan2 = atan2;

#define exp g_exp
#define exp2 g_exp2
#define expm1 g_expm1
#define expf g_expf
#define sinh g_sinh
#define cosh g_cosh
#define tanh g_tanh
#define log g_log
#define log2 g_log2
#define log10 g_log10
#define logf g_logf
#define log1p g_log1p
#define logb g_logb
#define ilogb g_ilogb
#define pow g_pow
#define powf g_powf
#define cbrt g_cbrt
#define sqrt g_sqrt
#define sqrtf g_sqrtf
#define sqrtl g_sqrtl
#define hypot g_hypot
#define fmod g_fmod
#define fmodf g_fmodf
#define fmodl g_fmodl
#define remainder g_remainder
#define remainderl g_remainderl
#define truncl g_truncl
#define floorl g_floorl
#define ceill g_ceill
#define roundl g_roundl
#define rintl g_rintl
#define nearbyintl g_nearbyintl
#define lroundl g_lroundl
#define llroundl g_llroundl
#define lrintl g_lrintl
#define llrintl g_llrintl
#define modfl g_modfl
#define fabsl g_fabsl
#define copysignl g_copysignl
#define frexpl g_frexpl
#define scalbnl g_scalbnl
#define ldexpl g_ldexpl
#define fmal g_fmal
#define fma g_fma
#define fminl g_fminl
#define fmaxl g_fmaxl
#define fdiml g_fdiml
#define sin g_sin
#define cos g_cos
#define tan g_tan
#define sinf g_sinf
#define cosf g_cosf
#define atan2 g_atan2
#define atan g_atan
#define asin g_asin
#define acos g_acos
#define asinh g_asinh
#define acosh g_acosh
#define atanh g_atanh
#define __exp_dd g___exp_dd	/* the libc may have its own (the generic code, on aarch64) */
#define __log_dd g___log_dd
#define __log_fast g___log_fast
double exp(double), exp2(double), expm1(double), sinh(double), cosh(double), tanh(double);
double log(double), log2(double), log10(double), log1p(double), logb(double);
double pow(double, double), cbrt(double), sqrt(double), hypot(double, double);
double fmod(double, double), remainder(double, double), sin(double), cos(double);
double tan(double), atan2(double, double), atan(double), asin(double), acos(double);
double asinh(double), acosh(double), atanh(double);
float expf(float), logf(float), powf(float, float), sqrtf(float), fmodf(float, float);
float sinf(float), cosf(float);
long double sqrtl(long double), fmodl(long double, long double);
long double remainderl(long double, long double);
int ilogb(double);
#include "../../libc/src/math/exp.c"
#include "../../libc/src/math/log.c"
#include "../../libc/src/math/pow.c"
#include "../../libc/src/math/expf.c"
#include "../../libc/src/math/logf.c"
#include "../../libc/src/math/powf.c"
#include "../../libc/src/math/sqrt.c"
#include "../../libc/src/math/frexpl.c"
#include "../../libc/src/math/roundl.c"
#include "../../libc/src/math/sqrtl.c"
#include "../../libc/src/math/fmodl.c"
#include "../../libc/src/math/fmal.c"
#include "../../libc/src/math/trig.c"

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static uint64_t rng = 0x9e3779b97f4a7c15ULL;
static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}
static double uni(double a, double b) { return a + (b - a) * (double)(next() >> 11) * 0x1p-53; }
/* any finite positive double, every exponent equally likely */
static double anypos(void)
{
	uint64_t u;
	do u = next() >> 1; while ((u >> 52) == 0x7ff);
	double d;
	memcpy(&d, &u, 8);
	return d;
}

#include "ulps.h"

#define N 20000
/* ring3's x86_64 libm (the x87 code) is a weaker reference for a few functions:
 * expm1, tanh near 0, tan near its poles, fsin/fcos/fptan's 66-bit pi for large
 * arguments, the inverse hyperbolics near their edges. There the comparison is
 * printed but not held against the generic code. */
#ifdef __GLIBC__
#define X87(max) (max)
#else
#define X87(max) (-1)
#endif
enum { U, ANY, PAIR };

/* one function over one argument range; fails if the worst error exceeds max */
static void run1(const char *name, fn1 g, fn1 r, double lo, double hi, int kind, double max)
{
	double worst = 0, at = 0;
	for (int i = 0; i < N; i++) {
		double x = kind == ANY ? (next() & 1 ? -anypos() : anypos()) : uni(lo, hi);
		if (kind == ANY && (x < lo || x > hi)) continue;
		double e = ulps(g(x), r(x));
		if (e > worst) worst = e, at = x;
	}
	if (max < 0) printf("ok %s [%g, %g]: max %.0f ulp from the x87 code (not checked)\n",
		name, lo, hi, worst);
	else if (worst <= max) printf("ok %s [%g, %g]: max %.0f ulp\n", name, lo, hi, worst);
	else {
		printf("FAIL %s [%g, %g]: max %.0f ulp at %a\n", name, lo, hi, worst, at);
		fails++;
	}
}

static void run2(const char *name, fn2 g, fn2 r, double lo, double hi, double ylo, double yhi,
	int kind, double max)
{
	double worst = 0, ax = 0, ay = 0;
	for (int i = 0; i < N; i++) {
		double x, y;
		if (kind == ANY) {
			x = next() & 1 ? -anypos() : anypos();
			y = next() & 1 ? -anypos() : anypos();
		} else {
			x = uni(lo, hi);
			y = uni(ylo, yhi);
		}
		double e = ulps(g(x, y), r(x, y));
		if (e > worst) worst = e, ax = x, ay = y;
	}
	if (worst <= max) printf("ok %s: max %.0f ulp\n", name, worst);
	else {
		printf("FAIL %s: max %.0f ulp at (%a, %a)\n", name, worst, ax, ay);
		fails++;
	}
}

static double pow_near1(double y) { return g_pow(1 + y * 0x1p-40, 1e12 / (1 + fabs(y))); }
static double ref_pow_near1(double y) { return ref_pow(1 + y * 0x1p-40, 1e12 / (1 + fabs(y))); }
static double pow_negint(double y) { return g_pow(-1.5, floor(y)); }
static double ref_pow_negint(double y) { return ref_pow(-1.5, floor(y)); }
#define E(call, want, err) do { errno = 0; double g_ = (call), w_ = (want); \
	if (ulps(g_, w_) == 0 && signbit(g_) == signbit(w_) && errno == (err)) \
		printf("ok %s\n", #call); \
	else { printf("FAIL %s = %a errno %d (line %d)\n", #call, g_, errno, __LINE__); fails++; } } while (0)

/* A finite long double from random bits, the exponent either anywhere or within
 * `near` of 2^at (the integer-rounding range, a divisor's neighbourhood). */
static long double anyl(int at, int near)
{
	ldm_t m = (ldm_t)((unsigned __int128)next() << 64 | next());
	int e = near ? at + (int)(next() % (2 * near + 1)) - near : (int)(next() % 0x7fff);
	if (e < 0) e = 0;
	if (e > 0x7ffe) e = 0x7ffe;
	m &= ((ldm_t)1 << LD_FRAC) - 1;
	if (e) m |= (ldm_t)1 << LD_FRAC;
	return __ld_join(m, e | (next() & 1) << 15);
}

/* bit for bit, nans alike */
static int samel(long double a, long double b)
{
	return (isnan(a) && isnan(b)) || (a == b && !signbit(a) == !signbit(b));
}

/* the long double functions are exact: no difference at all from the reference */
static void runl(void)
{
	const char *what = 0;
	long double x = 0, y = 0;
	static const struct { const char *name; lfn1 g, r; } f1[] = {
		{ "floorl", g_floorl, ref_floorl }, { "ceill", g_ceill, ref_ceill },
		{ "truncl", g_truncl, ref_truncl }, { "roundl", g_roundl, ref_roundl },
		{ "rintl", g_rintl, ref_rintl }, { "sqrtl", g_sqrtl, ref_sqrtl },
	};
	for (int i = 0; i < N && !what; i++) {
		x = anyl(16383 + LD_FRAC / 2, i & 1 ? LD_FRAC : 0);
		for (unsigned k = 0; k < sizeof f1 / sizeof *f1 && !what; k++)
			if (!samel(f1[k].g(fabsl(x)), f1[k].r(fabsl(x))) || !samel(f1[k].g(x), f1[k].r(x)))
				what = f1[k].name;
		int e1 = 0, e2 = 0;
		long double i1 = 0, i2 = 0;
		if (!what && (!samel(g_frexpl(x, &e1), ref_frexpl(x, &e2)) || e1 != e2)) what = "frexpl";
		if (!what && (!samel(g_modfl(x, &i1), ref_modfl(x, &i2)) || !samel(i1, i2)))
			what = "modfl";
		int n = (int)(next() % 66001) - 33000;
		if (!what && !samel(g_scalbnl(x, n), ref_scalbnl(x, n))) what = "scalbnl", y = n;
		int se;
		__ld_split(x, &se);
		y = anyl(se & 0x7fff, i & 1 ? 200 : 5);
		if (!what && !samel(g_fmodl(x, y), ref_fmodl(x, y))) what = "fmodl";
		if (!what && !samel(g_remainderl(x, y), ref_remainderl(x, y))) what = "remainderl";
		/* x*y + z with z near x*y (cancellation), anywhere, or in the denormals */
		long double zz = i % 3 == 0 ? -(x * y) * (1 + (int)(next() % 5 - 2) * LDBL_EPSILON)
			: i % 3 == 1 ? anyl(0, 0) : anyl(0, 3);
		y = anyl(i % 3 == 2 ? 0x3fff - (se & 0x7fff) + 10 : 0x3fff, i % 3 == 2 ? 100 : 300);
		if (!what && !samel(g_fmal(x, y, zz), ref_fmal(x, y, zz)))
			what = "fmal", printf("z = %La\n", zz);
	}
	double a = 0, b = 0, c = 0;
	for (int i = 0; i < N && !what; i++) {	/* fma: the same three kinds of z */
		a = next() & 1 ? -anypos() : anypos();
		b = ldexp(uni(1, 2), (int)(next() % 200) - 100 - ilogb(a) / (i % 3 == 2 ? 1 : 50));
		c = i % 3 == 0 ? -(a * b) * (1 + (int)(next() % 5 - 2) * DBL_EPSILON)
			: (next() & 1 ? -anypos() : anypos()) * (i % 3 == 2 ? 0x1p-1000 : 1);
		if (!samel(g_fma(a, b, c), ref_fma(a, b, c))) what = "fma", x = a, y = b;
	}
	if (what) {
		printf("FAIL %s(%La, %La) (fma: z = %a)\n", what, x, y, c);
		fails++;
	} else printf("ok long double functions and fma bit for bit with the reference, %d arguments\n", N);
}

int main(void)
{
	const double inf = INFINITY, nan_ = NAN;
	run1("exp", g_exp, ref_exp, -745, 709.7, U, 1);
	run1("exp", g_exp, ref_exp, -1, 1, U, 1);
	run1("exp2", g_exp2, ref_exp2, -1074, 1023, U, 1);
	run1("expm1", g_expm1, ref_expm1, -40, 709, U, X87(1));
	run1("expm1", g_expm1, ref_expm1, -1, 1, U, X87(1));
	run1("sinh", g_sinh, ref_sinh, -710, 710, U, 2);
	run1("sinh", g_sinh, ref_sinh, -2, 2, U, 2);
	run1("cosh", g_cosh, ref_cosh, -710, 710, U, 2);
	run1("tanh", g_tanh, ref_tanh, -20, 20, U, X87(2));
	run1("log", g_log, ref_log, 0, DBL_MAX, ANY, 1);
	run1("log", g_log, ref_log, 0.5, 2, U, 1);
	run1("log2", g_log2, ref_log2, 0, DBL_MAX, ANY, 1);
	run1("log10", g_log10, ref_log10, 0, DBL_MAX, ANY, 1);
	run1("log1p", g_log1p, ref_log1p, -1, 2, U, 1);
	run1("log1p", g_log1p, ref_log1p, 0, DBL_MAX, ANY, 1);
	run1("cbrt", g_cbrt, ref_cbrt, -DBL_MAX, DBL_MAX, ANY, 1);
	run1("sqrt", g_sqrt, ref_sqrt, 0, DBL_MAX, ANY, 0);
	run1("sin", g_sin, ref_sin, -10, 10, U, 1);
	run1("sin", g_sin, ref_sin, -1e8, 1e8, U, X87(1));
	run1("cos", g_cos, ref_cos, -10, 10, U, 1);
	run1("cos", g_cos, ref_cos, -1e8, 1e8, U, X87(1));
	run1("tan", g_tan, ref_tan, -10, 10, U, X87(1));
	run1("tan", g_tan, ref_tan, -1e8, 1e8, U, X87(1));
	run1("atan", g_atan, ref_atan, -DBL_MAX, DBL_MAX, ANY, 1);
	run1("atan", g_atan, ref_atan, -4, 4, U, 1);
	run1("asin", g_asin, ref_asin, -1, 1, U, 2);
	run1("acos", g_acos, ref_acos, -1, 1, U, 2);
	run1("asinh", g_asinh, ref_asinh, -DBL_MAX, DBL_MAX, ANY, X87(2));
	run1("acosh", g_acosh, ref_acosh, 1, DBL_MAX, ANY, 2);
	run1("acosh", g_acosh, ref_acosh, 1, 3, U, X87(2));
	run1("atanh", g_atanh, ref_atanh, -1, 1, U, X87(2));
	run2("pow", g_pow, ref_pow, 0, 10, -50, 50, U, 1);
	run2("pow", g_pow, ref_pow, 0, 2, -1000, 1000, U, 1);
	run1("pow near 1", pow_near1, ref_pow_near1, -1000, 1000, U, 1);
	run1("pow -1.5^n", pow_negint, ref_pow_negint, -1700, 1700, U, 1);
	run2("hypot", g_hypot, ref_hypot, 0, 0, 0, 0, ANY, 1);
	run2("atan2", g_atan2, ref_atan2, 0, 0, 0, 0, ANY, 1);
	run2("atan2", g_atan2, ref_atan2, -3, 3, -3, 3, U, 1);
	run2("fmod", g_fmod, ref_fmod, 0, 0, 0, 0, ANY, 0);
	run2("fmod", g_fmod, ref_fmod, -1e6, 1e6, -10, 10, U, 0);
	run2("remainder", g_remainder, ref_remainder, 0, 0, 0, 0, ANY, 0);
	run2("remainder", g_remainder, ref_remainder, -100, 100, -3, 3, U, 0);

	/* special values, errno as tests/libc/math.c expects of the x87 code */
	E(g_exp(inf), inf, 0);
	E(g_exp(-inf), 0, 0);
	E(g_exp(1000), inf, ERANGE);
	E(g_exp(-1000), 0, ERANGE);
	E(g_exp(-745.0), 0x1p-1074, 0);
	E(g_exp(0), 1, 0);
	E(g_exp2(10), 1024, 0);
	E(g_exp2(-1074), 0x1p-1074, 0);
	E(g_expm1(-inf), -1, 0);
	E(g_expm1(-0.0), -0.0, 0);
	E(g_log(0), -inf, ERANGE);
	E(g_log(-1), nan_, EDOM);
	E(g_log(inf), inf, 0);
	E(g_log(1), 0, 0);
	E(g_log2(1024), 10, 0);
	E(g_log2(0x1p-1074), -1074, 0);
	E(g_log10(1000), 3, 0);
	E(g_log1p(-1), -inf, ERANGE);
	E(g_log1p(-2), nan_, EDOM);
	E(g_log1p(-0.0), -0.0, 0);
	/* the out-of-line special cases of log, log2, log10 */
	E(g_log(-0.0), -inf, ERANGE);
	E(g_log(-inf), nan_, EDOM);
	E(g_log(-0x1p-1074), nan_, EDOM);
	E(g_log2(0), -inf, ERANGE);
	E(g_log2(-1), nan_, EDOM);
	E(g_log2(inf), inf, 0);
	E(g_log10(-0.0), -inf, ERANGE);
	E(g_log10(-0x1p-1060), nan_, EDOM);
	E(g_log10(0x1p-1074), -0x1.434e6420f4374p+8, 0);
	E(g_pow(0, 0), 1, 0);
	E(g_pow(nan_, 0), 1, 0);
	E(g_pow(1, nan_), 1, 0);
	E(g_pow(-0.0, -1), -inf, ERANGE);
	E(g_pow(-0.0, -2), inf, ERANGE);
	E(g_pow(-0.0, 3), -0.0, 0);
	E(g_pow(-8, 1.0 / 3), nan_, EDOM);
	E(g_pow(-2, 3), -8, 0);
	E(g_pow(-1, inf), 1, 0);
	E(g_pow(0.5, inf), 0, 0);
	E(g_pow(2, -inf), 0, 0);
	E(g_pow(-inf, -3), -0.0, 0);
	E(g_pow(-inf, 3), -inf, 0);
	E(g_pow(10, 400), inf, ERANGE);
	E(g_pow(-10, 401), -inf, ERANGE);
	E(g_pow(10, -400), 0, ERANGE);
	E(g_pow(2, 0.5), M_SQRT2, 0);
	E(g_sqrt(-1), nan_, EDOM);
	E(g_sqrt(-0.0), -0.0, 0);
	E(g_sqrt(inf), inf, 0);
	E(g_sqrt(0x1p-1074), 0x1p-537, 0);
	E(g_cbrt(-27), -3, 0);
	E(g_hypot(3, 4), 5, 0);
	E(g_hypot(nan_, inf), inf, 0);
	E(g_hypot(DBL_MAX, DBL_MAX), inf, ERANGE);
	E(g_fmod(-10.5, 3), -1.5, 0);
	E(g_fmod(-0.0, 3), -0.0, 0);
	E(g_fmod(5, inf), 5, 0);
	E(g_fmod(inf, 3), nan_, EDOM);
	E(g_fmod(1, 0), nan_, EDOM);
	E(g_remainder(10.5, 3), -1.5, 0);
	E(g_remainder(3, 2), -1, 0);
	E(g_remainder(5, 2), 1, 0);
	E(g_remainder(-4, 2), -0.0, 0);
	E(g_sin(-0.0), -0.0, 0);
	E(g_sin(inf), nan_, EDOM);
	E(g_cos(-inf), nan_, EDOM);
	E(g_tan(inf), nan_, EDOM);
	E(g_cos(0), 1, 0);
	E(g_atan(inf), M_PI_2, 0);
	E(g_atan(-0.0), -0.0, 0);
	E(g_atan2(0, -0.0), M_PI, 0);
	E(g_atan2(-0.0, -0.0), -M_PI, 0);
	E(g_atan2(-0.0, 1), -0.0, 0);
	E(g_atan2(1, 0), M_PI_2, 0);
	E(g_atan2(-inf, -inf), -3 * M_PI_4, 0);
	E(g_atan2(inf, inf), M_PI_4, 0);
	E(g_atan2(1, -inf), M_PI, 0);
	E(g_asin(2), nan_, EDOM);
	E(g_asin(1), M_PI_2, 0);
	E(g_acos(-1), M_PI, 0);
	E(g_acos(1), 0, 0);
	E(g_acosh(0.5), nan_, EDOM);
	E(g_atanh(1), inf, ERANGE);
	E(g_atanh(-2), nan_, EDOM);
	E(g_tanh(-inf), -1, 0);
	E(g_sinh(-inf), -inf, 0);
	E(g_cosh(-inf), inf, 0);
	E(g_cosh(1000), inf, ERANGE);
	CHECK(g_sqrtf(2.0f) == 0x1.6a09e6p+0f && g_expf(0) == 1 && g_logf(1) == 0);
	runl();
	CHECK(g_fmodl(10.5L, 3) == 1.5L && g_sqrtl(4) == 2 && g_powf(2, 10) == 1024);
	CHECK(g_ilogb(1024) == 10 && g_logb(0x1p-1074) == -1074);
	printf("%s\n", fails ? "FAIL" : "ok all");
	return fails != 0;
}
