/* fenv: rounding modes reach rint/nearbyint and plain float, double and long double
 * arithmetic; the exceptions raised by real operations are seen by fetestexcept and
 * cleared; the exception-flag, hold/update and get/set environment round trips.
 * Every operand is volatile so nothing is folded at compile time, and every result is
 * stored to a volatile before the next fenv call so it is computed in its mode. */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static volatile double one = 1, zero = 0, two = 2, three = 3, tiny = 1e-200, big = DBL_MAX;
static volatile double half = 2.5, mhalf = -2.5, frac = 2.25;
static volatile float onef = 1, threef = 3;
static volatile long double onel = 1, bigl = LDBL_MAX;

/* Called through volatile pointers: the compiler takes rint for a pure function of its
 * argument and would otherwise move or merge calls across fesetround. */
static double (*volatile rint_p)(double) = rint;
static double (*volatile nearbyint_p)(double) = nearbyint;

static const int modes[] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };

/* The results each mode must give, computed once per mode under it. */
struct res { double rint_h, rint_mh, nbi_f, sum, msum, third; float thirdf; long double suml, msuml; };

static struct res compute(void)
{
	struct res r;
	volatile double v;
	volatile float f;
	volatile long double l;
	v = rint_p(half); r.rint_h = v;
	v = rint_p(mhalf); r.rint_mh = v;
	v = nearbyint_p(frac); r.nbi_f = v;
	v = one + 0x1p-60; r.sum = v;		/* not representable: the mode picks */
	v = -one - 0x1p-60; r.msum = v;
	v = one / three; r.third = v;
	f = onef / threef; r.thirdf = f;
	l = onel + LDBL_EPSILON / 64; r.suml = l;	/* a 64th of an ulp of 1 */
	l = -onel - LDBL_EPSILON / 64; r.msuml = l;
	return r;
}

static void rounding(void)
{
	const double up = 1 + DBL_EPSILON;
	const long double upl = 1 + LDBL_EPSILON;
	struct res r[4];
	for (int i = 0; i < 4; i++) {
		CHECK(fesetround(modes[i]) == 0);
		r[i] = compute();
		CHECK(fegetround() == modes[i]);
	}
	CHECK(fesetround(FE_TONEAREST) == 0);

	CHECK(r[0].rint_h == 2 && r[1].rint_h == 3 && r[2].rint_h == 2 && r[3].rint_h == 2);
	CHECK(r[0].rint_mh == -2 && r[1].rint_mh == -2 && r[2].rint_mh == -3 && r[3].rint_mh == -2);
	CHECK(r[0].nbi_f == 2 && r[1].nbi_f == 3 && r[2].nbi_f == 2 && r[3].nbi_f == 2);
	CHECK(r[0].sum == 1 && r[1].sum == up && r[2].sum == 1 && r[3].sum == 1);
	CHECK(r[0].msum == -1 && r[1].msum == -1 && r[2].msum == -up && r[3].msum == -1);
	/* 1/3 rounds down to nearest; upward is one ulp above the others */
	CHECK(r[0].third == r[2].third && r[2].third == r[3].third && r[1].third > r[0].third);
	/* as a float, 1/3 rounds up to nearest */
	CHECK(r[1].thirdf == r[0].thirdf && r[2].thirdf == r[3].thirdf && r[2].thirdf < r[0].thirdf);
	/* long double: x87 arithmetic on x86_64 (its own control word), binary128 on aarch64 */
	CHECK(r[0].suml == 1 && r[1].suml == upl && r[2].suml == 1 && r[3].suml == 1);
	CHECK(r[0].msuml == -1 && r[1].msuml == -1 && r[2].msuml == -upl && r[3].msuml == -1);

	CHECK(fesetround(-1) != 0);
	CHECK(fegetround() == FE_TONEAREST);
}

