/* libml.h: helpers for the long double transcendentals, for either format (x87
 * extended, 64-bit significand; IEEE binary128, 113 bits): the format's constants,
 * split in two where one long double is not enough, and double-long-double
 * arithmetic (a value held as an unevaluated sum hi + lo, about twice the precision).
 * The constants were computed with mpmath (600 bits) and rounded to the format; the
 * _CW_HI halves have their low 16 bits zero, so k * HI is exact for |k| < 2^16
 * (Cody-Waite reduction). */
#ifndef _LIBML_H
#define _LIBML_H

#include <errno.h>
#include "libm.h"
#include "../internal/ldbits.h"

#if LD_FRAC == 63
#define LN2_CW_HI 0x1.62e42fefa39e0000p-1L
#define LN2_CW_LO 0x1.e6af278ece600fccp-50L
#define LN2_HI 0x1.62e42fefa39ef358p-1L
#define LN2_LO -0x1.b0e2633fe0684a86p-67L
#define LOG2E 0x1.71547652b82fe178p+0L
#define LOG2E_HI 0x1.71547652b82fe178p+0L
#define LOG2E_LO -0x1.05e004be5b8b05dcp-65L
#define LOG10E_HI 0x1.bcb7b1526e50e32ap-2L
#define LOG10E_LO 0x1.aadd557d699ee192p-68L
#define PIO2_HI 0x1.921fb54442d1846ap+0L
#define PIO2_LO -0x1.d9cceba3f91f1976p-66L
#define PI_HI 0x1.921fb54442d1846ap+1L
#define PI_LO -0x1.d9cceba3f91f1976p-65L
#endif
#if LD_FRAC == 112
#define LN2_CW_HI 0x1.62e42fefa39ef35793c767300000p-1L
#define LN2_CW_LO 0x1.f97b57a079a193394c5b16c5068cp-103L
#define LN2_HI 0x1.62e42fefa39ef35793c7673007e6p-1L
#define LN2_LO -0x1.2a17e1979b31ace93a4ebe5d148fp-117L
#define LOG2E 0x1.71547652b82fe1777d0ffda0d23ap+0L
#define LOG2E_HI 0x1.71547652b82fe1777d0ffda0d23ap+0L
#define LOG2E_LO 0x1.f4475abbd546eb4ad2c45928b367p-114L
#define LOG10E_HI 0x1.bcb7b1526e50e32a6ab7555f5a68p-2L
#define LOG10E_LO -0x1.1e6e08e5cfedd1b2efee2e0695d8p-116L
#define PIO2_HI 0x1.921fb54442d18469898cc51701b8p+0L
#define PIO2_LO 0x1.cd129024e088a67cc74020bbea64p-115L
#define PI_HI 0x1.921fb54442d18469898cc51701b8p+1L
#define PI_LO 0x1.cd129024e088a67cc74020bbea64p-114L
#endif

typedef struct { long double hi, lo; } ldd;

/* a + b = hi + lo exactly */
static inline ldd __ldd_two_sum(long double a, long double b)
{
	long double s = a + b, bb = s - a;
	return (ldd){ s, (a - (s - bb)) + (b - bb) };
}

/* the same when |a| >= |b| (or a == 0) */
static inline ldd __ldd_fast_sum(long double a, long double b)
{
	long double s = a + b;
	return (ldd){ s, b - (s - a) };
}

/* a * b = hi + lo exactly, barring overflow and underflow (Dekker: each factor split
 * in two halves of at most half the significand's bits) */
static inline ldd __ldd_two_prod(long double a, long double b)
{
	const long double c = 0x1p32L * (LD_FRAC == 63 ? 1 : 0x1p25L) + 1;
	long double p = a * b;
	long double ta = c * a, ah = ta - (ta - a), al = a - ah;
	long double tb = c * b, bh = tb - (tb - b), bl = b - bh;
	return (ldd){ p, ((ah * bh - p) + ah * bl + al * bh) + al * bl };
}

static inline ldd __ldd_add(ldd a, ldd b)
{
	ldd s = __ldd_two_sum(a.hi, b.hi);
	return __ldd_fast_sum(s.hi, s.lo + a.lo + b.lo);
}

static inline ldd __ldd_mul(ldd a, ldd b)
{
	ldd p = __ldd_two_prod(a.hi, b.hi);
	return __ldd_fast_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

/* a / b: the quotient's remainder a - q*b is computed exactly */
static inline ldd __ldd_div(ldd a, ldd b)
{
	long double q = a.hi / b.hi;
	ldd p = __ldd_two_prod(q, b.hi);
	long double r = ((a.hi - p.hi) - p.lo + a.lo) - q * b.lo;
	return __ldd_fast_sum(q, r / b.hi);
}

/* The special arguments of logl, log2l and log10l: 1 and *r set for NaN, zero, negative
 * and infinite x (errno as C11 7.12.6.7), 0 for the rest. */
static inline int __logl_special(long double x, long double *r)
{
	if (isnan(x)) *r = x + x;
	else if (x == 0) {
		errno = ERANGE;
		*r = -HUGE_VALL;
	} else if (x < 0) {
		errno = EDOM;
		*r = NAN;
	} else if (isinf(x)) *r = x;
	else return 0;
	return 1;
}

/* Kernels, hidden, each defined once (expl.c, logl.c, sinl.c, atanl.c). */
/* 2^s * e^(hi + lo), |lo| small next to hi; overflows to inf and underflows to 0
 * without errno (the callers know what their arguments mean). */
__attribute__((__visibility__("hidden"))) long double __expl_dd(long double hi, long double lo, int s);
/* e^(hi + lo) as a pair, for results that are not denormal (no errno either) */
__attribute__((__visibility__("hidden"))) ldd __expl_pair(long double hi, long double lo);
/* e^(hi + lo) - 1 for |hi| <= ln2/2 */
__attribute__((__visibility__("hidden"))) long double __expm1l_r(long double hi, long double lo);
/* log(x) as hi + lo, x positive, finite; about 2^-(LD_FRAC+14) relative. */
__attribute__((__visibility__("hidden"))) ldd __logl_dd(long double x);
/* x = n*pi/2 + r, r returned as hi + lo, |r| <= pi/4 (and a little); n mod 4 */
__attribute__((__visibility__("hidden"))) int __rem_pio2l(long double x, ldd *r);
/* sin and cos of r, |r.hi| <= pi/4 */
__attribute__((__visibility__("hidden"))) long double __sinl_k(ldd r);
__attribute__((__visibility__("hidden"))) long double __cosl_k(ldd r);
/* atan(t.hi + t.lo) for 0 <= t <= 1, as hi + lo */
__attribute__((__visibility__("hidden"))) ldd __atanl_k(ldd t);

#endif
