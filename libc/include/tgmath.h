#ifndef _TGMATH_H
#define _TGMATH_H

/* C11 7.25 for the real types: each macro calls the float, double or long double
 * function by its generic arguments' types. Any long double argument picks the l
 * function; otherwise any double or integer argument picks the plain one; only
 * all-float arguments pick the f one. ring3 has no complex.h (__STDC_NO_COMPLEX__),
 * so the complex variants and the complex-only macros (carg cimag conj cproj creal)
 * are not here. _Generic's controlling expression is not evaluated, so every
 * argument is evaluated once, by the call. __extension__: tgmath.h is C99's, _Generic
 * C11's, and -std=c99 -pedantic programs should not hear about it. */

#include <math.h>

/* An argument's type for the choice: integers count as double. */
#define __tg_type(x) _Generic((x), float: (float)0, long double: (long double)0, default: (double)0)
#define __tg_fn(t, fn) (__extension__ _Generic((t), float: fn##f, long double: fn##l, default: fn))
#define __tg1(fn, x) __tg_fn(__tg_type(x), fn)
#define __tg2(fn, x, y) __tg_fn(__tg_type(x) + __tg_type(y), fn)
#define __tg3(fn, x, y, z) __tg_fn(__tg_type(x) + __tg_type(y) + __tg_type(z), fn)

/* 7.25 p4 (their complex forms left out) */
#define acos(x) __tg1(acos, x)(x)
#define asin(x) __tg1(asin, x)(x)
#define atan(x) __tg1(atan, x)(x)
#define acosh(x) __tg1(acosh, x)(x)
#define asinh(x) __tg1(asinh, x)(x)
#define atanh(x) __tg1(atanh, x)(x)
#define cos(x) __tg1(cos, x)(x)
#define sin(x) __tg1(sin, x)(x)
#define tan(x) __tg1(tan, x)(x)
#define cosh(x) __tg1(cosh, x)(x)
#define sinh(x) __tg1(sinh, x)(x)
#define tanh(x) __tg1(tanh, x)(x)
#define exp(x) __tg1(exp, x)(x)
#define log(x) __tg1(log, x)(x)
#define pow(x, y) __tg2(pow, x, y)(x, y)
#define sqrt(x) __tg1(sqrt, x)(x)
/* converted first: clang's -Wabsolute-value takes fabs of an integer for a mistake */
#define fabs(x) __tg1(fabs, x)(__extension__ (__typeof__(__tg_type(x)))(x))

/* 7.25 p5 */
#define atan2(y, x) __tg2(atan2, y, x)(y, x)
#define cbrt(x) __tg1(cbrt, x)(x)
#define ceil(x) __tg1(ceil, x)(x)
#define copysign(x, y) __tg2(copysign, x, y)(x, y)
#define erf(x) __tg1(erf, x)(x)
#define erfc(x) __tg1(erfc, x)(x)
#define exp2(x) __tg1(exp2, x)(x)
#define expm1(x) __tg1(expm1, x)(x)
#define fdim(x, y) __tg2(fdim, x, y)(x, y)
#define floor(x) __tg1(floor, x)(x)
#define fma(x, y, z) __tg3(fma, x, y, z)(x, y, z)
#define fmax(x, y) __tg2(fmax, x, y)(x, y)
#define fmin(x, y) __tg2(fmin, x, y)(x, y)
#define fmod(x, y) __tg2(fmod, x, y)(x, y)
#define frexp(x, e) __tg1(frexp, x)(x, e)
#define hypot(x, y) __tg2(hypot, x, y)(x, y)
#define ilogb(x) __tg1(ilogb, x)(x)
#define ldexp(x, e) __tg1(ldexp, x)(x, e)
#define lgamma(x) __tg1(lgamma, x)(x)
#define llrint(x) __tg1(llrint, x)(x)
#define llround(x) __tg1(llround, x)(x)
#define log10(x) __tg1(log10, x)(x)
#define log1p(x) __tg1(log1p, x)(x)
#define log2(x) __tg1(log2, x)(x)
#define logb(x) __tg1(logb, x)(x)
#define lrint(x) __tg1(lrint, x)(x)
#define lround(x) __tg1(lround, x)(x)
#define nearbyint(x) __tg1(nearbyint, x)(x)
#define nextafter(x, y) __tg2(nextafter, x, y)(x, y)
#define nexttoward(x, y) __tg1(nexttoward, x)(x, y)
#define remainder(x, y) __tg2(remainder, x, y)(x, y)
#define remquo(x, y, q) __tg2(remquo, x, y)(x, y, q)
#define rint(x) __tg1(rint, x)(x)
#define round(x) __tg1(round, x)(x)
#define scalbn(x, n) __tg1(scalbn, x)(x, n)
#define scalbln(x, n) __tg1(scalbln, x)(x, n)
#define tgamma(x) __tg1(tgamma, x)(x)
#define trunc(x) __tg1(trunc, x)(x)

#endif
