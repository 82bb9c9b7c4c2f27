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
