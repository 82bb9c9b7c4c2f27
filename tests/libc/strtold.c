/* strtold and printf's %L conversions in the long double format of this architecture
 * (x87 extended on x86_64, IEEE binary128 on aarch64): exact values, ties, the range
 * ends, and round trips of random values through %.*Le and %La. */
#include <errno.h>
#include <float.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fails;
#define CHECK(c) do { if (!(c)) { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

/* Bit-identical (so -0 and 0 differ), comparing only the format's bytes. */
static int same(long double a, long double b)
{
	return !memcmp(&a, &b, LDBL_MANT_DIG == 64 ? 10 : sizeof a);
}

static long double rd(const char *s, int want_errno)
{
	char *end;
	long double x;
	errno = 0;
	x = strtold(s, &end);
	if (*end || errno != want_errno) {
		printf("FAIL strtold(\"%s\"): end \"%s\" errno %d\n", s, end, errno);
		fails++;
	}
	return x;
}

static uint64_t rng = 88172645463325252u;
static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* A random finite long double, denormals and all, from random bits. */
static long double random_ld(void)
{
	long double x = 0;
	uint64_t lo = next(), hi = next();
#if LDBL_MANT_DIG == 64
	unsigned se = hi % 0x7fff | (hi >> 20 & 0x8000);
	if (se & 0x7fff)
		lo |= (uint64_t)1 << 63;	/* x87: the integer bit is stored */
	else
		lo &= ~((uint64_t)1 << 63);
	memcpy(&x, &lo, 8);
	memcpy((char *)&x + 8, &se, 2);
#else
	uint64_t e = (hi >> 48 & 0x7fff) % 0x7fff;
	hi = (hi & 0x8000ffffffffffff) | e << 48;
	memcpy(&x, &lo, 8);
	memcpy((char *)&x + 8, &hi, 8);
#endif
	return x;
}

int main(void)
{
	char buf[256];
	int i;

	CHECK(same(rd("0.1", 0), 0.1L));
	CHECK(same(rd("-2.5e-3", 0), -2.5e-3L));
	CHECK(same(rd("1e-4000", 0), 1e-4000L));
	CHECK(same(rd("123456789012345678901234567890123456789e100", 0),
		123456789012345678901234567890123456789e100L));
	CHECK(same(rd("0x1.999999999999999999999999999ap-4", 0),
		0x1.999999999999999999999999999ap-4L));
	CHECK(same(rd("-0", 0), -0.0L));
	CHECK(same(rd("inf", 0), (long double)(1.0 / 0.0)));
	CHECK(same(rd("1e5000", ERANGE), (long double)(1.0 / 0.0)));
	CHECK(same(rd("1e-5000", ERANGE), 0.0L));
	snprintf(buf, sizeof buf, "%.*Le", LDBL_DECIMAL_DIG, LDBL_MAX);
	CHECK(same(rd(buf, 0), LDBL_MAX));
	/* The smallest denormal is inexact in decimal: ERANGE, as glibc. */
	snprintf(buf, sizeof buf, "%.*Le", LDBL_DECIMAL_DIG, LDBL_TRUE_MIN);
	CHECK(same(rd(buf, ERANGE), LDBL_TRUE_MIN));
	CHECK(same(rd("0x1p-16500", ERANGE), 0.0L));
	/* Ties to even: 1 + half an ulp stays 1, 1 + 3/2 ulp goes to 1 + 2 ulp, and a hair
	   above the half goes up. */
#if LDBL_MANT_DIG == 64
	CHECK(same(rd("1.0000000000000000000542101086242752217003726400434970855712890625", 0), 1.0L));
	CHECK(same(rd("1.0000000000000000001626303258728256651011179201304912567138671875", 0),
		1.0L + 2 * LDBL_EPSILON));
	CHECK(same(rd("1.00000000000000000005421010862427522170037264004349708557128906250001", 0),
		1.0L + LDBL_EPSILON));
#else
	CHECK(same(rd("1.00000000000000000000000000000000009629649721936179265279889712924636592690508241076940976199693977832794189453125", 0), 1.0L));
	CHECK(same(rd("1.00000000000000000000000000000000028888949165808537795839669138773909778071524723230822928599081933498382568359375", 0),
		1.0L + 2 * LDBL_EPSILON));
	CHECK(same(rd("1.000000000000000000000000000000000096296497219361792652798897129246365926905082410769409761996939778327941894531250001", 0),
		1.0L + LDBL_EPSILON));
#endif
	CHECK(LDBL_DECIMAL_DIG == (LDBL_MANT_DIG == 64 ? 21 : 36));

	/* Few: each value far from 1 costs thousands of digits of exact arithmetic. */
	for (i = 0; i < 200; i++) {
		long double x = random_ld(), y;
		snprintf(buf, sizeof buf, "%.*Le", LDBL_DECIMAL_DIG - 1, x);
		y = strtold(buf, 0);
		if (!same(x, y)) {
			printf("FAIL round trip %s\n", buf);
			fails++;
		}
		snprintf(buf, sizeof buf, "%La", x);
		y = strtold(buf, 0);
		if (!same(x, y)) {
			printf("FAIL round trip %s\n", buf);
			fails++;
		}
	}
	printf(fails ? "FAIL %d strtold checks\n" : "ok strtold\n", fails);
	return fails != 0;
}
