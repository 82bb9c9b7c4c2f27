/* nearbyint, nearbyintf and nearbyintl round like rint but never raise FE_INEXACT
 * (C11 7.12.9.3), and leave a flag that was already raised alone; rint does raise it. */
#include <fenv.h>
#include <math.h>
#include <stdio.h>

static int fails;

static void check(const char *what, int got, int want)
{
	if (got != want) {
		printf("FAIL %s: %d, want %d\n", what, got, want);
		fails++;
	}
}

/* Called through volatile pointers so the compiler neither folds nor moves them. */
static double (*volatile nb)(double) = nearbyint;
static float (*volatile nbf)(float) = nearbyintf;
static long double (*volatile nbl)(long double) = nearbyintl;
static double (*volatile ri)(double) = rint;

int main(void)
{
	volatile double r;
	feclearexcept(FE_ALL_EXCEPT);
	r = nb(2.5);
	check("nearbyint(2.5)", r == 2.0, 1);
	check("nearbyint(2.5) inexact", fetestexcept(FE_INEXACT) != 0, 0);
	r = nbf(-3.75f);
	check("nearbyintf(-3.75)", r == -4.0, 1);
	check("nearbyintf inexact", fetestexcept(FE_INEXACT) != 0, 0);
	r = (double)nbl(1e10L + 0.5L);
	check("nearbyintl(1e10+0.5)", r == 1e10, 1);
	check("nearbyintl inexact", fetestexcept(FE_INEXACT) != 0, 0);
	fesetround(FE_UPWARD);
	r = nb(2.25);
	check("nearbyint(2.25) upward", r == 3.0, 1);
	fesetround(FE_TONEAREST);
	check("nearbyint upward inexact", fetestexcept(FE_INEXACT) != 0, 0);
	r = ri(2.5);
	check("rint(2.5) inexact", fetestexcept(FE_INEXACT) != 0, 1);
	r = nb(7.5);
	check("a raised flag stays raised", fetestexcept(FE_INEXACT) != 0, 1);
	(void)r;
	if (!fails) printf("ok\n");
	return fails != 0;
}
