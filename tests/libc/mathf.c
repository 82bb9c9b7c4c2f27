/* mathf: the float functions. Those computed through a double function must be
 * correctly rounded on the fixed-seed arguments of mathref.h (results from mpmath,
 * rounded once to float); glibc's float functions are allowed the errors its manual
 * lists. Then the exact ones (rounding, scaling, remainders, fmaf's single rounding,
 * nextafter and nexttoward in both widths, remquo, scalbln, sincos, exp10), special
 * values and errno. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#define MATHREF_FLOAT
#include "mathref.h"

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

#ifdef __GLIBC__
#define BOUND(own, glibc) (glibc)
#define POSIX_ERRNO(e) errno	/* glibc's remquo leaves errno alone */
#else
#define BOUND(own, glibc) (own)
#define POSIX_ERRNO(e) (e)
#endif

/* distance in ulps: the count of floats between the two */
static double ulpsf(float got, float want)
{
	if (isnan(got) && isnan(want)) return 0;
	if (isnan(got) || isnan(want)) return 1e30;
	if (got == want) return 0;
	int32_t a, b;
	memcpy(&a, &got, 4);
	memcpy(&b, &want, 4);
	if (a < 0) a = INT32_MIN - a;
	if (b < 0) b = INT32_MIN - b;
	return a > b ? (double)((int64_t)a - b) : (double)((int64_t)b - a);
}

static void report(const char *name, double worst, float at, int n, double max)
{
	if (worst <= max) printf("ok %s: max %.0f ulp over %d arguments\n", name, worst, n);
	else {
		printf("FAIL %s: %.0f ulp at %a (bound %.0f)\n", name, worst, at, max);
		fails++;
	}
}

static void table(const char *name, float (*f)(float), const float (*t)[2], int n, double max)
{
	double worst = 0;
	float at = 0;
	for (int i = 0; i < n; i++) {
		double e = ulpsf(f(t[i][0]), t[i][1]);
		if (e > worst) worst = e, at = t[i][0];
	}
	report(name, worst, at, n, max);
}

static void table2(const char *name, float (*f)(float, float), const float (*t)[3], int n, double max)
{
	double worst = 0;
	float at = 0;
	for (int i = 0; i < n; i++) {
		double e = ulpsf(f(t[i][0], t[i][1]), t[i][2]);
		if (e > worst) worst = e, at = t[i][0];
	}
	report(name, worst, at, n, max);
}
#define TABLE(f, max) table(#f, f, f##_ref, sizeof f##_ref / sizeof *f##_ref, max)
#define TABLE2(f, max) table2(#f, f, f##_ref, sizeof f##_ref / sizeof *f##_ref, max)

/* the value bit for bit (nans alike, zeros by sign) and errno. The barriers: GCC
 * takes some math functions (sin, tan, remquo ...) for ones that leave errno alone
 * and would move the errno accesses across the call. */
