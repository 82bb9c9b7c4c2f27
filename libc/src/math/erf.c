/* erf and erfc. Below 1, erf(x) = x (c0 + z F(z)), z = x^2, c0 = 2/sqrt(pi), F a
 * Chebyshev fit of degree 11 on [0, 1] (error 5e-19), the x c0 part kept exact in
 * double-double. From 0.5 on, erfc(x) = e^-x^2 R(x): R(x) = e^x^2 erfc(x) is smooth,
 * fitted by polynomials of degree 14 in x - mid on 13 intervals up to 8 (error below
 * 6e-18), and above 8 as R = S(1/x^2) / x (degree 9 in 1/x^2); e^-x^2 by __exp_dd
 * with x^2 exact as hi + lo. erf = 1 - erfc from 1 on, erfc = 1 - erf below 0.5,
 * erfc(-x) = 2 - erfc(x). The coefficients were computed with mpmath (chebyfit)
 * (gen/gen_erf.py). Measured against glibc's long double (x87) versions
 * on 2*10^5 random arguments per range: erf max 0.73 ulp, erfc max 1.46 ulp (glibc's
 * double erfc: 3.1). */
#include <math.h>
#include <errno.h>
#include "libm_dd.h"
#include "floatrange.h"

#define C0 0x1.20dd750429b6dp+0	/* 2/sqrt(pi) = C0 + C0_LO */
#define C0_LO 0x1.1ae3a914fed80p-56
#define C1_LO 0x1.ee12e49cab700p-57	/* -c0/3 = erf_f[0] + C1_LO */
#define S0_LO 0x1.1ae3a914fed80p-57	/* 1/sqrt(pi) = erfc_s[0] + S0_LO */
#define LN2 0x1.62e42fefa39efp-1
#define LN2_LO 0x1.abc9e3b39803fp-56

/* (erf(sqrt z) / sqrt z - c0) / z on [0, 1] */
static const double erf_f[12] = {
	-0x1.812746b0379e7p-2, 0x1.ce2f21a042bd7p-4, -0x1.b82ce312882f8p-6,
	0x1.565bcd0e434bbp-8, -0x1.c02db3f4735cbp-11, 0x1.f9a324ddf0f34p-14,
	-0x1.f4d21efdafc7dp-17, 0x1.b9e2333703249p-20, -0x1.5f39372686202p-23,
	0x1.f8d476ab1a455p-27, -0x1.3c1e91b012003p-30, 0x1.0f8a27a51ad26p-34,
};

