/* strtod's fast paths (Clinger, then Eisel-Lemire for up to 19 digits) against values
 * whose correct result is known: every double written with 17, 18 or 19 significant
 * digits reads back as itself, across the whole exponent range; hard cases from the
 * literature; and inputs where the 64-bit product cannot decide (ties, exact products,
 * subnormals, overflow), which must reach the exact path. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fails;

static uint64_t bits(double d)
{
	uint64_t b;
	memcpy(&b, &d, sizeof b);
	return b;
}

static void want(const char *s, uint64_t b)
{
	double d = strtod(s, 0);
	if (bits(d) != b && fails++ < 20)
		printf("FAIL %s: %016llx, want %016llx\n", s, (unsigned long long)bits(d),
		       (unsigned long long)b);
}

static uint64_t state = 0x243f6a8885a308d3ull;
static uint64_t rnd(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

int main(void)
{
	char buf[64];
	long n = 0;

	/* round trips: 17 digits identify a double, and 18 or 19 are closer still */
	for (int i = 0; i < 300000; i++) {
		uint64_t b = rnd() & 0x7fffffffffffffffull;
		double d;
		if ((b >> 52) == 0x7ff)
			continue;
		memcpy(&d, &b, sizeof d);
		snprintf(buf, sizeof buf, "%.*e", 16 + i % 3, d);
		want(buf, b);
		n++;
	}
	/* every power of ten in range, and 19-digit mantissas at each exponent */
	for (int q = -340; q <= 308; q++) {
		double d;
		snprintf(buf, sizeof buf, "1e%d", q);
		d = strtod(buf, 0);
		snprintf(buf, sizeof buf, "%.16e", d);
		want(buf, bits(d));
		snprintf(buf, sizeof buf, "%.18e", d);
		want(buf, bits(d));
		n += 2;
	}
	/* hard cases */
	want("9007199254740993", 0x4340000000000000ull);	/* tie, to even: 2^53 */
	want("9007199254740995", 0x4340000000000002ull);	/* tie, to even: up */
	want("9007199254740993.0000000001", 0x4340000000000001ull);
	want("18446744073709551615", 0x43f0000000000000ull);
	want("7.038531e-26", 0x3ab5c87fb0000000ull);
	want("2.2250738585072011e-308", 0x000fffffffffffffull);	/* largest subnormal */
	want("2.2250738585072014e-308", 0x0010000000000000ull);	/* smallest normal */
	want("4.9406564584124654e-324", 0x0000000000000001ull);
	want("2.4703282292062328e-324", 0x0000000000000001ull);	/* just above half the minimum */
	want("1.7976931348623157e308", 0x7fefffffffffffffull);
	want("1.7976931348623158e308", 0x7fefffffffffffffull);
	want("8.98846567431158e307", 0x7fe0000000000000ull);
	want("1e23", 0x44b52d02c7e14af6ull);
	want("8.589973e9", 0x42000004b0400000ull);
	want("0.1", 0x3fb999999999999aull);
	want("123456789012345678e-30", 0x3d415fffe541dec4ull);
	errno = 0;
	want("1.7976931348623159e308", 0x7ff0000000000000ull);
	if (errno != ERANGE && fails++ < 20)
		printf("FAIL 1.7976931348623159e308: no ERANGE\n");
	errno = 0;
	want("1234567890123456789e-340", 0x0000000000000019ull);
	if (errno != ERANGE && fails++ < 20)
		printf("FAIL 1234567890123456789e-340: no ERANGE\n");
	printf("%ld round trips, %d failed\n", n, fails);
	return fails != 0;
}
