/* mathcore: the float functions with their own reduction (sinf cosf tanf sincosf,
 * expf logf powf) and the errno of the float and double scalings. The float
 * functions are checked on 2^17 fixed-seed arguments each against the double
 * function rounded once (ring3's: bit for bit; glibc's float functions are allowed
 * 1 ulp), huge arguments of sinf/cosf/tanf against mpmath (libc/src/math/gen/
 * gen_float.py's method; the double sin is not accurate that far out), then special
 * values and errno: ERANGE when only the float result overflows or underflows to
 * zero (expf, powf, atan2f), and scalbn/ldexp's ERANGE (POSIX). */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

#ifdef __GLIBC__
#define MAXULP 1
#else
#define MAXULP 0
#endif

/* floats between the two (0 when equal, NaNs alike) */
static long ulpsf(float a, float b)
{
	int32_t x, y;
	if (isnan(a) && isnan(b)) return 0;
	memcpy(&x, &a, 4);
	memcpy(&y, &b, 4);
	if (x < 0) x = INT32_MIN - x;
	if (y < 0) y = INT32_MIN - y;
	long d = (long)x - y;
	return d < 0 ? -d : d;
}

static uint64_t seed = 0x9e3779b97f4a7c15ULL;
static uint32_t rnd(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (uint32_t)(seed >> 32);
}

static float fbits(uint32_t u)
{
	float f;
	memcpy(&f, &u, 4);
	return f;
}

#define N (1 << 17)

/* worst distance of f(x) from (float)d((double)x) over N arguments from gen() */
static void sweep(const char *name, float (*f)(float), double (*d)(double), float (*gen)(void))
{
	long worst = 0;
	float wx = 0;
	for (int i = 0; i < N; i++) {
		float x = gen();
		long u = ulpsf(f(x), (float)d(x));
		if (u > worst) {
			worst = u;
			wx = x;
		}
	}
	if (worst <= MAXULP) printf("ok %s: %d arguments, at most %ld ulp\n", name, N, worst);
	else {
		printf("FAIL %s(%a): %ld ulp from the double function\n", name, wx, worst);
		fails++;
	}
}

/* |x| in [2^-30, 2^24): where the double sin, cos, tan are within 1 ulp */
static float gen_trig(void)
{
	uint32_t u = rnd();
	return fbits((u & 0x807fffff) | (uint32_t)(97 + u % 54) << 23);
}
static float gen_exp(void) { return (float)(-104 + 193 * (rnd() / 4294967296.0)); }
static float gen_log(void) { return fbits(rnd() % 0x7f800000); }	/* positive finite */

static double pow_y;
static float powf_y(float x) { return powf(x, (float)pow_y); }
static double pow_d(double x) { return pow(x, (float)pow_y); }

/* sinf, cosf, tanf of huge floats, correctly rounded (mpmath, 400 bits) */
static const float big[][4] = {
	{ 0x1.000000p+20f, 0x1.526cccp-2f, 0x1.e33adap-1f, 0x1.6692e6p-2f },
	{ 0x1.000ad8p+20f, -0x1.bbeca6p-1f, -0x1.fe324cp-2f, 0x1.bd7e62p+0f },
	{ 0x1.921fb6p+20f, 0x1.7758b6p-5f, 0x1.ff7658p-1f, 0x1.77bdbcp-5f },
	{ 0x1.000000p+30f, -0x1.3c1236p-1f, 0x1.92cb46p-1f, -0x1.91c3c2p-1f },
	{ 0x1.2d97c8p+3f, -0x1.99bc5cp-26f, -0x1.000000p+0f, 0x1.99bc5cp-26f },
	{ 0x1.4a2b6ep+55f, -0x1.ed0fc0p-1f, 0x1.13ee0cp-2f, -0x1.c972dcp+1f },
	{ 0x1.000000p+100f, -0x1.be8edap-1f, 0x1.f4eb40p-2f, -0x1.c86fc0p+0f },
	{ 0x1.5f3b2cp+80f, -0x1.a95f3cp-2f, -0x1.d1bc0ap-1f, 0x1.d3a0bep-2f },
	{ 0x1.000000p+127f, 0x1.3f2c62p-1f, 0x1.90571ep-1f, 0x1.9831d6p-1f },
	{ 0x1.fffffep+127f, -0x1.0b3366p-1f, 0x1.b4bf2cp-1f, -0x1.393d94p-1f },
	{ 0x1.c3e500p+50f, -0x1.24bfa0p-2f, 0x1.eaa17cp-1f, -0x1.317fc4p-2f },
	{ 0x1.99999ap+24f, 0x1.cb7d94p-3f, 0x1.f2f27ap-1f, 0x1.d782dcp-3f },
	{ 0x1.2a05f2p+33f, -0x1.f334c8p-2f, 0x1.bf098ap-1f, -0x1.1de000p-1f },
	{ 0x1.0f0cf0p+73f, -0x1.77d988p-1f, 0x1.5badeep-1f, -0x1.14bdfcp+0f },
	{ 0x1.c363ccp+127f, 0x1.bff388p-1f, -0x1.efeaf8p-2f, -0x1.ce7a5ap+0f },
};

