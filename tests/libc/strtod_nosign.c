/* strtod & co. return +0 when nothing converts, even after a sign ("-", "-x", "+.").
 * Found by tests/fuzz/libc_strtod.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static int fails;
static void check(const char *s)
{
	char *e1, *e2, *e3;
	double d = strtod(s, &e1);
	float f = strtof(s, &e2);
	long double l = strtold(s, &e3);
	if (e1 == s && e2 == s && e3 == s && d == 0 && !signbit(d) && f == 0 && !signbit(f)
	    && l == 0 && !signbit(l))
		printf("ok \"%s\"\n", s);
	else { printf("FAIL \"%s\": %g %g %Lg\n", s, d, f, l); fails++; }
}

int main(void)
{
	check("-");
	check("-x");
	check(" -.");
	check("+");
	check("-e5");
	double d = strtod("-0", 0);
	if (d == 0 && signbit(d)) printf("ok -0 keeps its sign\n");
	else { printf("FAIL -0\n"); fails++; }
	return fails != 0;
}
