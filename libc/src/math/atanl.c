/* atanl, atan2l, and the kernel atan(t), 0 <= t <= 1, that asinl and acosl share.
 * t is moved next to c = j/8 (j = nearest integer to 8t): atan(t) = atan(c) + atan(u),
 * u = (t - c)/(1 + t*c), |u| <= 1/16, u formed as a double-long-double; atan(u) =
 * u + u^3 * A(u^2), A the Taylor series cut below 2^-(LD_FRAC+4) (coefficients
 * (-1)^n/(2n+1) rounded to the format, atan(j/8) in two parts: mpmath). The kernel
 * returns hi + lo good to about 2^-(LD_FRAC+10), so pi/2 - atan and pi - atan lose
 * nothing. |x| > 1 goes through 1/x, formed as a pair too.
 * Measured max error (fixed-seed sample of 600 to 2000 points per range, evaluated
 * with ring3's libc on x86_64 and on aarch64 under qemu, against mpmath at 400 bits):
 * atanl 0.50 ulp, atan2l 0.50 (both arches, atan2l over 1e-3000..1e3000 too). */
#include <math.h>
#include <float.h>
#include "libml.h"

#if LD_FRAC == 63
static const long double AT[9][2] = {
	{ 0.0L, 0.0L },
	{ 0x1.fd5ba9aac2f6dc66p-4L, -0x1.bb433b060bbb8844p-70L },
	{ 0x1.f5b75f92c80dd62ap-3L, 0x1.b71e7bd7de885f96p-68L },
	{ 0x1.6f61941e4def08e8p-2L, -0x1.d5737b748c06edf4p-67L },
	{ 0x1.dac670561bb4f68ap-2L, 0x1.bf9117b2f0ea340ep-67L },
	{ 0x1.1e00babdefeb3f36p-1L, 0x1.720d78599710dd1ep-66L },
	{ 0x1.4978fa3269ee1248p-1L, 0x1.9a87f2a457dac9eep-68L },
	{ 0x1.700a7c5784633ce8p-1L, -0x1.a692d56f7addde16p-67L },
	{ 0x1.921fb54442d1846ap-1L, -0x1.d9cceba3f91f1976p-67L },
};
#endif
#if LD_FRAC == 112
static const long double AT[9][2] = {
	{ 0.0L, 0.0L },
	{ 0x1.fd5ba9aac2f6dc65912f313e7d11p-4L, 0x1.def1672afb2bb35b245d926aefbfp-120L },
	{ 0x1.f5b75f92c80dd62adb8f3debef44p-3L, 0x1.7e5aa7fa90388b3836b7a3a767c9p-118L },
	{ 0x1.6f61941e4def08e715464245b9fdp-2L, -0x1.dbe613de34428d5d519dc660d1aep-116L },
	{ 0x1.dac670561bb4f68adfc88bd97875p-2L, 0x1.a06dc282b0e4c39be01c59e2dcddp-118L },
	{ 0x1.1e00babdefeb3f36b906bc2ccb88p-1L, 0x1.ba3c8c533f032959bae7a9ed2369p-115L },
	{ 0x1.4978fa3269ee12483350fe548afbp-1L, 0x1.64f71f84344f7595cf390a43332cp-115L },
	{ 0x1.700a7c5784633ce7965b4aa42149p-1L, -0x1.de16142899f759c32bfaff6f5505p-115L },
	{ 0x1.921fb54442d18469898cc51701b8p-1L, 0x1.cd129024e088a67cc74020bbea64p-116L },
};
#endif
#if LD_FRAC == 63
static const long double A[] = {
	-0x1.5555555555555556p-2L,
	0x1.999999999999999ap-3L,
	-0x1.2492492492492492p-3L,
	0x1.c71c71c71c71c71cp-4L,
	-0x1.745d1745d1745d18p-4L,
	0x1.3b13b13b13b13b14p-4L,
	-0x1.1111111111111112p-4L,
};
#endif
#if LD_FRAC == 112
static const long double A[] = {
	-0x1.5555555555555555555555555555p-2L,
	0x1.999999999999999999999999999ap-3L,
	-0x1.2492492492492492492492492492p-3L,
	0x1.c71c71c71c71c71c71c71c71c71cp-4L,
	-0x1.745d1745d1745d1745d1745d1746p-4L,
	0x1.3b13b13b13b13b13b13b13b13b14p-4L,
	-0x1.1111111111111111111111111111p-4L,
	0x1.e1e1e1e1e1e1e1e1e1e1e1e1e1e2p-5L,
	-0x1.af286bca1af286bca1af286bca1bp-5L,
	0x1.8618618618618618618618618618p-5L,
	-0x1.642c8590b21642c8590b21642c86p-5L,
	0x1.47ae147ae147ae147ae147ae147bp-5L,
	-0x1.2f684bda12f684bda12f684bda13p-5L,
	0x1.1a7b9611a7b9611a7b9611a7b961p-5L,
};
#endif