static void exceptions(void)
{
	volatile double v;
	volatile long double l;
	const int others = FE_ALL_EXCEPT;

	CHECK(feclearexcept(FE_ALL_EXCEPT) == 0);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == 0);
	v = one / zero;
	CHECK(v > DBL_MAX);
	CHECK(fetestexcept(others) == FE_DIVBYZERO);
	feclearexcept(FE_DIVBYZERO);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == 0);

	v = zero / zero;
	CHECK(isnan(v));
	CHECK(fetestexcept(others) == FE_INVALID);
	feclearexcept(FE_ALL_EXCEPT);

	v = big * two;
	CHECK(fetestexcept(others) == (FE_OVERFLOW | FE_INEXACT));
	feclearexcept(FE_OVERFLOW);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == FE_INEXACT);
	feclearexcept(FE_INEXACT);

	v = tiny * tiny;
	CHECK(v == 0);
	CHECK(fetestexcept(others) == (FE_UNDERFLOW | FE_INEXACT));
	feclearexcept(FE_ALL_EXCEPT);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == 0);

	v = one / three;
	CHECK(fetestexcept(others) == FE_INEXACT);
	feclearexcept(FE_ALL_EXCEPT);

	/* long double overflow: on x86_64 the flags land in the x87 status word */
	l = bigl * 2;
	CHECK(fetestexcept(others) == (FE_OVERFLOW | FE_INEXACT));
	feclearexcept(FE_ALL_EXCEPT);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == 0);
	l = onel / zero;
	CHECK(fetestexcept(others) == FE_DIVBYZERO);
	feclearexcept(FE_DIVBYZERO);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == 0);
	(void)l;

	/* raised by request, one by one and together */
	const int each[] = { FE_INVALID, FE_DIVBYZERO, FE_OVERFLOW, FE_UNDERFLOW, FE_INEXACT };
	for (int i = 0; i < 5; i++) {
		feraiseexcept(each[i]);
		/* C11 7.6.2.3 lets overflow and underflow bring inexact along (glibc's do
		 * on aarch64: it raises them by arithmetic) */
		int got = fetestexcept(FE_ALL_EXCEPT);
		if (each[i] & (FE_OVERFLOW | FE_UNDERFLOW)) got &= ~FE_INEXACT;
		if (got != each[i]) {
			printf("FAIL feraiseexcept(%#x) gave %#x\n", each[i], fetestexcept(FE_ALL_EXCEPT));
			fails++;
		}
		feclearexcept(each[i]);
	}
	CHECK(fetestexcept(FE_ALL_EXCEPT) == 0);
	CHECK(feraiseexcept(FE_INVALID | FE_INEXACT) == 0);
	CHECK(fetestexcept(FE_INVALID) == FE_INVALID);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == (FE_INVALID | FE_INEXACT));

	/* saved flags come back, only for the exceptions named */
	fexcept_t saved;
	CHECK(fegetexceptflag(&saved, FE_ALL_EXCEPT) == 0);
	feclearexcept(FE_ALL_EXCEPT);
	v = one / zero;
	CHECK(fesetexceptflag(&saved, FE_INVALID | FE_OVERFLOW) == 0);	/* only the named two */
	CHECK(fetestexcept(FE_ALL_EXCEPT) == (FE_INVALID | FE_DIVBYZERO));
	CHECK(fesetexceptflag(&saved, FE_ALL_EXCEPT) == 0);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == (FE_INVALID | FE_INEXACT));	/* and clears 1/0's */
	feclearexcept(FE_ALL_EXCEPT);
}

static void environments(void)
{
	volatile double v;
	volatile long double l;
	fenv_t env, held;

	/* feholdexcept saves, clears the flags and keeps the mode; feupdateenv restores and
	 * re-raises what happened meanwhile */
	fesetround(FE_UPWARD);
	feraiseexcept(FE_INEXACT);
	CHECK(feholdexcept(&held) == 0);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == 0);
	CHECK(fegetround() == FE_UPWARD);
	fesetround(FE_DOWNWARD);
	v = one / zero;
	CHECK(feupdateenv(&held) == 0);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == (FE_INEXACT | FE_DIVBYZERO));
	CHECK(fegetround() == FE_UPWARD);
	v = one + 0x1p-60;
	CHECK(v == 1 + DBL_EPSILON);

	/* fegetenv / fesetenv: mode and flags of both units come back */
	fesetround(FE_DOWNWARD);
	feclearexcept(FE_ALL_EXCEPT);
	feraiseexcept(FE_DIVBYZERO);
	CHECK(fegetenv(&env) == 0);
	CHECK(fegetround() == FE_DOWNWARD);	/* fegetenv changed nothing */
	fesetround(FE_TONEAREST);
	feclearexcept(FE_ALL_EXCEPT);
	v = one / three;
	CHECK(fesetenv(&env) == 0);
	CHECK(fegetround() == FE_DOWNWARD);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == FE_DIVBYZERO);
	v = -one - 0x1p-60;
	CHECK(v == -(1 + DBL_EPSILON));
	l = -onel - LDBL_EPSILON / 64;
	CHECK(l == -(1 + LDBL_EPSILON));

	/* the default environment: to nearest, no flags, for long double too */
	CHECK(fesetenv(FE_DFL_ENV) == 0);
	CHECK(fegetround() == FE_TONEAREST);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == 0);
	v = -one - 0x1p-60;
	CHECK(v == -1);
	l = -onel - LDBL_EPSILON / 64;
	CHECK(l == -1);
	feclearexcept(FE_ALL_EXCEPT);
	v = zero / zero;
	CHECK(fetestexcept(FE_ALL_EXCEPT) == FE_INVALID);

	/* feupdateenv(FE_DFL_ENV) keeps the flags raised before it */
	fesetround(FE_TOWARDZERO);
	CHECK(feupdateenv(FE_DFL_ENV) == 0);
	CHECK(fegetround() == FE_TONEAREST);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == FE_INVALID);
	feclearexcept(FE_ALL_EXCEPT);
}

int main(void)
{
	rounding();
	exceptions();
	environments();
	if (fails) printf("%d FAILED\n", fails);
	return fails != 0;
}