/* e^x^2 erfc(x) around the middle of each interval: c0 (hi, lo), c1 .. c14 */
static const double edges[14] = { 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 5, 6, 8 };
static const double erfc_r[13][16] = {
	{ /* [0.5, 0.75) */
		0x1.1d16b5809eaf6p-1, 0x1.043e5f49b4044p-55, -0x1.babd0e4f1a24dp-2,
		0x1.2577420fcd07dp-2, -0x1.59c35c06f7ffep-3, 0x1.72d46a9b3f0fap-4,
		-0x1.6fce5df0ba19dp-5, 0x1.552fe7000692ap-6, -0x1.2a7f4fb7869edp-7,
		0x1.efd03c2d0fbddp-9, -0x1.88ef9a320bc16p-10, 0x1.2a6ab0a51676ep-11,
		-0x1.b3e43db9ba2abp-13, 0x1.3312688cc48d6p-14, -0x1.a4fce0f25bf1ep-16,
		0x1.15db2c5be3d44p-17,
	},
	{ /* [0.75, 1) */
		0x1.db747ee409ac5p-2, -0x1.55a083acba9f3p-56, -0x1.4369f60195edcp-2,
		0x1.80ef8f454cf88p-3, -0x1.9d5868de0b581p-4, 0x1.9831c2c85003fp-5,
		-0x1.779dd2a3da28ap-6, 0x1.452648d62b734p-7, -0x1.0ab3832b835cdp-8,
		0x1.a0ef7ee614317p-10, -0x1.37fe712be7d60p-11, 0x1.c0b37ca72c347p-13,
		-0x1.370949aaa17ddp-14, 0x1.a0d2834c0b489p-16, -0x1.1021e619a62c4p-17,
		0x1.56e8e7e1e2401p-19,
	},
	{ /* [1, 1.25) */
		0x1.9531e09b149b5p-2, -0x1.aa513235e9c37p-58, -0x1.e78b356770fbbp-3,
		0x1.05e72521ca1b8p-3, -0x1.01343a2c92265p-4, 0x1.d4e711a2df97dp-6,
		-0x1.910a5d7c0a74fp-7, 0x1.446c5166ccf6bp-8, -0x1.f38c6d04f3ad5p-10,
		0x1.6fd9a57ab0516p-11, -0x1.041e391b70554p-12, 0x1.62743c54867d8p-14,
		-0x1.d2b191005da3ep-16, 0x1.299709067c415p-17, -0x1.72482ff57138fp-19,
		0x1.bd959b011bb31p-21,
	},
	{ /* [1.25, 1.5) */
		0x1.5f88f52f3c76bp-2, -0x1.b7eb97a02d0e7p-57, -0x1.797a639d8129dp-3,
		0x1.701342cbcea7bp-4, -0x1.4bcdb9d9083c2p-5, 0x1.17eba60d31fcap-6,
		-0x1.bdf24bccac636p-8, 0x1.51ab9ffce7498p-9, -0x1.e8ae68b40bd86p-11,
		0x1.535f57fdef4bfp-12, -0x1.c5fa6b654fc76p-14, 0x1.254ed21cb0573p-15,
		-0x1.6f05375dc7606p-17, 0x1.bdb6307acafabp-19, -0x1.08656e1942900p-20,
		0x1.2ffe74e740f05p-22,
	},
	{ /* [1.5, 1.75) */
		0x1.3583f6644327bp-2, -0x1.88eb8ebfdccaep-56, -0x1.2b11e6959934cp-3,
		0x1.0a15ac2adab35p-4, -0x1.ba018e6428103p-6, 0x1.5a142948a9b2fp-7,
		-0x1.014eae28304b8p-8, 0x1.6d609f6ab13bbp-10, -0x1.f1b43d3aab633p-12,
		0x1.465ecd15a6148p-13, -0x1.9d62286b3c83ep-15, 0x1.fafc8f8040fc5p-17,
		-0x1.2db3136957f1ap-18, 0x1.5d22b721946bdp-20, -0x1.8b37d99d598e8p-22,
		0x1.b26a77261d01bp-24,
	},
	{ /* [1.75, 2) */
		0x1.13e5743b60480p-2, 0x1.ca1dfca5d5331p-56, -0x1.e36580c7f734ap-4,
		0x1.8a6efeed233adp-5, -0x1.2ef92f6f10797p-6, 0x1.b99589d40f23dp-8,
		-0x1.33237c3eeacf6p-9, 0x1.99b60e42dd5abp-11, -0x1.070e0cb5ddd1ep-12,
		0x1.4631c4b0ad990p-14, -0x1.87a61e708549fp-16, 0x1.c85948300d255p-18,
		-0x1.0285bff556249p-19, 0x1.1d4ed2590fb95p-21, -0x1.34621ec6dbd54p-23,
		0x1.44429817e5e64p-25,
	},
	{ /* [2, 2.5) */
		0x1.d94446d627932p-3, -0x1.a8198a8216449p-58, -0x1.6a70d2bb37411p-4,
		0x1.0615670e25a7bp-5, -0x1.6883f9919a177p-7, 0x1.da595561f7d31p-9,
		-0x1.2bd251bb2fe84p-10, 0x1.6d7743d3b35a3p-12, -0x1.aed7ebc558f93p-14,
		0x1.ec773cc51b889p-16, -0x1.117a6b9b9f74cp-17, 0x1.27af477cc6335p-19,
		-0x1.37b2d3e2bafe1p-21, 0x1.40e119faabcc4p-23, -0x1.478772de8066dp-25,
		0x1.428297084d79cp-27,
	},
	{ /* [2.5, 3) */
		0x1.8c9eb68ff27d7p-3, -0x1.bb4e763c64a35p-57, -0x1.0305781330099p-4,
		0x1.43b98bac83823p-6, -0x1.84e9ab30e6ab2p-8, 0x1.c2c72fd72763dp-10,
		-0x1.f99e41ecb124ep-12, 0x1.131bb16125983p-13, -0x1.2312b25805865p-15,
		0x1.2bfb5b0d83f91p-17, -0x1.2da32d24fb79ap-19, 0x1.2856fda52a137p-21,
		-0x1.1ccb30f457aedp-23, 0x1.0c1223e921938p-25, -0x1.f4a74bd173f40p-28,
		0x1.c52907556b237p-30,
	},
	{ /* [3, 3.5) */
		0x1.54a7a08d4bb45p-3, -0x1.6a0d91336bdc9p-61, -0x1.82a8522b868a1p-5,
		0x1.a7eddc9ee6425p-7, -0x1.c24b49c47a2c4p-9, 0x1.d085857a17f32p-11,
		-0x1.d25ebba1c4c85p-13, 0x1.c882f02381739p-15, -0x1.b45d025e9b82ap-17,
		0x1.97dd78d660966p-19, -0x1.753cadda71686p-21, 0x1.4ec0940662f33p-23,
		-0x1.2688f42649504p-25, 0x1.fcf360e689c4dp-28, -0x1.b48194f146c80p-30,
		0x1.6c5a759d1a00ap-32,
	},
	{ /* [3.5, 4) */
		0x1.2a2af19c14930p-3, -0x1.fa04a06a33f29p-57, -0x1.2aa6503acda11p-5,
		0x1.22f0664f3cbf9p-7, -0x1.1434ae05873abp-9, 0x1.fff032a0df889p-12,
		-0x1.cfcdea1b1f6c4p-14, 0x1.9b50d0d260eb3p-16, -0x1.65778aaccad91p-18,
		0x1.30c2fb3f99919p-20, -0x1.fe3e34cfa3fcap-23, 0x1.a3bee4ac74431p-25,
		-0x1.53924ed57f3c1p-27, 0x1.0e5ba114e575cp-29, -0x1.ab9e392a1a0ddp-32,
		0x1.4a426fe27ac1ep-34,
	},
	{ /* [4, 5) */
		0x1.f5b2a049cf4c6p-4, -0x1.fc4bbbfb1695ap-58, -0x1.aa3eb6a946f7ep-6,
		0x1.62c12cb5f7577p-8, -0x1.218ed930b236fp-10, 0x1.d00785f2ed4a2p-13,
		-0x1.6d54b133ec9bcp-15, 0x1.1ad6a32dfad8ap-17, -0x1.aef8ea15b5627p-20,
		0x1.4354fafb29edap-22, -0x1.de099483b985bp-25, 0x1.5c64dee8492b2p-27,
		-0x1.f4beb087cdd64p-30, 0x1.6341a438d32d1p-32, -0x1.ffd7fc8b66a49p-35,
		0x1.61e17f2856383p-37,
	},
	{ /* [5, 6) */
		0x1.9d8a8f2284f2cp-4, -0x1.5b0277fa1ecb8p-58, -0x1.238ca71b93fc3p-6,
		0x1.95252b932efe3p-9, -0x1.15976ddda3c96p-11, 0x1.774f4826dc84ap-14,
		-0x1.f4e46d17a549ep-17, 0x1.4a17e19c015eep-19, -0x1.add7ac8bdb3b4p-22,
		0x1.149cd77868980p-24, -0x1.600032fb79104p-27, 0x1.bb09d28e92873p-30,
		-0x1.13cc640fa7fe1p-32, 0x1.53e6f026c6974p-35, -0x1.a7aa48e1d6aa5p-38,
		0x1.ffa31aecd2b1bp-41,
	},
	{ /* [6, 8) */
		0x1.46dc6bf900f68p-4, -0x1.9c3bae12ae446p-59, -0x1.6e4b45246f922p-7,
		0x1.96a3de47d5b18p-10, -0x1.bf5070ee17745p-13, 0x1.e7af6eeff4dcdp-16,
		-0x1.078bfe37217f2p-18, 0x1.1a6f6b7c42340p-21, -0x1.2c2db72dec0ffp-24,
		0x1.3c768ad99d71fp-27, -0x1.4b0186f0ef81fp-30, 0x1.5789ec1661301p-33,
		-0x1.61507576ab477p-36, 0x1.693ef95371055p-39, -0x1.85ab0bcd4d2eep-42,
		0x1.886113865f436p-45,
	},
};

