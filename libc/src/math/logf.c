/* logf, and ln x in double for powf: x = 2^k * m, m in [0x1.66p-1, 0x1.66p+0)
 * (float bits 0x3f330000 up), cut into 128 subintervals by the float's bits; each has
 * c ~ 1/centre of 29 bits, so r = m*c - 1 is exact in double, |r| <= 2^-7, and
 * ln x = k ln2 - ln c + log1p(r), -ln c from the table (gen/gen_float.py), log1p(r)
 * by its series to r^7 (the first term left out is below 2^-52 of it). The two
 * subintervals next to 1 have c = 1: near x = 1 the result is log1p(r) alone, with
 * no cancellation. Rounded once to float; checked on all 2^32 floats against glibc's
 * log rounded to float: 2 differ by 1 ulp (0x1.827a74p-7, 0x1.2f1fd6p+3), both
 * where that double rounding goes wrong: mpmath puts ours 0.4999999995 ulp off
 * (tests/libc/mathcore.c checks 2^17 floats). */
#include <math.h>
#include <errno.h>
#include "libm.h"

#define LN2 0x1.62e42fefa39efp-1

static const struct { double c, logc; } tab[128] = {	/* c, -ln c */
	{ 0x1.6d1a627000000p+0, -0x1.6b85b4e61a3fdp-2 },
	{ 0x1.6b1490b000000p+0, -0x1.65d558e52e00bp-2 },
	{ 0x1.691473b000000p+0, -0x1.602d08c4291ecp-2 },
	{ 0x1.6719f36000000p+0, -0x1.5a8cadbbadfa1p-2 },
	{ 0x1.6524f85000000p+0, -0x1.54f431ad1e1a9p-2 },
	{ 0x1.63356b9000000p+0, -0x1.4f637ed0c9810p-2 },
	{ 0x1.614b368000000p+0, -0x1.49da7f32cc41fp-2 },
	{ 0x1.5f66434000000p+0, -0x1.44591dfdb9f49p-2 },
	{ 0x1.5d867c4000000p+0, -0x1.3edf463f9683ep-2 },
	{ 0x1.5babcc6000000p+0, -0x1.396ce34c7bf54p-2 },
	{ 0x1.59d61f1000000p+0, -0x1.3401e1244cba1p-2 },
	{ 0x1.5805601000000p+0, -0x1.2e9e2bbdb2286p-2 },
	{ 0x1.56397ba000000p+0, -0x1.2941af9a46b7cp-2 },
	{ 0x1.54725e7000000p+0, -0x1.23ec599ecba49p-2 },
	{ 0x1.52aff57000000p+0, -0x1.1e9e1689299f4p-2 },
	{ 0x1.50f22e1000000p+0, -0x1.1956d3b65c2fap-2 },
	{ 0x1.4f38f63000000p+0, -0x1.14167efa07783p-2 },
	{ 0x1.4d843bf000000p+0, -0x1.0edd061258081p-2 },
	{ 0x1.4bd3ede000000p+0, -0x1.09aa573fac6d4p-2 },
	{ 0x1.4a27fad000000p+0, -0x1.047e60b7083b8p-2 },
	{ 0x1.4880522000000p+0, -0x1.feb2233e207cdp-3 },
	{ 0x1.46dce34000000p+0, -0x1.f474b111df229p-3 },
	{ 0x1.453d9e3000000p+0, -0x1.ea444a068aaf5p-3 },
	{ 0x1.43a2731000000p+0, -0x1.e020cc8375ab5p-3 },
	{ 0x1.420b526000000p+0, -0x1.d60a17d383515p-3 },
	{ 0x1.40782d1000000p+0, -0x1.cc000c97f3c52p-3 },
	{ 0x1.3ee8f43000000p+0, -0x1.c2028ad5bf9b4p-3 },
	{ 0x1.3d5d992000000p+0, -0x1.b811732e023d2p-3 },
	{ 0x1.3bd60d9000000p+0, -0x1.ae2ca6e832bd4p-3 },
	{ 0x1.3a52438000000p+0, -0x1.a45407fc6ab05p-3 },
	{ 0x1.38d22d3000000p+0, -0x1.9a8778b4faa38p-3 },
	{ 0x1.3755bd2000000p+0, -0x1.90c6dbb64bcd9p-3 },
	{ 0x1.35dce60000000p+0, -0x1.8712139d0e994p-3 },
	{ 0x1.34679ad000000p+0, -0x1.7d6903d835ad0p-3 },
	{ 0x1.32f5ced000000p+0, -0x1.73cb9048bd14dp-3 },
	{ 0x1.3187759000000p+0, -0x1.6a399db4fd383p-3 },
	{ 0x1.301c82b000000p+0, -0x1.60b3102449476p-3 },
	{ 0x1.2eb4ea2000000p+0, -0x1.5737cc9098cddp-3 },
	{ 0x1.2d50a01000000p+0, -0x1.4dc7b8847c1c8p-3 },
	{ 0x1.2bef98e000000p+0, -0x1.4462b9b61b3dcp-3 },
	{ 0x1.2a91c93000000p+0, -0x1.3b08b67abf2a9p-3 },
	{ 0x1.293725c000000p+0, -0x1.31b994f2a4f85p-3 },
	{ 0x1.27dfa39000000p+0, -0x1.28753be9daba5p-3 },
	{ 0x1.268b37d000000p+0, -0x1.1f3b927165d41p-3 },
	{ 0x1.2539d7f000000p+0, -0x1.160c8054f27b1p-3 },
	{ 0x1.23eb797000000p+0, -0x1.0ce7ecd28c28dp-3 },
	{ 0x1.22a0123000000p+0, -0x1.03cdc0cf5ec0dp-3 },
	{ 0x1.2157980000000p+0, -0x1.f57bc799005dbp-4 },
	{ 0x1.2012012000000p+0, -0x1.e3707ee20487bp-4 },
	{ 0x1.1ecf43c000000p+0, -0x1.d179781019364p-4 },
	{ 0x1.1d8f567000000p+0, -0x1.bf9687407ca11p-4 },
	{ 0x1.1c522fc000000p+0, -0x1.adc77ecbaea8cp-4 },
	{ 0x1.1b17c68000000p+0, -0x1.9c0c32e0d2548p-4 },
	{ 0x1.19e011a000000p+0, -0x1.8a6477c61dc29p-4 },
	{ 0x1.18ab084000000p+0, -0x1.78d022c9d82d3p-4 },
	{ 0x1.1778a19000000p+0, -0x1.674f0879e5a7ap-4 },
	{ 0x1.1648d51000000p+0, -0x1.55e1005460384p-4 },
	{ 0x1.151b9a4000000p+0, -0x1.4485e03fbdfadp-4 },
	{ 0x1.13f0e8d000000p+0, -0x1.333d7f5103f4bp-4 },
	{ 0x1.12c8b8a000000p+0, -0x1.2207b5d88549ep-4 },
	{ 0x1.11a301a000000p+0, -0x1.10e45b8fae831p-4 },
	{ 0x1.107fbbe000000p+0, -0x1.ffa69118b9301p-5 },
	{ 0x1.0f5edfb000000p+0, -0x1.dda8ae577ee4ep-5 },
	{ 0x1.0e40656000000p+0, -0x1.bbcec0b48f420p-5 },
	{ 0x1.0d24456000000p+0, -0x1.9a187af13de7cp-5 },
	{ 0x1.0c0a787000000p+0, -0x1.78859682577bap-5 },
	{ 0x1.0af2f72000000p+0, -0x1.5715c4663ceefp-5 },
	{ 0x1.09ddba7000000p+0, -0x1.35c8c0451306bp-5 },
	{ 0x1.08cabb3000000p+0, -0x1.149e3d5d05a8dp-5 },
	{ 0x1.07b9f2a000000p+0, -0x1.e72bf3953ce51p-6 },
	{ 0x1.06ab59c000000p+0, -0x1.a55f52b45c43fp-6 },
	{ 0x1.059eea0000000p+0, -0x1.63d615c690bd6p-6 },
	{ 0x1.04949cc000000p+0, -0x1.228fb1a6a2e28p-6 },
	{ 0x1.038c6b8000000p+0, -0x1.c3173c2c75f05p-7 },
	{ 0x1.02864fc000000p+0, -0x1.41929be6832efp-7 },
	{ 0x1.0182436000000p+0, -0x1.81211c3586b53p-8 },
	{ 0x1.0000000000000p+0, 0x0.0p+0 },
	{ 0x1.0000000000000p+0, 0x0.0p+0 },
	{ 0x1.fa11caa000000p-1, 0x1.7dc4760010a77p-7 },
	{ 0x1.f6310ad000000p-1, 0x1.3cea43726a575p-6 },
	{ 0x1.f25f644000000p-1, 0x1.b9fc02c2f9198p-6 },
	{ 0x1.ee9c7f8000000p-1, 0x1.1b0d98da3d980p-5 },
	{ 0x1.eae807b000000p-1, 0x1.58a5bab38e4d5p-5 },
	{ 0x1.e741aa6000000p-1, 0x1.95c8307e8e3ecp-5 },
	{ 0x1.e3a917a000000p-1, 0x1.d276b887b0b52p-5 },
	{ 0x1.e01e01e000000p-1, 0x1.0759835a8e471p-4 },
	{ 0x1.dca01dd000000p-1, 0x1.253f62bd21417p-4 },
	{ 0x1.d92f223000000p-1, 0x1.42edcbfae46f0p-4 },
	{ 0x1.d5cac80000000p-1, 0x1.60658ad3750c4p-4 },
	{ 0x1.d272ca4000000p-1, 0x1.7da766d5b12cdp-4 },
	{ 0x1.cf26e5c000000p-1, 0x1.9ab42488033adp-4 },
	{ 0x1.cbe6d96000000p-1, 0x1.b78c82bc0eda1p-4 },
	{ 0x1.c8b265b000000p-1, 0x1.d4313d644b35dp-4 },
	{ 0x1.c5894d1000000p-1, 0x1.f0a30c08962a6p-4 },
	{ 0x1.c26b539000000p-1, 0x1.06715139e596ep-3 },
	{ 0x1.bf583ef000000p-1, 0x1.14785823b42acp-3 },
	{ 0x1.bc4fd66000000p-1, 0x1.2266f16e25accp-3 },
	{ 0x1.b951e2b000000p-1, 0x1.303d719587fd3p-3 },
	{ 0x1.b65e2e4000000p-1, 0x1.3dfc2afbcc62ap-3 },
	{ 0x1.b37484b000000p-1, 0x1.4ba36f2de55e5p-3 },
	{ 0x1.b094b32000000p-1, 0x1.59338d8e02086p-3 },
	{ 0x1.adbe880000000p-1, 0x1.66acd4072ad51p-3 },
	{ 0x1.aaf1d30000000p-1, 0x1.740f8f30037a5p-3 },
	{ 0x1.a82e651000000p-1, 0x1.815c0a22f57ebp-3 },
	{ 0x1.a574107000000p-1, 0x1.8e928e0846d41p-3 },
	{ 0x1.a2c2a88000000p-1, 0x1.9bb362d5dfb83p-3 },
	{ 0x1.a01a01a000000p-1, 0x1.a8becfc902f19p-3 },
	{ 0x1.9d79f17000000p-1, 0x1.b5b51a0a3b5a4p-3 },
	{ 0x1.9ae24ea000000p-1, 0x1.c2968573418c1p-3 },
	{ 0x1.9852f0e000000p-1, 0x1.cf6354bd1c5dcp-3 },
	{ 0x1.95cbb0c000000p-1, 0x1.dc1bca01bec7dp-3 },
	{ 0x1.934c680000000p-1, 0x1.e8c0250aa5a60p-3 },
	{ 0x1.90d4f12000000p-1, 0x1.f550a56537b37p-3 },
	{ 0x1.8e6527b000000p-1, 0x1.00e6c4587501dp-2 },
	{ 0x1.8bfce80000000p-1, 0x1.071b860cd590dp-2 },
	{ 0x1.899c0f6000000p-1, 0x1.0d46b579eb74bp-2 },
	{ 0x1.87427bd000000p-1, 0x1.1368701eda8b0p-2 },
	{ 0x1.84f00c2000000p-1, 0x1.1980d2f10236fp-2 },
	{ 0x1.82a4a02000000p-1, 0x1.1f8ff9cfca2f3p-2 },
	{ 0x1.8060180000000p-1, 0x1.2596011df763ap-2 },
	{ 0x1.7e22551000000p-1, 0x1.2b9303baa9d25p-2 },
	{ 0x1.7beb392000000p-1, 0x1.31871c9d04185p-2 },
	{ 0x1.79baa6c000000p-1, 0x1.3772661f7d85bp-2 },
	{ 0x1.7790812000000p-1, 0x1.3d54fa4adf710p-2 },
	{ 0x1.756cac2000000p-1, 0x1.432ef2a08e814p-2 },
	{ 0x1.734f0c5000000p-1, 0x1.4900680f609d1p-2 },
	{ 0x1.713786e000000p-1, 0x1.4ec97314c026ap-2 },
	{ 0x1.6f26017000000p-1, 0x1.548a2c387d263p-2 },
};