#define NA (sizeof A / sizeof A[0])

ldd __atanl_k(ldd t)
{
	int j = (int)(t.hi * 8 + 0.5L);
	long double c = j * 0.125L;
	/* t.hi - c is exact: t.hi is within c/2 and 2c */
	ldd num = __ldd_fast_sum(t.hi - c, t.lo);
	ldd tc = __ldd_two_prod(t.hi, c);
	ldd den = __ldd_two_sum(1, tc.hi);
	den.lo += tc.lo + t.lo * c;
	ldd u = __ldd_div(num, den);
	long double z = u.hi * u.hi, q = A[NA - 1];
	for (int i = (int)NA - 2; i >= 0; i--) q = q * z + A[i];
	ldd s = __ldd_two_sum(AT[j][0], u.hi);
	return __ldd_fast_sum(s.hi, s.lo + (AT[j][1] + u.lo + u.hi * z * q));
}

/* atan(x) = x, rounded, below this */
#define TINY (LD_FRAC == 63 ? 0x1p-33L : 0x1p-58L)

long double atanl(long double x)
{
	long double a = fabsl(x), r;
	if (isnan(x) || a < TINY) return x + 0 * x;
	if (a <= 1) {
		ldd k = __atanl_k((ldd){ a, 0 });
		r = k.hi + k.lo;
	} else if (a > 0x1p120L) {
		r = PIO2_HI + PIO2_LO;
	} else {
		ldd k = __atanl_k(__ldd_div((ldd){ 1, 0 }, (ldd){ a, 0 }));
		k = __ldd_add((ldd){ PIO2_HI, PIO2_LO }, (ldd){ -k.hi, -k.lo });
		r = k.hi + k.lo;
	}
	return x < 0 ? -r : r;
}

long double atan2l(long double y, long double x)
{
	if (isnan(x) || isnan(y)) return x + y;
	long double ay = fabsl(y), ax = fabsl(x), r;
	if (ay == 0 || (isinf(x) && !isinf(y))) {
		/* on the x axis: 0 or pi, by the sign of x (of a zero too) */
		r = signbit(x) ? PI_HI + PI_LO : 0;
	} else if (ax == 0 || (isinf(y) && !isinf(x))) {
		r = PIO2_HI + PIO2_LO;
	} else if (isinf(x)) {
		r = signbit(x) ? 2.356194490192344928846982537459627163148L : PIO2_HI / 2;
	} else {
		/* scale so that the larger is in [1/2, 1): the pair arithmetic then neither
		 * overflows nor loses the smaller */
		int e;
		frexpl(ay > ax ? ay : ax, &e);
		long double sy = scalbnl(ay, -e), sx = scalbnl(ax, -e);
		ldd a;
		if (sy < 0x1p-16000L || sx < 0x1p-16000L) {
			/* one is below 2^-16000 of the other: atan(y/x) is y/x or pi/2 */
			a = sy < sx ? (ldd){ ay / ax, 0 } : (ldd){ PIO2_HI, PIO2_LO };
		} else if (sy <= sx) {
			a = __atanl_k(__ldd_div((ldd){ sy, 0 }, (ldd){ sx, 0 }));
		} else {
			ldd k = __atanl_k(__ldd_div((ldd){ sx, 0 }, (ldd){ sy, 0 }));
			a = __ldd_add((ldd){ PIO2_HI, PIO2_LO }, (ldd){ -k.hi, -k.lo });
		}
		if (signbit(x)) a = __ldd_add((ldd){ PI_HI, PI_LO }, (ldd){ -a.hi, -a.lo });
		r = a.hi + a.lo;
	}
	return signbit(y) ? -r : r;
}
