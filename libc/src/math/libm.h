/* libm.h: helpers shared by the generic (non-x87) math files: IEEE-754 bit access
 * and double-double arithmetic (a value held as an unevaluated sum hi + lo).
 * The error-free transformations need every operation rounded on its own: the
 * build uses -std=c11, which keeps GCC from contracting a * b + c into an fma;
 * clang contracts by default and needs the pragma (which GCC would warn about). */
#ifndef _LIBM_H
#define _LIBM_H

#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

#include <stdint.h>
#include <string.h>

/* libc is built -ffreestanding, which turns the builtins off: fabs and memcpy would
 * be calls (and memcpy on a local would also cost a stack-protector canary). */
#define fabs(x) __builtin_fabs(x)
#define fabsf(x) __builtin_fabsf(x)

static inline uint64_t __dbits(double x) { uint64_t u; __builtin_memcpy(&u, &x, 8); return u; }
static inline double __dfrom(uint64_t u) { double x; __builtin_memcpy(&x, &u, 8); return x; }
static inline uint32_t __fbits(float x) { uint32_t u; __builtin_memcpy(&u, &x, 4); return u; }
static inline float __ffrom(uint32_t u) { float x; __builtin_memcpy(&x, &u, 4); return x; }

/* a + b = *hi + *lo exactly */
static inline void __two_sum(double a, double b, double *hi, double *lo)
{
	double s = a + b, bb = s - a;
	*hi = s;
	*lo = (a - (s - bb)) + (b - bb);
}

/* a * b = *hi + *lo exactly (Dekker: each factor split into two 26-bit halves) */
static inline void __two_prod(double a, double b, double *hi, double *lo)
{
	const double c = 0x1p27 + 1;
	double p = a * b;
	double ta = c * a, ah = ta - (ta - a), al = a - ah;
	double tb = c * b, bh = tb - (tb - b), bl = b - bh;
	*hi = p;
	*lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/* Kernels (hidden, defined once in exp.c and log.c) */
/* e^(hi + lo) for |lo| <= ulp(hi), hi within the finite range; no errno. */
double __exp_dd(double hi, double lo);
/* log(x) as *hi + *lo to about 2^-100 relative, x positive, finite, normal. */
void __log_dd(double x, double *hi, double *lo);
/* log(x) as hi + lo to about 2^-70 relative (table driven, faster), x positive,
 * finite, not zero; the pair comes back in two registers. */
struct __dd { double hi, lo; };
struct __dd __log_fast(double x);

#endif