/* ln x, x a positive normal float given by its bits */
__attribute__((__visibility__("hidden"))) double __logf_k(uint32_t u)
{
	uint32_t t = u - 0x3f330000;
	int k = (int32_t)t >> 23, j = t >> 16 & 127;
	uint32_t mb = u - (t & 0xff800000);	/* m's bits: k taken out of the exponent */
	double r = (double)__ffrom(mb) * tab[j].c - 1, r2 = r * r;
	double p = r + r2 * (-0.5 + r * (1.0 / 3 + r * (-0.25 + r * (0.2
		+ r * (-1.0 / 6 + r * (1.0 / 7))))));
	return (k * LN2 + tab[j].logc) + p;
}

float logf(float x)
{
	uint32_t u = __fbits(x);
	if (u - 0x00800000 >= 0x7f800000 - 0x00800000) {	/* not positive, normal, finite */
		if (isnan(x)) return x + x;
		if (x < 0) {
			errno = EDOM;
			return NAN;
		}
		if (x == 0) {
			errno = ERANGE;
			return -HUGE_VALF;
		}
		if (isinf(x)) return x;
		x *= 0x1p23f;	/* subnormal: exact */
		u = __fbits(x);
		u -= 23u << 23;
		/* u now codes x with its exponent below the normal range: k comes out right */
	}
	return (float)__logf_k(u);
}
