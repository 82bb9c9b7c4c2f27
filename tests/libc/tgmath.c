/* tgmath: each type-generic macro calls the float, double or long double function its
 * arguments ask for (C11 7.25 p3: a long double argument wins, then a double or any
 * integer, and all-float arguments pick float). Checked twice: the result's type
 * through _Generic, and the value against the suffixed function called directly, on
 * arguments where the three precisions give different results. Arguments are
 * evaluated once. */
#include <tgmath.h>
#include <stdio.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)
#define TYPE(e) _Generic((e), float: "float", double: "double", long double: "long double", \
	int: "int", long: "long", long long: "long long", default: "other")
/* e has type T and the value of want (the same function called by its own name) */
#define PICKS(e, T, want) do { \
	if (_Generic((e), T: 1, default: 0) && (e) == (want)) printf("ok %s is %s\n", #e, #T); \
	else { printf("FAIL %s: %s, want %s (line %d)\n", #e, TYPE(e), #T, __LINE__); fails++; } \
} while (0)

/* fn(x) for x a float, double and long double of value a */
#define REAL1(fn, a) do { \
	static volatile float f_ = a; static volatile double d_ = a; static volatile long double l_ = a; \
	PICKS(fn(f_), float, fn##f(f_)); \
	PICKS(fn(d_), double, (fn)(d_)); \
	PICKS(fn(l_), long double, fn##l(l_)); \
} while (0)
/* fn(x, y): each type, then mixed: the widest wins, an integer is a double */
#define REAL2(fn, a, b) do { \
	static volatile float fa = a, fb = b; static volatile double da = a, db = b; \
	static volatile long double la = a, lb = b; \
	PICKS(fn(fa, fb), float, fn##f(fa, fb)); \
	PICKS(fn(da, db), double, (fn)(da, db)); \
	PICKS(fn(la, lb), long double, fn##l(la, lb)); \
	PICKS(fn(fa, db), double, (fn)(fa, db)); \
	PICKS(fn(la, fb), long double, fn##l(la, fb)); \
	PICKS(fn(fa, 1), double, (fn)(fa, 1.0)); \
} while (0)
/* an integer result: its type, and the value of the variant for each argument type */
#define INT1(fn, T, a) do { \
	static volatile float f_ = a; static volatile double d_ = a; static volatile long double l_ = a; \
	PICKS(fn(f_), T, fn##f(f_)); \
	PICKS(fn(d_), T, (fn)(d_)); \
	PICKS(fn(l_), T, fn##l(l_)); \
} while (0)

static volatile float f1 = 1, f2 = 2, f3 = 3, f7 = 7.5f, fm = -2.5f;
static volatile double d1 = 1, d2 = 2, d3 = 3, d7 = 7.5, dm = -2.5;
static volatile long double l1 = 1, l2 = 2, l3 = 3, l7 = 7.5L, lm = -2.5L;
static volatile int i2 = 2, i3 = 3;

int main(void)
{
	/* one generic argument: float, double, long double, an integer (as double) */
	PICKS(sqrt(f2), float, sqrtf(f2));
	PICKS(sqrt(d2), double, (sqrt)(d2));
	PICKS(sqrt(l2), long double, sqrtl(l2));
	PICKS(sqrt(i2), double, (sqrt)(2.0));
	PICKS(sqrt('\2'), double, (sqrt)(2.0));
	PICKS(sqrt(2u), double, (sqrt)(2.0));
	PICKS(sqrt(2LL), double, (sqrt)(2.0));
	/* the three really differ here, so the values tell the picks apart */
	CHECK((double)sqrt(f2) != sqrt(d2));
	CHECK((long double)sqrt(d2) != sqrt(l2));

	PICKS(fabs(fm), float, fabsf(fm));
	PICKS(fabs(dm), double, (fabs)(dm));
	PICKS(fabs(lm), long double, fabsl(lm));
	PICKS(fabs(-3), double, 3.0);
	PICKS(floor(fm), float, floorf(fm));
	PICKS(floor(dm), double, (floor)(dm));
	PICKS(floor(lm), long double, floorl(lm));
	PICKS(ceil(fm), float, ceilf(fm));
	PICKS(ceil(lm), long double, ceill(lm));
	PICKS(trunc(f7), float, truncf(f7));
	PICKS(trunc(l7), long double, truncl(l7));
	PICKS(round(fm), float, roundf(fm));
	PICKS(round(dm), double, (round)(dm));
	PICKS(round(lm), long double, roundl(lm));
	PICKS(round(i3), double, 3.0);

	/* transcendental: float, double and long double results differ at 1 */
	PICKS(sin(f1), float, sinf(f1));
	PICKS(sin(d1), double, (sin)(d1));
	PICKS(sin(l1), long double, sinl(l1));
	PICKS(sin(1), double, (sin)(1.0));
	CHECK((double)sin(f1) != sin(d1) && (long double)sin(d1) != sin(l1));
	PICKS(cos(f1), float, cosf(f1));
	PICKS(cos(l1), long double, cosl(l1));
	PICKS(exp(f1), float, expf(f1));
	PICKS(exp(d1), double, (exp)(d1));
	PICKS(exp(l1), long double, expl(l1));
	CHECK((double)exp(f1) != exp(d1) && (long double)exp(d1) != exp(l1));
	PICKS(log(f3), float, logf(f3));
	PICKS(log(l3), long double, logl(l3));
	PICKS(log(3), double, (log)(3.0));
	PICKS(erf(f1 / 2), float, erff(f1 / 2));
	PICKS(erfc(d1), double, (erfc)(d1));
	PICKS(tgamma(f7), float, tgammaf(f7));
	PICKS(lgamma(d7), double, (lgamma)(d7));
	PICKS(pow(f2, f1 / 3), float, powf(f2, f1 / 3));
	PICKS(pow(f2, d1 / 3), double, (pow)(f2, d1 / 3));
	PICKS(pow(l2, f1 / 3), long double, powl(l2, f1 / 3));
	PICKS(pow(f2, i3), double, 8.0);
	CHECK((double)pow(f2, f1 / 3) != pow(d2, d1 / 3) && (long double)pow(d2, d1 / 3) != pow(l2, l1 / 3));

	/* two generic arguments: the widest wins, an integer counts as double */
	PICKS(fmod(f7, f2), float, fmodf(f7, f2));
	PICKS(fmod(f7, d2), double, (fmod)(f7, d2));
	PICKS(fmod(d7, f2), double, (fmod)(d7, f2));
	PICKS(fmod(f7, l2), long double, fmodl(f7, l2));
	PICKS(fmod(l7, i2), long double, fmodl(l7, 2));
	PICKS(fmod(f7, i2), double, (fmod)(7.5, 2.0));
	PICKS(fmod(i3, f2), double, (fmod)(3.0, 2.0));
	PICKS(fmod(i3, i2), double, 1.0);
	CHECK((double)fmod(1 / f3, f2) != fmod(1 / d3, d2));	/* 1/3 as float, not as double */

	/* every macro of 7.25 p4-p5, each type in turn (and mixed for the two- and
	 * three-argument ones), against its own function called directly */
	REAL1(acos, 0.5); REAL1(asin, 0.5); REAL1(atan, 0.5);
	REAL1(acosh, 1.5); REAL1(asinh, 0.5); REAL1(atanh, 0.5);
	REAL1(cos, 0.5); REAL1(sin, 0.5); REAL1(tan, 0.5);
	REAL1(cosh, 0.5); REAL1(sinh, 0.5); REAL1(tanh, 0.5);
	REAL1(exp, 0.5); REAL1(log, 0.5); REAL1(sqrt, 0.5); REAL1(fabs, -0.5);
	REAL1(cbrt, 0.5); REAL1(ceil, 0.5); REAL1(erf, 0.5); REAL1(erfc, 0.5);
	REAL1(exp2, 0.5); REAL1(expm1, 0.5); REAL1(floor, 0.5); REAL1(lgamma, 0.5);
	REAL1(log10, 0.5); REAL1(log1p, 0.5); REAL1(log2, 0.5); REAL1(logb, 0.5);
	REAL1(nearbyint, 0.5); REAL1(rint, 0.5); REAL1(round, 0.5); REAL1(tgamma, 0.5);
	REAL1(trunc, 0.5);
	REAL2(pow, 0.5, 1.5); REAL2(atan2, 0.5, 1.5); REAL2(copysign, 0.5, -1.5);
	REAL2(fdim, 1.5, 0.5); REAL2(fmax, 0.5, 1.5); REAL2(fmin, 0.5, 1.5);
	REAL2(fmod, 1.5, 0.5); REAL2(hypot, 0.5, 1.5); REAL2(nextafter, 0.5, 1.5);
	REAL2(remainder, 1.5, 0.5);
	INT1(ilogb, int, 0.5); INT1(llrint, long long, 2.5); INT1(llround, long long, 2.5);
	INT1(lrint, long, 2.5); INT1(lround, long, 2.5);
	{
		int e1 = 0, e2 = 0, q1 = 0, q2 = 0;
		PICKS(fma(f2, f3, f1), float, fmaf(f2, f3, f1));
		PICKS(fma(f2, d3, f1), double, (fma)(f2, d3, f1));
		PICKS(fma(f2, f3, l1), long double, fmal(f2, f3, l1));
		PICKS(fma(i2, f3, f1), double, (fma)(2.0, f3, f1));
		PICKS(frexp(f7, &e1), float, frexpf(f7, &e2));
		PICKS(frexp(l7, &e1), long double, frexpl(l7, &e2));
		PICKS(frexp(i3, &e1), double, (frexp)(3.0, &e2));
		CHECK(e1 == e2 && e1 == 2);
		PICKS(ldexp(f7, 2), float, ldexpf(f7, 2));
		PICKS(ldexp(d7, 2), double, (ldexp)(d7, 2));
		PICKS(ldexp(l7, 2), long double, ldexpl(l7, 2));
		PICKS(scalbn(f7, 3), float, scalbnf(f7, 3));
		PICKS(scalbn(l7, 3), long double, scalbnl(l7, 3));
		PICKS(scalbln(f7, 3L), float, scalblnf(f7, 3L));
		PICKS(scalbln(d7, 3L), double, (scalbln)(d7, 3L));
		PICKS(nexttoward(f1, l2), float, nexttowardf(f1, l2));	/* only x is generic */
		PICKS(nexttoward(d1, l2), double, (nexttoward)(d1, l2));
		PICKS(nexttoward(l1, l2), long double, nexttowardl(l1, l2));
		PICKS(remquo(f7, f2, &q1), float, remquof(f7, f2, &q2));
		PICKS(remquo(f7, d2, &q1), double, (remquo)(f7, d2, &q2));
		PICKS(remquo(l7, f2, &q1), long double, remquol(l7, f2, &q2));
		CHECK(q1 == q2 && (q1 & 7) == 4);
	}

	/* arguments are evaluated once: _Generic does not evaluate its controlling part */
	volatile float fv[3] = { 4, 9, 16 };
	int i = 0;
	CHECK(sqrt(fv[i++]) == 2 && i == 1);
	CHECK(fmod(fv[i++], fv[2]) == 9 && i == 2);
	i = 0;
	CHECK(fabs(-fv[i++]) == 4 && i == 1);

	if (fails) printf("%d FAILED\n", fails);
	return fails != 0;
}
