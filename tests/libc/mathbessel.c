/* mathbessel: j0 j1 jn y0 y1 yn (XSI) and their float versions: special values,
 * errno, and the error over the fixed-seed arguments of mathref.h (results from
 * mpmath). The error is held against the function's size, not its value: next to a
 * zero the relative error of these (glibc's too) grows without bound, so each result
 * must be within 2^-51 of the reference relative to max(|reference|, envelope), the
 * envelope being the amplitude sqrt(2 / (pi x)) (1 below 1) the functions oscillate in. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#define MATHREF_BESSEL
#include "mathref.h"

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

/* |got - want| in units of 2^-52 of max(|want|, the envelope at x) */
static double err(double got, double want, double x)
{
	double env = fabs(x) < 1 ? 1 : sqrt(2 / (M_PI * fabs(x)));
	double s = fabs(want) > env ? fabs(want) : env;
	if (isinf(want) || isinf(got)) return got == want ? 0 : 1e30;
	return fabs(got - want) / (s * DBL_EPSILON);
}

static void report(const char *name, double worst, double at, int n, double max)
{
	if (worst <= max) printf("ok %s: max %.2f units over %d arguments\n", name, worst, n);
	else {
		printf("FAIL %s: %.2f units at %a (bound %.0f)\n", name, worst, at, max);
		fails++;
	}
}

static void table(const char *name, double (*f)(double), const double (*t)[2], int n, double max)
{
	double worst = 0, at = 0;
	for (int i = 0; i < n; i++) {
		double e = err(f(t[i][0]), t[i][1], t[i][0]);
		if (e > worst) worst = e, at = t[i][0];
	}
	report(name, worst, at, n, max);
}

static void table_n(const char *name, double (*f)(int, double), const double (*t)[3], int n, double max)
{
	double worst = 0, at = 0;
	for (int i = 0; i < n; i++) {
		double e = err(f((int)t[i][0], t[i][1]), t[i][2], t[i][1]);
		if (fabs(t[i][2]) > 1e300) e = fabs(f((int)t[i][0], t[i][1]) / t[i][2] - 1) / DBL_EPSILON;
		if (e > worst) worst = e, at = t[i][1];
	}
	report(name, worst, at, n, max);
}
#define TABLE(f, max) table(#f, f, f##_ref, sizeof f##_ref / sizeof *f##_ref, max)
#define TABLE_N(f, max) table_n(#f, f, f##_ref, sizeof f##_ref / sizeof *f##_ref, max)

#define BARRIER() __asm__ volatile ("" ::: "memory")
#define E(call, want, err_) do { errno = 0; BARRIER(); double g_ = (call), w_ = (want); BARRIER(); \
	if (((isnan(g_) && isnan(w_)) || (g_ == w_ && !signbit(g_) == !signbit(w_))) && errno == (err_)) \
		printf("ok %s\n", #call); \
	else { printf("FAIL %s = %a errno %d (line %d)\n", #call, g_, errno, __LINE__); fails++; } } while (0)

int main(void)
{
	volatile double inf = INFINITY, nan_ = NAN, zero = 0, one = 1;

	TABLE(j0, 4);
	TABLE(j1, 4);
	TABLE(y0, 4);
	TABLE(y1, 4);
	TABLE_N(jn, 32);
	TABLE_N(yn, 32);

	E(j0(zero), 1, 0);
	E(j0(-inf), 0, 0);
	E(j0(nan_), nan_, 0);
	E(j1(-zero), -0.0, 0);
	E(j1(inf), 0, 0);
	E(y0(zero), -inf, ERANGE);
	E(y0(-one), nan_, EDOM);
	E(y0(inf), 0, 0);
	E(y1(zero), -inf, ERANGE);
	E(y1(-inf), nan_, EDOM);
	E(yn(2, zero), -inf, ERANGE);
	E(yn(3, -one), nan_, EDOM);
	E(yn(300, one), -inf, ERANGE);
	E(jn(3, zero), 0, 0);
	E(jn(5, nan_), nan_, 0);
	CHECK(jn(0, 2.5 * one) == j0(2.5 * one) && jn(1, -2.5 * one) == j1(-2.5 * one) && jn(-1, 2.5 * one) == -j1(2.5 * one));
	CHECK(jn(-2, 1.5 * one) == jn(2, 1.5 * one) && jn(3, -1.5 * one) == -jn(3, 1.5 * one));
	CHECK(yn(-1, 3 * one) == -y1(3 * one) && yn(-2, 3 * one) == yn(2, 3 * one));
	CHECK(jn(1000, 1 * one) == 0 && jn(2, 0x1p-500 * one) == 0x1p-1003);
	CHECK(fabs(j0f(2.5f * (float)one) - -0x1.8c5c22p-5f) <= 0x1p-28f && y1f(1e-40f * (float)one) == -INFINITY);
	CHECK(fabs(jnf(2, 2.5f * (float)one) - 0x1.c8c3b4p-2f) <= 0x1p-22f);
	/* a huge argument: Hankel's form with sin and cos of x reduced exactly; mpmath's
	 * values, within 2 ulp (ring3 and glibc: 1) */
	volatile double huge = 0x1.93e594p+99;
	CHECK(fabs(j0(huge) - -0x1.c83a0acc00cfep-51) <= 0x1p-102);
	CHECK(fabs(j1(huge) - -0x1.d32ffa186d738p-54) <= 0x1p-105);
	CHECK(fabs(y0(huge) - -0x1.d32ffa186d738p-54) <= 0x1p-105);
	CHECK(fabs(y1(huge) - 0x1.c83a0acc00cfep-51) <= 0x1p-102);
	/* the float versions: ERANGE when the float result overflows or underflows to 0
	 * though the double one does not (as glibc) */
	volatile float fone = 1;
	E(j1f(0x1p-149f * fone), 0, ERANGE);
	E(j1f(1e-38f * fone), 0x1.b38fb8p-128, 0);
	E(jnf(50, fone), 0, ERANGE);
	E(jnf(-3, 1e-20f * fone), -0.0, ERANGE);
	E(jnf(2, 0x1p-64f * fone), 0x1p-131, 0);
	E(jnf(20, 0.1f * fone), 0x1.8p-148, 0);
	E(y1f(0x1p-149f * fone), -inf, ERANGE);
	E(ynf(1, 0x1p-149f * fone), -inf, ERANGE);
	E(ynf(2, 0x1p-70f * fone), -inf, ERANGE);
	E(ynf(-3, 1e-20f * fone), inf, ERANGE);
	E(y0f(0 * fone), -inf, ERANGE);
	E(j0f(1e-20f * fone), 1, 0);
	printf("%s\n", fails ? "FAIL" : "ok all");
	return fails != 0;
}