#define BARRIER() __asm__ volatile ("" ::: "memory")
#define E(call, want, err) do { errno = 0; BARRIER(); double g_ = (call), w_ = (want); BARRIER(); \
	if (((isnan(g_) && isnan(w_)) || (g_ == w_ && !signbit(g_) == !signbit(w_))) && errno == (err)) \
		printf("ok %s\n", #call); \
	else { printf("FAIL %s = %a errno %d (line %d)\n", #call, g_, errno, __LINE__); fails++; } } while (0)

int main(void)
{
	/* volatile: GCC folds constant calls and turns powf(x, 2) into x*x, powf(x, -1)
	 * into 1/x, which sets no errno */
	volatile float inf = INFINITY, nan_ = NAN, zero = 0, ten = 10, two = 2, m1 = -1;
	volatile double dinf = INFINITY;

	sweep("sinf", sinf, sin, gen_trig);
	sweep("cosf", cosf, cos, gen_trig);
	sweep("tanf", tanf, tan, gen_trig);
	sweep("expf", expf, exp, gen_exp);
	sweep("logf", logf, log, gen_log);
	for (int j = 0; j < 8; j++) {	/* powf: y with |y ln x| <= 100 for x near 2^(+-32) */
		pow_y = (j - 3.5) * 100 / 32 / 0.6931 * (j & 1 ? 1 : 0.37);
		sweep("powf", powf_y, pow_d, gen_log);
	}
	for (size_t i = 0; i < sizeof big / sizeof *big; i++) {
		float x = big[i][0], s, c;
		CHECK(ulpsf(sinf(x), big[i][1]) <= (long)MAXULP);
		CHECK(ulpsf(cosf(x), big[i][2]) <= (long)MAXULP);
		CHECK(ulpsf(tanf(x), big[i][3]) <= (long)MAXULP);
		CHECK(ulpsf(sinf(-x), -big[i][1]) <= (long)MAXULP);
		sincosf(x, &s, &c);
		CHECK(s == sinf(x) && c == cosf(x));
	}
	/* logf where glibc's double log rounded to float is 1 ulp off (a second rounding
	 * of a value 2^-31 ulp from a float tie); correct values from mpmath */
	CHECK(ulpsf(logf(0x1.827a74p-7f), -0x1.1c2b1ep+2f) <= MAXULP);
	CHECK(ulpsf(logf(0x1.2f1fd6p+3f), 0x1.1fcbcep+1f) <= MAXULP);
	/* exact cases and signs */
	E(sinf(-zero), -0.0, 0);
	E(tanf(-zero), -0.0, 0);
	E(cosf(zero), 1, 0);
	E(sinf(0x1p-149f), 0x1p-149, 0);
	E(expf(zero), 1, 0);
	E(logf(1), 0, 0);
	E(logf(2), (float)M_LN2, 0);
	E(logf(0x1p-149f), (float)(-149 * M_LN2), 0);
	E(powf(two, 10), 1024, 0);
	E(powf(3, 2), 9, 0);
	E(powf(4, 0.5f), 2, 0);
	E(powf(-two, 3), -8, 0);
	E(powf(0x1p-100f, 0.5f), 0x1p-50, 0);
	/* special values and errno */
	E(sinf(inf), NAN, EDOM);
	E(cosf(-inf), NAN, EDOM);
	E(tanf(inf), NAN, EDOM);
	E(sinf(nan_), NAN, 0);
	E(expf(nan_), NAN, 0);
	E(expf(inf), INFINITY, 0);
	E(expf(-inf), 0, 0);
	E(expf(88), (float)exp(88), 0);
	E(expf(ten * 10), INFINITY, ERANGE);	/* only the float overflows */
	E(expf(89), INFINITY, ERANGE);
	E(expf(1000), INFINITY, ERANGE);
	E(expf(-104), 0, ERANGE);	/* only the float underflows to zero */
	E(expf(-1000), 0, ERANGE);
	E(expf(-100), (float)exp(-100), 0);	/* subnormal, not zero */
	E(logf(zero), -INFINITY, ERANGE);
	E(logf(-1), NAN, EDOM);
	E(logf(inf), INFINITY, 0);
	E(logf(nan_), NAN, 0);
	E(powf(ten, 39), INFINITY, ERANGE);
	E(powf(-ten, 39), -INFINITY, ERANGE);
	E(powf(ten, -50), 0, ERANGE);
	E(powf(0x1p-149f, two), 0, ERANGE);
	E(powf(ten, 38), (float)1e38, 0);
	E(powf(m1, 0.5f), NAN, EDOM);
	E(powf(zero, m1), INFINITY, ERANGE);
	E(powf(inf, 2), INFINITY, 0);
	E(powf(nan_, 0), 1, 0);
	E(scalbn(two / 2, 1024), INFINITY, ERANGE);
	E(scalbn(1, 5000), INFINITY, ERANGE);
	E(scalbn(-1, -1075), -0.0, ERANGE);
	E(scalbn(1, -5000), 0, ERANGE);
	E(scalbn(1, -1074), 0x1p-1074, 0);
	E(scalbn(1, 1023), 0x1p1023, 0);
	E(scalbn(0, 5000), 0, 0);
	E(scalbn(dinf, -5000), INFINITY, 0);
	E(ldexp(0x1p-1000, -100), 0, ERANGE);
	E(ldexp(-0x1p1000, 100), -INFINITY, ERANGE);
	E(ldexp(two, 4), 32, 0);
	E(atan2f(1e-30f, ten * 1e29f), 0, ERANGE);	/* only the float underflows */
	E(atan2f(zero, ten), 0, 0);
	E(scalbnf(1, 128), INFINITY, ERANGE);
	E(ldexpf(1, -150), 0, ERANGE);
	if (fails) printf("%d FAILED\n", fails);
	return fails != 0;
}