#define BARRIER() __asm__ volatile ("" ::: "memory")
#define E(call, want, err) do { errno = 0; BARRIER(); float g_ = (call), w_ = (want); BARRIER(); \
	if (((isnan(g_) && isnan(w_)) || (g_ == w_ && !signbit(g_) == !signbit(w_))) && errno == (err)) \
		printf("ok %s\n", #call); \
	else { printf("FAIL %s = %a errno %d (line %d)\n", #call, g_, errno, __LINE__); fails++; } } while (0)

int main(void)
{
	/* volatile: the compiler would fold calls with constant arguments */
	volatile float inf = INFINITY, nan_ = NAN, zero = 0, one = 1, half = 0.5f;
	volatile long double ldone = 1;

	TABLE(acosf, BOUND(0, 1));
	TABLE(asinf, BOUND(0, 1));
	TABLE(atanf, BOUND(0, 1));
	TABLE(tanf, BOUND(0, 1));
	TABLE(acoshf, BOUND(0, 2));
	TABLE(asinhf, BOUND(0, 2));
	TABLE(atanhf, BOUND(0, 2));
	TABLE(coshf, BOUND(0, 2));
	TABLE(sinhf, BOUND(0, 2));
	TABLE(tanhf, BOUND(0, 2));
	TABLE(exp2f, BOUND(0, 1));
	TABLE(exp10f, BOUND(0, 1));
	TABLE(expm1f, BOUND(0, 1));
	TABLE(log2f, BOUND(0, 1));
	TABLE(log10f, BOUND(0, 2));
	TABLE(log1pf, BOUND(0, 1));
	TABLE(cbrtf, BOUND(0, 1));
	TABLE(erff, BOUND(0, 1));
	TABLE(erfcf, BOUND(0, 3));
	TABLE(tgammaf, BOUND(0, 8));
	TABLE(lgammaf, BOUND(0, 7));
	TABLE2(atan2f, BOUND(0, 1));
	TABLE2(hypotf, BOUND(0, 1));

	/* exact functions */
	int e = 0, q = 0;
	CHECK(rintf(2.5f * one) == 2 && rintf(-3.5f * one) == -4 && nearbyintf(0.5f * one) == 0);
	CHECK(signbit(rintf(-0.25f * one)) && rintf(0x1.fffffep22f * one) == 0x1p23f);
	CHECK(lrintf(-2.5f * one) == -2 && llrintf(1e10f * one) == 10000000000LL);
	CHECK(lroundf(-2.5f * one) == -3 && llroundf(0.49999997f * one) == 0);
	CHECK(frexpf(48 * one, &e) == 0.75f && e == 6);
	CHECK(frexpf(0x1p-149f * one, &e) == 0.5f && e == -148);
	CHECK(ldexpf(0x1p-126f * one, -23) == 0x1p-149f && ldexpf(3 * one, 2) == 12);
	CHECK(ldexpf(0x1.8p-149f * one, 0) == 0x1.8p-149f * one);
	CHECK(ldexpf(0x1.8p-126f * one, -24) == 0x1p-149f);	/* 1.5 * 2^-150 rounds up */
	CHECK(scalbnf(one, 128 - 256) == 0x1p-128f && scalblnf(one, -100000L) == 0);
	CHECK(ilogbf(0x1p-149f * one) == -149 && logbf(0x1p100f * one) == 100 && ilogbf(zero) == FP_ILOGB0);
	float ip;
	CHECK(modff(-3.25f * one, &ip) == -0.25f && ip == -3);
	CHECK(modff(-inf, &ip) == 0 && signbit(modff(-inf, &ip)) && ip == -inf);
	CHECK(copysignf(3 * one, -zero) == -3 && isnan(nanf("")) && fdimf(one, 3 * one) == 0);
	CHECK(fmaxf(nan_, one) == 1 && fminf(one, -one) == -1 && fdimf(3 * one, one) == 2);
	CHECK(remainderf(10.5f * one, 3) == -1.5f && remquof(10.5f * one, 3, &q) == -1.5f && q == 4);
	CHECK(remquof(-7 * one, 2, &q) == 1 && q == -4 && remquof(13 * one, -3, &q) == 1 && q == -4);
	CHECK(remquof(0x1p100f * one, 3, &q) == remainderf(0x1p100f * one, 3) && q == 5);
	/* through double the sum would round to the float tie 1 + 2^-11 + 2^-24, then
	 * to even: fmaf rounds once */
	CHECK(fmaf(1 + 0x1p-12f * one, 1 + 0x1p-12f, 0x1p-60f) == 0x1.002002p+0f);
	CHECK(fmaf(1 + 0x1p-12f * one, 1 + 0x1p-12f, -0x1p-60f) == 0x1.002p+0f);
	CHECK(fmaf(-(1 + 0x1p-12f) * one, 1 + 0x1p-12f, -0x1p-60f) == -0x1.002002p+0f);
	CHECK(fmaf(0x1p-100f * one, 0x1p-60f, 0x1p-149f) == 0x1p-149f);
	CHECK(fmaf(2 * one, 3, -6) == 0 && !signbit(fmaf(2 * one, 3, -6)) && fmaf(inf, zero, one) != fmaf(inf, zero, one));
	CHECK(nextafterf(one, 2) == 1 + 0x1p-23f && nextafterf(one, 0) == 1 - 0x1p-24f);
	CHECK(nexttowardf(one, 2 * ldone) == 1 + 0x1p-23f && nexttowardf(-zero, ldone) == 0x1p-149f);
	CHECK(nexttowardf(one, 1 + LDBL_EPSILON * ldone) == 1 + 0x1p-23f && nexttowardf(one, ldone) == 1);
	CHECK(nexttoward(1.0 * one, 1 + LDBL_EPSILON * ldone) == 1 + 0x1p-52 && nexttoward(1.0 * one, 1 - LDBL_EPSILON * ldone) == 1 - 0x1p-53);
	CHECK(nextafter(-0.0 * one, -1) == -0x1p-1074 && nextafter(0x1p-1074 * one, -1) == 0 && nextafter(DBL_MAX * one, INFINITY) == INFINITY);
	CHECK(scalbln(one, 100000L) == INFINITY && scalbln(one, -1074L) == 0x1p-1074);
	double rq = remquo(-1e300 * one, 0x1p-1000, &q);
	CHECK(rq == remainder(-1e300 * one, 0x1p-1000) && q <= 0 && q > -8);
	CHECK(remquo(5.0 * one, 2, &q) == 1 && q == 2 && remquo(7.0 * one, 2, &q) == -1 && q == 4);
	double s, c;
	sincos(0.5 * one, &s, &c);
	CHECK(s == sin(0.5 * one) && c == cos(0.5 * one));
	float sf, cf;
	sincosf(half, &sf, &cf);
	CHECK(sf == 0x1.eaee88p-2f && cf == 0x1.c1528p-1f);
	CHECK(exp10(2.0 * one) == 100 && exp10(-3.0 * one) == 0.001);

	/* special values and errno */
	E(nextafterf(0x1p-149f * one, 0), 0, ERANGE);
	E(nextafterf(FLT_MAX * one, inf), inf, ERANGE);
	E(nextafterf(FLT_MIN * one, 0), 0x1.fffffcp-127f, ERANGE);
	E(nextafterf(one, one), 1, 0);
	E(nextafterf(nan_, one), nan_, 0);
	E(remquof(inf, one, &q), nan_, POSIX_ERRNO(EDOM));
	E(remquof(one, zero, &q), nan_, POSIX_ERRNO(EDOM));
	E(remainderf(one, inf), 1, 0);
	CHECK(fmaf(0x1p100f * one, 0x1p100f, 0) == inf);	/* errno: GCC inlines the fma instruction where there is one */
	E(hypotf(FLT_MAX * one, FLT_MAX), inf, ERANGE);
	E(hypotf(nan_, -inf), inf, 0);
	E(hypotf(3 * one, 4), 5, 0);
	E(ldexpf(one, 128), inf, ERANGE);
	E(ldexpf(-one, -150), -0.0f, ERANGE);
	E(scalbnf(inf, -5), inf, 0);
	E(coshf(90 * one), inf, ERANGE);
	E(sinhf(-90 * one), -inf, ERANGE);
	E(sinhf(-zero), -0.0f, 0);
	E(tanhf(-inf), -1, 0);
	E(exp2f(128 * one), inf, ERANGE);
	CHECK(exp2f(-149 * one) == 0x1p-149f && exp2f(0.5f * one) == 0x1.6a09e6p+0f);
	E(exp2f(-inf), 0, 0);
	E(exp10f(39 * one), inf, ERANGE);
	E(exp10f(-46 * one), 0, ERANGE);
	E(expm1f(89 * one), inf, ERANGE);
	E(expm1f(-inf), -1, 0);
	E(expm1f(-zero), -0.0f, 0);
	E(log2f(zero), -inf, ERANGE);
	E(log10f(-one), nan_, EDOM);
	E(log1pf(-one), -inf, ERANGE);
	E(log1pf(-2 * one), nan_, EDOM);
	E(log2f(inf), inf, 0);
	E(acosf(2 * one), nan_, EDOM);
	E(asinf(-2 * one), nan_, EDOM);
	E(acoshf(half), nan_, EDOM);
	E(atanhf(one), inf, ERANGE);
	E(atanhf(-2 * one), nan_, EDOM);
	E(tanf(inf), nan_, EDOM);
	E(atan2f(-zero, -one), -0x1.921fb6p+1f, 0);
	E(atanf(-inf), -0x1.921fb6p+0f, 0);
	E(cbrtf(-27 * one), -3, 0);
	E(cbrtf(-zero), -0.0f, 0);
	E(erff(-zero), -0.0f, 0);
	E(erfcf(inf), 0, 0);
	E(erfcf(11 * one), 0, ERANGE);
	E(tgammaf(36 * one), inf, ERANGE);
	E(tgammaf(-one), nan_, EDOM);
	E(tgammaf(-zero), -inf, ERANGE);
	E(tgammaf(5 * one), 24, 0);
	E(lgammaf(zero), inf, ERANGE);
	E(lgammaf(0x1p125f * one), inf, ERANGE);
	E(lgammaf(-inf), inf, 0);
	int sg = 0;
	CHECK(lgammaf_r(-half, &sg) == 0x1.43f89ap+0f && sg == -1);	/* log(2 sqrt(pi)) */
	signgam = 0;
	CHECK(lgammaf(-1.5f * one) == 0x1.b85816p-1f && signgam == 1);
	printf("%s\n", fails ? "FAIL" : "ok all");
	return fails != 0;
}