/* x e^x^2 erfc(x) as a function of t = 1/x^2 on [0, 1/64] */
static const double erfc_s[10] = {
	0x1.20dd750429b6dp-1, -0x1.20dd750429b2cp-2, 0x1.b14c2f861cc54p-2,
	-0x1.0ecf9d98a9c95p+0, 0x1.d9eb3d9694132p+1, -0x1.0a91b68d90fe2p+4,
	0x1.6e28aef4ca69bp+6, -0x1.2543130ae188dp+9, 0x1.eba499fc9e460p+11,
	-0x1.2d156fa478466p+14,
};

/* erf(x) as *h + *l, |x| < 1: x (c0 + z (c1 + z q(z))), the last two steps and the
 * product by x in double-double (the z c1 term is a third of the result at 1) */
static void erf_small(double x, double *h, double *l)
{
	double zh, zl, q, th, tl;
	__two_prod(x, x, &zh, &zl);
	q = __horner(erf_f + 1, 11, zh);
	__dd_mul(zh, zl, q, 0, &th, &tl);
	__dd_add(erf_f[0], C1_LO, th, tl, &th, &tl);
	__dd_mul(zh, zl, th, tl, &th, &tl);
	__dd_add(C0, C0_LO, th, tl, &th, &tl);
	__dd_mul(x, 0, th, tl, h, l);
}

