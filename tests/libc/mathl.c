/* mathl: the long double functions exactly, for the arch's format (x87 80-bit with a
 * 64-bit significand, or binary128 with 113): values that need more than a double's
 * 53 bits, halfway cases, huge, tiny, denormal, inf, nan and -0. Every expected value
 * is exact, so the same checks hold against glibc. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)
/* equal, and the same sign for zeros */
#define EQ(e, w) do { long double g_ = (e), w_ = (w); \
	if (g_ == w_ && !signbit(g_) == !signbit(w_)) printf("ok %s\n", #e); \
	else { printf("FAIL %s = %La, want %La (line %d)\n", #e, g_, w_, __LINE__); fails++; } } while (0)

int main(void)
{
	const int P = LDBL_MANT_DIG - 1;	/* bits after the binary point */
	const long double big = 0x1p60L + 3, tmin = LDBL_TRUE_MIN;
	/* h = 2^(P-1) + 1/2: the last bit is the halves place; its integer part is even */
	const long double h = ldexpl(1, P - 1) + 0.5L;

	EQ(floorl(big), big);
	EQ(floorl(big + 0.5L), big);
	EQ(ceill(big + 0.5L), big + 1);
	EQ(truncl(-big - 0.5L), -big);
	EQ(roundl(big + 0.5L), big + 1);
	EQ(roundl(-big - 0.5L), -big - 1);
	EQ(rintl(big + 0.5L), big + 1);	/* 2^60 + 3.5: ties to even, 2^60 + 4 */
	EQ(rintl(big - 0.5L), big - 1);	/* 2^60 + 2.5 */
	EQ(floorl(h), h - 0.5L);
	EQ(ceill(h), h + 0.5L);
	EQ(floorl(-h), -h - 0.5L);
	EQ(ceill(-h), -h + 0.5L);
	EQ(truncl(h), h - 0.5L);
	EQ(roundl(h), h + 0.5L);
	EQ(roundl(-h), -h - 0.5L);
	EQ(rintl(h), h - 0.5L);
	EQ(rintl(h + 1), h + 1.5L);
	EQ(nearbyintl(-h), -h + 0.5L);
	EQ(floorl(ldexpl(1, P) + 1), ldexpl(1, P) + 1);	/* an integer: 2^112+1, 2^63+1 */
	EQ(roundl(ldexpl(1, P) + 1), ldexpl(1, P) + 1);
	EQ(rintl(ldexpl(1, P) + 1), ldexpl(1, P) + 1);
#if LDBL_MANT_DIG == 64
	EQ(floorl(0x1p63L - 0.5L), 0x1p63L - 1);
	EQ(roundl(0x1p63L - 0.5L), 0x1p63L);
	EQ(rintl(0x1p63L - 0.5L), 0x1p63L);
	EQ(rintl(0x1p63L - 1.5L), 0x1p63L - 2);
#endif
	CHECK(lroundl(0x1p60L + 0.5L) == (1L << 60) + 1 && lroundl(-2.5L) == -3);
	CHECK(llroundl(-0x1p60L - 0.5L) == -(1LL << 60) - 1);
	CHECK(lrintl(0x1p60L + 2.5L) == (1L << 60) + 2 && llrintl(0x1p60L + 1.5L) == (1LL << 60) + 2);
	CHECK(lrintl(-2.5L) == -2 && llrintl(3.5L) == 4);
	/* small, zero, tiny, huge, inf, nan */
	EQ(roundl(0.5L), 1);
	EQ(roundl(0.5L - LDBL_EPSILON / 4), 0);
	EQ(roundl(-0.4L), -0.0L);
	EQ(rintl(2.5L), 2);
	EQ(rintl(-0.5L), -0.0L);
	EQ(rintl(-1.5L), -2);
	EQ(floorl(-0.0L), -0.0L);
	EQ(floorl(-0.5L), -1);
	EQ(ceill(-0.5L), -0.0L);
	EQ(truncl(-0.7L), -0.0L);
	EQ(floorl(tmin), 0);
	EQ(ceill(tmin), 1);
	EQ(floorl(-tmin), -1);
	EQ(ceill(-LDBL_MIN), -0.0L);
	EQ(floorl(LDBL_MAX), LDBL_MAX);
	EQ(rintl(-LDBL_MAX), -LDBL_MAX);
	EQ(floorl(-INFINITY), -INFINITY);
	EQ(roundl(INFINITY), INFINITY);
	CHECK(isnan(floorl(NAN)) && isnan(ceill(NAN)) && isnan(truncl(NAN)));
	CHECK(isnan(roundl(NAN)) && isnan(rintl(NAN)));

	/* modfl */
	long double ip;
	EQ(modfl(-h, &ip), -0.5L);
	EQ(ip, -h + 0.5L);
	EQ(modfl(big, &ip), 0);
	EQ(ip, big);
	EQ(modfl(-INFINITY, &ip), -0.0L);
	EQ(ip, -INFINITY);
	EQ(modfl(-0.25L, &ip), -0.25L);
	EQ(ip, -0.0L);
	EQ(modfl(-3.0L, &ip), -0.0L);
	CHECK(isnan(modfl(NAN, &ip)) && isnan(ip));

	/* frexpl, ldexpl, scalbnl */
	int e = 7;
	EQ(frexpl(big, &e), big / 0x1p61L);
	CHECK(e == 61);
	EQ(frexpl(-tmin, &e), -0.5L);
	CHECK(e == LDBL_MIN_EXP - LDBL_MANT_DIG + 1);
	EQ(frexpl(LDBL_MAX, &e), LDBL_MAX * 0x1p-16384L);
	CHECK(e == 16384);
	EQ(frexpl(-0.0L, &e), -0.0L);
	CHECK(e == 0);
	EQ(frexpl(-INFINITY, &e), -INFINITY);
	EQ(frexpl(3 * tmin, &e), 0.75L);
	CHECK(e == LDBL_MIN_EXP - LDBL_MANT_DIG + 2);
	EQ(ldexpl(big, -61), big / 0x1p61L);
	EQ(ldexpl(1, LDBL_MIN_EXP - LDBL_MANT_DIG), tmin);
	EQ(ldexpl(tmin, LDBL_MANT_DIG - LDBL_MIN_EXP + 16000), 0x1p16000L);	/* up 32k */
	EQ(ldexpl(LDBL_MAX, -16384 - 16000), LDBL_MAX * 0x1p-16384L * 0x1p-16000L);
	EQ(scalbnl(1, 16384), INFINITY);
	EQ(scalbnl(-1, 100000), -INFINITY);
	EQ(scalbnl(-LDBL_MAX, -100000), -0.0L);
	EQ(scalbnl(3, LDBL_MIN_EXP - LDBL_MANT_DIG - 2), tmin);	/* 3/4 of tmin rounds up */
	EQ(scalbnl(1 + LDBL_EPSILON, LDBL_MIN_EXP - LDBL_MANT_DIG - 1), tmin);	/* above 1/2 */
	EQ(scalbnl(1, LDBL_MIN_EXP - LDBL_MANT_DIG - 1), 0);	/* 1/2 of tmin: to even */
	EQ(scalbnl(3, LDBL_MIN_EXP - LDBL_MANT_DIG - 1), 2 * tmin);	/* 3/2: to even */
	EQ(scalbnl(-0.0L, 5), -0.0L);
	CHECK(isnan(scalbnl(NAN, 3)));

	/* fabsl, copysignl */
	EQ(fabsl(-big), big);
	EQ(fabsl(-0.0L), 0.0L);
	EQ(fabsl(-tmin), tmin);
	EQ(copysignl(big, -0.0L), -big);
	EQ(copysignl(-INFINITY, 1), INFINITY);
	CHECK(isnan(copysignl(NAN, -1)) && signbit(copysignl(NAN, -1)));
	CHECK(!signbit(fabsl(copysignl(NAN, -1))));

	/* fmodl, remainderl: exact */
	EQ(fmodl(big, 4), 3);
	EQ(fmodl(-big, 0x1p60L), -3);
	EQ(fmodl(h + 1, 2), 1.5L);
	EQ(fmodl(0x1p16000L, 3), 1);	/* 2^even = 1 mod 3 */
	EQ(fmodl(-0x1p16001L, 3), -2);
	EQ(fmodl(LDBL_MAX, tmin), 0);
	EQ(fmodl(-LDBL_MAX, 0x1p-16000L), -0.0L);
	EQ(fmodl(3 * tmin, 2 * tmin), tmin);
	EQ(fmodl(1.75L * LDBL_MIN, LDBL_MIN), 0.75L * LDBL_MIN);	/* a denormal */
	EQ(fmodl(-0.0L, 1), -0.0L);
	EQ(fmodl(3, INFINITY), 3);
	EQ(fmodl(tmin, 1), tmin);
	errno = 0;
	CHECK(isnan(fmodl(1, 0)) && errno == EDOM);
	errno = 0;
	CHECK(isnan(fmodl(INFINITY, 1)) && errno == EDOM);
	CHECK(isnan(fmodl(NAN, 1)) && isnan(fmodl(1, NAN)));
	EQ(remainderl(big, 2), -1);	/* 2^59 + 1.5: ties to the even 2^59 + 2 */
	EQ(remainderl(big - 2, 2), 1);	/* 2^59 + 0.5: to 2^59 */
	EQ(remainderl(10.5L, 3), -1.5L);
	EQ(remainderl(-h, 1), -0.5L);	/* -(2^(P-1) + 1/2): to the even -2^(P-1) */
	EQ(remainderl(-4, 2), -0.0L);
	EQ(remainderl(LDBL_MAX, tmin), 0);
	EQ(remainderl(0x1p16000L, 3), 1);
	errno = 0;
	CHECK(isnan(remainderl(1, 0)) && errno == EDOM);

	/* fmal: one rounding */
	EQ(fmal(big, big, -(big * big)), 9);	/* big^2 = 2^120 + 6*2^60 + 9 */
	EQ(fmal(-big, big, big * big), -9);
	EQ(fmal(1 + LDBL_EPSILON, 1 - LDBL_EPSILON, -1), -LDBL_EPSILON * LDBL_EPSILON);
	EQ(fmal(LDBL_MAX, 2, -LDBL_MAX), LDBL_MAX);
	EQ(fmal(LDBL_MAX, -2, 0), -INFINITY);
	EQ(fmal(tmin, 0.5L, tmin), 2 * tmin);	/* 3/2 of tmin: to even */
	EQ(fmal(tmin, 0.5L, 0), 0);
	EQ(fmal(tmin, -0.5L, 0), -0.0L);
	EQ(fmal(2, 3, -6), 0);
	EQ(fmal(-0.0L, 1, 0.0L), 0);
	EQ(fmal(-0.0L, 1, -0.0L), -0.0L);
	EQ(fmal(LDBL_MIN, LDBL_MIN, 1), 1);
	EQ(fmal(LDBL_MIN, -LDBL_MIN, 1), 1);
	EQ(fmal(LDBL_EPSILON / 2, -LDBL_EPSILON / 2, 1), 1);
	EQ(fmal(-LDBL_EPSILON / 4, 1, 1), 1);	/* halfway below 1: to even */
	EQ(fmal(-LDBL_EPSILON / 4, 1 + LDBL_EPSILON, 1), 1 - LDBL_EPSILON / 2);	/* just past it */
	EQ(fmal(0x1p16000L, 0x1p16000L, -INFINITY), -INFINITY);
	CHECK(isnan(fmal(INFINITY, 0, 1)) && isnan(fmal(INFINITY, 1, -INFINITY)));
	CHECK(isnan(fmal(1, 1, NAN)));
	EQ(fmaxl(NAN, -big), -big);
	EQ(fminl(big, NAN), big);
	EQ(fminl(big, big + 1), big);
	EQ(fmaxl(big, big + 1), big + 1);
	EQ(fdiml(big + 1, big), 1);
	EQ(fdiml(big, big + 1), 0);

	/* sqrtl, correctly rounded: s^2 and its neighbours (exact, the significand is
	 * more than twice as wide as s); sqrt(s^2 -+ 1) = s -+ 1/2s, just beyond half a
	 * unit of s on x87 and just about one on binary128, so s -+ one unit. */
	const long double s = (long double)((1ULL << (LDBL_MANT_DIG / 2)) - 1);
	const long double u = ldexpl(1, LDBL_MANT_DIG / 2 - LDBL_MANT_DIG);
	EQ(sqrtl(s * s), s);
	EQ(sqrtl(s * s - 1), s - u);
	EQ(sqrtl(s * s + 1), s + u);
	EQ(sqrtl(big * big), big);	/* rounded square: still s */
	EQ(sqrtl(2), 1.414213562373095048801688724209698078569671875376948073176679738L);
	EQ(sqrtl(3), 1.732050807568877293527446341505872366942805253810380628055806979L);
	EQ(sqrtl(0.5L), 0.707106781186547524400844362104849039284835937688474036588339869L);
	EQ(sqrtl(0x1p-16400L), 0x1p-8200L);	/* a denormal */
	EQ(sqrtl(LDBL_MAX * 0x1p-2L), sqrtl(LDBL_MAX) / 2);
#if LDBL_MANT_DIG == 64
	EQ(sqrtl(tmin), 0x1p-8223L * 1.414213562373095048801688724209698078569671875376948L);
	EQ(sqrtl(LDBL_MAX), 0x1.fffffffffffffffep8191L);
#else
	EQ(sqrtl(tmin), 0x1p-8247L);
	EQ(sqrtl(LDBL_MAX), 0x1.ffffffffffffffffffffffffffffp8191L);
#endif
	EQ(sqrtl(-0.0L), -0.0L);
	EQ(sqrtl(INFINITY), INFINITY);
	errno = 0;
	CHECK(isnan(sqrtl(-tmin)) && errno == EDOM);
	CHECK(isnan(sqrtl(NAN)));
	return fails != 0;
}