/* erfc(x), 0.5 <= x < 28 */
static double erfc_big(double x)
{
	double rh, rl, xh, xl, a, b, s = 1;
	if (x < 8) {
		int i = 0;
		while (x >= edges[i + 1]) i++;
		const double *c = erfc_r[i];
		double d = x - 0.5 * (edges[i] + edges[i + 1]);	/* exact */
		double q = __horner(c + 2, 14, d);
		__two_sum(c[0], d * q, &rh, &rl);
		rl += c[1];
	} else {
		double t = 1 / (x * x), sh, sl, p, e;
		__two_sum(erfc_s[0], t * __horner(erfc_s + 1, 9, t), &sh, &sl);
		sl += S0_LO;
		rh = sh / x;
		__two_prod(rh, x, &p, &e);
		rl = ((sh - p) - e + sl) / x;
	}
	__two_prod(x, x, &xh, &xl);
	__two_sum(-xh, -xl, &a, &b);
	if (x > 26) {	/* the result is subnormal: compute it 2^64 times larger */
		__two_sum(a, 64 * LN2, &a, &xl);
		__two_sum(a, b + xl + 64 * LN2_LO, &a, &b);
		s = 0x1p-64;
	}
	double e = __exp_dd(a, b), p, q;
	__two_prod(e, rh, &p, &q);
	return (p + (q + e * rl)) * s;
}

double erf(double x)
{
	double a = fabs(x), h, l;
	if (isnan(x)) return x + x;
	if (a < 0x1p-28) return x * C0 + x * C0_LO;	/* keeps -0 */
	if (a < 1) {
		erf_small(x, &h, &l);
		return h + l;
	}
	h = a < 6 ? 1 - erfc_big(a) : 1;
	return x < 0 ? -h : h;
}

double erfc(double x)
{
	double h, l, e;
	if (isnan(x)) return x + x;
	if (x < -6) return 2;
	if (x == INFINITY) return 0;
	if (fabs(x) < 0.5) {
		erf_small(x, &h, &l);
		__two_sum(1, -h, &h, &e);
		return h + (e - l);
	}
	if (x < 0) return 2 - erfc_big(-x);
	if (x >= 28) {
		errno = ERANGE;
		return 0x1p-1000 * 0x1p-1000;
	}
	h = erfc_big(x);
	if (h == 0) errno = ERANGE;
	return h;
}

/* In double and rounded once: correctly rounded but in the rare cases where the
 * double result lies within its error of a float rounding boundary. */
float erff(float x) { return erf(x); }
float erfcf(float x) { return __frange(erfc(x)); }
