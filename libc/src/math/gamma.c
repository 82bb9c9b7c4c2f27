/* tgamma and lgamma (with lgamma_r, signgam and the float versions).
 *
 * Positive arguments: below 12, Gamma(y) is moved to [2, 3) by Gamma(y + 1) = y
 * Gamma(y) (the products in double-double) and taken from a fit of degree 18 around
 * 2.5; lgamma has fits of its own where it has zeros or a flat minimum: lgamma(1 + t)
 * / t for |t| <= 1/4, lgamma(1.5 + s) for |s| <= 1/4, lgamma(2 + t) / t for t in
 * [-1/4, 1] (which also gives lgamma(y) = lgamma(y + 2) - log(y (y + 1)) below 3/4
 * and, with the log of the product, up to 12). From 12 on, Stirling's series in
 * double-double: (y - 1/2) log y - y + log(2 pi)/2 + sum B2k / (2k (2k - 1) y^(2k-1)),
 * to B18; tgamma is e^ of it. Negative arguments by reflection, Gamma(x) Gamma(-x) =
 * -pi / (x sin(pi x)), with sin(pi x) from an exact reduction to |r| <= 1/4 and fits of
 * sin(pi r) / r and cos(pi r). Next to the zeros of lgamma below -2 (two in each
 * interval (-n - 1, -n), n = 2 .. 15, and one in (-17, -16); beyond, no double comes
 * near one) the reflection would subtract two nearly equal logarithms: there lgamma
 * is its Taylor series at the zero. All fits are Chebyshev fits computed with mpmath
 * (fit errors below 2^-62 relative), the zeros and their series mpmath's too; the
 * first two coefficients are held in double-double (gen/gen_gamma.py and
 * gen/gen_lgamma_zeros.py print them).
 * Measured against glibc's long double (x87) versions on 10^5 random arguments per
 * range: tgamma max 0.66 ulp on (0, 172), 0.62 on (-10, 0), 1.42 on (-184, -10);
 * lgamma max 0.8 ulp on (0, 1e6) and on (-20, 0) (0.77 next to the zeros), 0.5 below
 * -10 and above 10 (glibc's double versions: up to 5.6 and 7.4 ulp there). Against
 * mpmath, next to the zeros in (-25, -2) (1235 points: 30 log-spread and the 7
 * nearest to each): lgamma 1.08 ulp (glibc 3.38); lgammaf on the 287 floats nearest
 * them 0.49 (glibc 2.47). */
#include <math.h>
#include <errno.h>
#include "libm_dd.h"
#include "floatrange.h"

int signgam;

#define HL2PI 0x1.d67f1c864beb5p-1	/* log(2 pi) / 2 */
#define HL2PI_LO -0x1.65b5a1b7ff5dfp-55
#define LOGPI 0x1.250d048e7a1bdp+0
#define LOGPI_LO 0x1.7abf2ad8d5088p-57
#define PI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define LN2 0x1.62e42fefa39efp-1
#define LN2_LO 0x1.abc9e3b39803fp-56

/* Gamma(2.5 + s) on [-0.5, 0.5]: degree 18, fit error 1.2e-19; the lows of c0 and c1: -0x1.2569de13afcdbp-59, 0x1.0c149dc611a38p-55 */
static const double gam[19] = {
	0x1.544fa6d47b390p+0, 0x1.de9585f1a7093p-1, 0x1.4f224d4b7e01cp-1,
	0x1.03f6d2fa4f509p-2, 0x1.c138b89492c3ep-4, 0x1.d0a9bc4930cd3p-6,
	0x1.5489cc6bad687p-7, 0x1.a55ed2172e36fp-10, 0x1.8b8fcda4879d4p-11,
	0x1.0886c5d516cc8p-18, 0x1.013c92f5859f2p-14, -0x1.ad8a6611a268ap-17,
	0x1.e6ca7ac6c8f8cp-18, -0x1.57e9b7c2d56a3p-19, 0x1.22b69ba445ed9p-20,
	-0x1.c094378550309p-22, 0x1.69e0b8183d448p-23, -0x1.650430b4605f7p-24,
	0x1.1df83f46b5b39p-25,
};
/* lgamma(1 + t) / t on [-0.25, 0.25]: degree 20, fit error 1.8e-20; the lows of c0 and c1: 0x1.6cb90701fbfabp-58, 0x1.03ac928908da7p-56 */
static const double lga[21] = {
	-0x1.2788cfc6fb619p-1, 0x1.a51a6625307d3p-1, -0x1.9a4d55beab2d7p-2,
	0x1.151322ac7d860p-2, -0x1.a8b9c17aa6177p-3, 0x1.5b40cb10082e9p-3,
	-0x1.2703a1dce664ap-3, 0x1.010b36b1ff40ep-3, -0x1.c806707214321p-4,
	0x1.9a01e1d90ff4cp-4, -0x1.748c3176b9876p-4, 0x1.556b2d4a6e952p-4,
	-0x1.3b1dea850aa73p-4, 0x1.248bd2887d35dp-4, -0x1.11089fba1aa52p-4,
	0x1.00e2572d3fb3bp-4, -0x1.e39252ab062ccp-5, 0x1.b15a97fa43bffp-5,
	-0x1.9a53e6fe3da71p-5, 0x1.15eca180c2ed4p-4, -0x1.090a16066289dp-4,
};
/* lgamma(1.5 + s) on [-0.25, 0.25]: degree 16, fit error 7e-20; the lows of c0 and c1: -0x1.346863f58b075p-58, -0x1.930725600e4d7p-59 */
static const double lgm[17] = {
	-0x1.eeb95b094c191p-4, 0x1.2aed059bd608bp-5, 0x1.de9e64df22ef3p-2,
	-0x1.1ae55b18072dbp-3, 0x1.e0f840dad62f1p-5, -0x1.da59d53719d74p-6,
	0x1.f9ca39da6c120p-7, -0x1.1a8ba516ee219p-7, 0x1.456f1b064c185p-8,
	-0x1.7edb619def02bp-9, 0x1.c9733323ea935p-10, -0x1.14919cf56c3acp-10,
	0x1.5185b301be9d0p-11, -0x1.9d04ccbd7af66p-12, 0x1.ff0a5d852f34fp-13,
	-0x1.62dd4a9d8e172p-13, 0x1.bbd8bfce13a62p-14,
};
/* lgamma(2 + t) / t on [-0.25, 1.0]: degree 19, fit error 2.1e-19; the lows of c0 and c1: 0x1.79d69349dee1dp-58, 0x1.3ffe330ce9e34p-56 */
static const double lgb[20] = {
	0x1.b0ee6072093cep-2, 0x1.4a34cc4a60fa6p-2, -0x1.13e001a557611p-4,
	0x1.51322ac7d842bp-6, -0x1.e404fc2189c94p-8, 0x1.7add6eadaac37p-9,
	-0x1.38ac5c303ecccp-10, 0x1.0b36afa25f196p-11, -0x1.d3fd4a15171c1p-13,
	0x1.a127930cc6397p-14, -0x1.78de4d475f7d1p-15, 0x1.58130ac3ca244p-16,
	-0x1.3cdb5ab49973ap-17, 0x1.25a6788ad14d5p-18, -0x1.0f2f64038b040p-19,
	0x1.e23f8ae5fa544p-21, -0x1.7f248d45a7f1dp-22, 0x1.e45e0ab69af87p-24,
	-0x1.9c81df2c1690fp-26, 0x1.57024ff606a5ap-29,
};
/* sin(pi r) / r, z = r^2 on [0.0, 0.0625]: degree 7, fit error 5.6e-21; the lows of c0 and c1: 0x1.1a5f137c645c8p-53, 0x1.128ffc2d5f62fp-52 */
static const double sinpi_c[8] = {
	0x1.921fb54442d18p+1, -0x1.4abbce625be53p+2, 0x1.466bc6775aad9p+1,
	-0x1.32d2cce62ac22p-1, 0x1.50783485cbd83p-4, -0x1.e3074b4ff3058p-8,
	0x1.e8eed12ee00a3p-12, -0x1.6c5b875d4e739p-16,
};
/* cos(pi r), z = r^2 on [0.0, 0.0625]: degree 7, fit error 3e-20; the lows of c0 and c1: -0x1.1e745e5e09f6dp-65, -0x1.218e0f974b312p-52 */
static const double cospi_c[8] = {
	0x1.0000000000000p+0, -0x1.3bd3cc9be45dep+2, 0x1.03c1f081b5aacp+2,
	-0x1.55d3c7e3c90f8p+0, 0x1.e1f5068355e15p-3, -0x1.a6d1ec7906c20p-6,
	0x1.f9cc41140bb60p-10, -0x1.b264ba152378ap-14,
};
static const double stirling[] = {
	0x1.5555555555555p-4,	/* B2 / (2 * 1) */
	-0x1.6c16c16c16c17p-9,	/* B4 / (4 * 3) */
	0x1.a01a01a01a01ap-11,	/* B6 / (6 * 5) */
	-0x1.3813813813814p-11,	/* B8 / (8 * 7) */
	0x1.b951e2b18ff23p-11,	/* B10 / (10 * 9) */
	-0x1.f6ab0d9993c7dp-10,	/* B12 / (12 * 11) */
	0x1.a41a41a41a41ap-8,	/* B14 / (14 * 13) */
	-0x1.e4286cb0f5398p-6,	/* B16 / (16 * 15) */
	0x1.6fe96381e0680p-3,	/* B18 / (18 * 17) */
};

/* The zeros of lgamma below -2 that doubles can come near: for each interval
 * (-k - 1, -k), k = 2 .. 16, two (or none): z (hi, lo), the radius used, then the
 * Taylor coefficients of lgamma at z, lgamma^(i)(z) / i!, i = 1 .. (the first in
 * double-double), from mpmath's polygamma. */
static const double lgz[15][2][27] = {
	{ /* (-3, -2) */
		{ /* -2.7476826467274126 */
			-0x1.5fb410a1bd901p+1, 0x1.a19a96d2e6f85p-54, 0x1.587f4e9819ff8p-5,
			-0x1.ea12da904b18cp+0, -0x1.220130f99b2cfp-54, 0x1.3267f3c265a52p+3,
			-0x1.4185ac30c8bf2p+4, 0x1.f504accc9f19bp+5, -0x1.8588458207eacp+7,
			0x1.4373f7cc709b3p+9, -0x1.12239bdd6c013p+11, 0x1.dba65e27421c4p+12,
			-0x1.a2d2504d7e987p+14, 0x1.7581739ee6087p+16, -0x1.506c65fad617ep+18,
			0x1.318ef724f780ep+20, -0x1.17767260da07ap+22, 0x1.011e34454c6c3p+24,
			-0x1.db8b9e6a8c538p+25, 0x1.b9bab1f9b6834p+27, -0x1.9bed47276f3fdp+29,
			0x1.81780ebc26f0ep+31, -0x1.69d3c3d06ea2ap+33, 0x1.54943182b9752p+35,
			-0x1.4161becbaa4abp+37, 0x1.2ff4c046bf0d3p+39, -0x1.2012017bae3e2p+41,
		},
		{ /* -2.4570247382208006 */
			-0x1.3a7fc9600f86cp+1, -0x1.55f64f98af8d0p-55, 0x1.37fedcaafd796p-4,
			0x1.83fe966af535fp+0, -0x1.775909a36a6a4p-55, 0x1.36eebb002f55dp+2,
			0x1.694a6058a7858p+0, 0x1.1718d7ca09e5bp+3, 0x1.7339fe04b2764p+2,
			0x1.8d32f682aa0bdp+4, 0x1.809f04ee6e0fap+4, 0x1.48eaa81657361p+6,
			0x1.9297adb2def5ap+6, 0x1.286fb8cbaebb3p+8, 0x1.a92e0a5de4bf8p+8,
			0x1.1a9d4d8c62a7fp+10, 0x1.c4cd2594e7015p+10, 0x1.18737ec8c5674p+12,
			0x1.e602879652df6p+12, 0x1.1eacaecbf98b0p+14, 0x1.06bcea0337924p+15,
			0x1.2bb10938de2a6p+16, 0x1.1dffffc809619p+17, 0x1.3ec86cf132b64p+18,
			0x1.39440a7cdc431p+19, 0x1.57beb97e7a3d9p+20,
		},
	},
	{ /* (-4, -3) */
		{ /* -3.9552942848585979 */
			-0x1.fa471547c2fe5p+1, -0x1.70d4561291237p-56, 0x1.8b452f295e526p-8,
			-0x1.4b99d966c5647p+4, 0x1.9cba2450afff3p-50, 0x1.f76deae0436bep+7,
			-0x1.d25359d4b2f38p+11, 0x1.e8f829f141aa5p+15, -0x1.116f7806d26d3p+20,
			0x1.3e8f3ab9fc1f4p+24, -0x1.7dbbe062ffd9ep+28, 0x1.d2f76de7bd027p+32,
			-0x1.2225fe4f8493dp+37, 0x1.6d12ae1936a57p+41, -0x1.cffc2a8f5fd74p+45,
			0x1.294e1bddb6102p+50, -0x1.7fab626523b36p+54, 0x1.f211ab5311400p+58,
			-0x1.44f2935b0d559p+63, 0x1.a9e4dda1fa758p+67, -0x1.1831c904dee78p+72,
			0x1.71f55d099ee18p+76, -0x1.e9fde7b7f7589p+80, 0x1.4562eba286a8bp+85,
		},
		{ /* -3.1435808883499801 */
			-0x1.9260dbc9e59afp+1, -0x1.f717cd335a7b3p-53, 0x1.072ce1e59e2a3p-6,
			0x1.f20a65f2fac55p+2, -0x1.1d258e4b0be84p-53, 0x1.9d4d2977150efp+4,
			0x1.c1137124d5c5bp+6, 0x1.267203d776b0ep+9, 0x1.99a6337da39ddp+11,
			0x1.293c3f78d3bdbp+14, 0x1.bb97aa0b71e45p+16, 0x1.51ea3345f5349p+19,
			0x1.057f65c64b21bp+22, 0x1.99c8650e3a38bp+24, 0x1.44520c3a4bb84p+27,
			0x1.02d2219647af7p+30, 0x1.9ffcd984abdd5p+32, 0x1.50494b0fb07d3p+35,
			0x1.113fdd5c69526p+38, 0x1.be0a490c4df0cp+40, 0x1.6d79c294fad34p+43,
			0x1.2c80a95baf903p+46,
		},
	},
	{ /* (-5, -4) */
		{ /* -4.9915446405600477 */
			-0x1.3f7577a6eeafdp+2, 0x1.5de5eab7f12cfp-53, 0x1.192f1c3042b93p-10,
			-0x1.d224a3ef9e41fp+6, -0x1.9be272a13babcp-48, 0x1.b533c678a3956p+12,
			-0x1.0d3f7fee65d34p+19, 0x1.752a6f5ac2726p+25, -0x1.13d5d163bd3f7p+32,
			0x1.a8c5c53458ca5p+38, -0x1.5068b3ed69409p+45, 0x1.0ffa575ea7fe9p+52,
			-0x1.bec12dd78a14bp+58, 0x1.7382570f089d4p+65, -0x1.380ebf618414ep+72,
			0x1.084de4426e886p+79, -0x1.c2d90d8b990e9p+85, 0x1.82d0a2bda7309p+92,
			-0x1.4d941707780bcp+99, 0x1.20f3f9c92a5e8p+106, -0x1.f68edeceb3e4cp+112,
			0x1.b68d3198a8ef1p+119, -0x1.7fe1bc42d03a1p+126, 0x1.50f5e6af5166dp+133,
		},
		{ /* -4.0393618397405369 */
			-0x1.0284e78599581p+2, 0x1.e78c1e9e43cfep-53, 0x1.31c7be9a7d495p-8,
			0x1.aca5cf4921642p+4, 0x1.a46a2e0d8fe10p-51, 0x1.44415cd813f8ep+8,
			0x1.559b11b2a9c7cp+12, 0x1.96d18e21aebdbp+16, 0x1.0261eb5732e40p+21,
			0x1.55e3dbf99eb3dp+25, 0x1.d14fe49c4e437p+29, 0x1.433dce282da6ep+34,
			0x1.c8399c7588cd0p+38, 0x1.45fbe666d9402p+43, 0x1.d68d794caefcep+47,
			0x1.56729dc75f00cp+52, 0x1.f5ec3352c68c7p+56, 0x1.720575617731cp+61,
			0x1.122e774adbf8cp+66, 0x1.982505251d81ep+70, 0x1.30f8cb66574ffp+75,
			0x1.c95779d27e83cp+79, 0x1.57fb1ced57c1dp+84,
		},
	},
	{ /* (-6, -5) */
		{ /* -5.9986074800808756 */
			-0x1.7fe92f591f40dp+2, -0x1.7dd4ed62cbd32p-52, 0x1.6dff58c81578cp-13,
			-0x1.661f6a43a5e12p+9, -0x1.0c437b83bc0e6p-45, 0x1.f79dcb794f26fp+17,
			-0x1.d6e8088a19ffep+26, 0x1.ef5d308dbfc97p+35, -0x1.15ea6b0ab529ep+45,
			0x1.44d54e9fe2397p+54, -0x1.8684e40cebb3dp+63, 0x1.df44c1d81c723p+72,
			-0x1.2ac3053f4ee19p+82, 0x1.79226ae04a7a4p+91, -0x1.e0dffb5f77a15p+100,
			0x1.352178907a204p+110, -0x1.903aa9af8baf3p+119, 0x1.04a1032c75e6ep+129,
			-0x1.552efbfef36bdp+138, 0x1.c0a12fef24050p+147, -0x1.281cf56357003p+157,
			0x1.883ff0616e794p+166, -0x1.049a7e039cda5p+176,
		},
		{ /* -5.0082181683225935 */
			-0x1.4086a57f0b6d9p+2, -0x1.95262b72ca9cap-55, 0x1.099fd55aacf46p-10,
			0x1.ed72e0829ae02p+6, -0x1.fdc1859aea473p-50, 0x1.cecc32ec22f9bp+12,
			0x1.253d8563f7264p+19, 0x1.a225df2da6e63p+25, 0x1.3e01773762671p+32,
			0x1.f7d8d5bdcb186p+38, 0x1.9a8d00c77a92cp+45, 0x1.557fd8c490b4bp+52,
			0x1.209221a6240a0p+59, 0x1.edc98d3bbb5dap+65, 0x1.aabd28e6f7c6bp+72,
			0x1.73de2dd9728eep+79, 0x1.465182ebf6449p+86, 0x1.200d7ad1db285p+93,
			0x1.ff27fe506ad9ep+99, 0x1.c78dd75474154p+106, 0x1.9797a1ff28289p+113,
			0x1.6df243043de45p+120, 0x1.4992a02ca6af1p+127,
		},
	},
	{ /* (-7, -6) */
		{ /* -6.9998015078906377 */
			-0x1.bffcbf76b86f0p+2, 0x1.853b29347b806p-57, 0x1.a06f4e314cf25p-16,
			-0x1.3abf7a5cea91bp+12, -0x1.8257b8abd0511p-42, 0x1.8349a2550422dp+23,
			-0x1.3d91dadc98428p+35, 0x1.24f3d636f3339p+47, -0x1.20427df1b3492p+59,
			0x1.2775e857fb69cp+71, -0x1.377e70b463c13p+83, 0x1.4f3d28edba5cdp+95,
			-0x1.6e8557168cf8ep+107, 0x1.95bb17ce4279bp+119, -0x1.c5ac12d48f08ep+131,
			0x1.ff816dad7515cp+143, -0x1.225f4a6a494c5p+156, 0x1.4ba3e5c03fddfp+168,
			-0x1.7cb737da558d6p+180, 0x1.b7011fbab594ep+192, -0x1.fc33d1e2031d6p+204,
			0x1.272cdde38c75ap+217, -0x1.57f3456aca08bp+229,
		},
		{ /* -6.0013852944531551 */
			-0x1.8016b25897c8dp+2, 0x1.27e0f49a4ba72p-54, 0x1.6a35882dbcc59p-13,
			0x1.69de49e3af2aap+9, 0x1.954b690943b33p-47, 0x1.fce23484cfd10p+17,
			0x1.de503a3c37c40p+26, 0x1.f9c7b52558abbp+35, 0x1.1d3d50714416ap+45,
			0x1.4f21e2fb9e060p+54, 0x1.9500994cd8a9ep+63, 0x1.f3a2c23c19d79p+72,
			0x1.39152652eb3abp+82, 0x1.8d45f8be8912ep+91, 0x1.fd3214a70281fp+100,
			0x1.490b47682046dp+110, 0x1.ac3b9652b43f1p+119, 0x1.1851c435e895cp+129,
			0x1.70dfb5065b675p+138, 0x1.e791f4585a172p+147, 0x1.437e70afcdf58p+157,
			0x1.aec150a4d4de7p+166, 0x1.1fadae58d1bcap+176,
		},
	},
	{ /* (-8, -7) */
		{ /* -7.9999751970958207 */
			-0x1.ffff97f8159cfp+2, -0x1.e54f415a91586p-55, 0x1.a025519cb45d6p-19,
			-0x1.3af76fe4c2fabp+15, -0x1.7cc92f0b996a5p-40, 0x1.838e76caaf123p+29,
			-0x1.3de68b3256526p+44, 0x1.255c052530c71p+59, -0x1.20c2a8418126ap+74,
			0x1.28139342cef00p+89, -0x1.384066c322246p+104, 0x1.502bc4dad47d3p+119,
			-0x1.6faadfece0e2fp+134, 0x1.9724323c8991ep+149, -0x1.c7684c96f2617p+164,
			0x1.00d1f4874360ap+180, -0x1.23af6dd4635e3p+195, 0x1.4d41695948489p+210,
			-0x1.7eb3eb486c004p+225, 0x1.b972ec3a26abdp+240, -0x1.ff35abe012e90p+255,
			0x1.2906660d21163p+271, -0x1.5a39ce3047ce9p+286,
		},
		{ /* -7.0001983334073248 */
			-0x1.c0033fdedfe1fp+2, 0x1.20bb7d2324678p-52, 0x1.9fc4e67aae761p-16,
			0x1.3b407aa387bd1p+12, 0x1.da1e57343b1efp-43, 0x1.83e85daafbad6p+23,
			0x1.3e552b5e3c226p+35, 0x1.25e42a45e905bp+47, 0x1.216a3560743eep+59,
			0x1.28e1c70ef5313p+71, 0x1.393e2bc330081p+83, 0x1.5164141f5ae6ap+95,
			0x1.712b3a86e1be0p+107, 0x1.98fd36b906d52p+119, 0x1.c9ae6ef62604ap+131,
			0x1.02382a95938fcp+144, 0x1.256845ecbeb17p+156, 0x1.4f5ff358f4caep+168,
			0x1.814f9cbfb69aep+180, 0x1.bca8a41a47672p+192, 0x1.019479082f294p+205,
			0x1.2b74ad631f92ep+217, 0x1.5d37a2004c585p+229,
		},
	},
	{ /* (-9, -8) */
		{ /* -8.9999972442509775 */
			-0x1.1ffffa3884bd0p+3, -0x1.ff90c9d2ae925p-53, 0x1.71df672a02bb3p-22,
			-0x1.625edfc63db2fp+18, 0x1.da7fc3ed69467p-37, 0x1.ea8c150480a7ap+35,
			-0x1.c4b30e4bc55c1p+53, 0x1.d5fe468dbbf03p+71, -0x1.043d21bc24decp+90,
			0x1.2c334ae535e1dp+108, -0x1.64314b431cd64p+126, 0x1.af6ed589b3a86p+144,
			-0x1.096e446edcfb3p+163, 0x1.4aaf49e713c02p+181, -0x1.a0246d9c1b687p+199,
			0x1.0806315c1aa49p+218, -0x1.515dd6b889a42p+236, 0x1.b1a5fe767c44bp+254,
			-0x1.18222955c5804p+273, 0x1.6b8b3180efb2ep+291, -0x1.d9a3c5a532222p+309,
			0x1.359c2851f3f32p+328, -0x1.9606c2f7e1f9dp+346,
		},
		{ /* -8.000024800270682 */
			-0x1.000034028b3f9p+3, -0x1.f60cb3cec1cedp-52, 0x1.a00eb27d765edp-19,
			0x1.3b088fed67718p+15, -0x1.505613ba29a31p-39, 0x1.83a3893550edcp+29,
			0x1.3e0078db8ada4p+44, 0x1.257bec9464251p+59, 0x1.20e9ea0755a47p+74,
			0x1.2843e1313c83bp+89, 0x1.387bd6a785478p+104, 0x1.5074e788de770p+119,
			0x1.7004dd990d7d9p+134, 0x1.9792ed5f6dfc9p+149, 0x1.c7f08cdaef517p+164,
			0x1.0125c811215a5p+180, 0x1.2416931f15426p+195, 0x1.4dc0543c441a3p+210,
			0x1.7f50164dd19c1p+225, 0x1.ba331529ed6a5p+240, 0x1.00110f1fa573dp+256,
			0x1.2997de6ad4e7bp+271, 0x1.5aeccd4bbcdf4p+286,
		},
	},
	{ /* (-10, -9) */
		{ /* -9.9999997244266292 */
			-0x1.3fffff6c0d7c0p+3, 0x1.197cea8c42d7dp-51, 0x1.27e5149a0ecd5p-25,
			-0x1.baf7da5f3795dp+21, -0x1.16a79518c8122p-33, 0x1.7f3e8791fa0d2p+42,
			-0x1.ba18befcaaa63p+63, 0x1.1ede14765dc0cp+85, -0x1.8d1a9ab5a5050p+106,
			0x1.1e4d8c35d22ccp+128, -0x1.a8a191db10900p+149, 0x1.4174f65ff8680p+171,
			-0x1.ee6d90f2332c5p+192, 0x1.80fd3420fba1dp+214, -0x1.2ecd481762ff2p+236,
			0x1.e04a0b28da2b0p+257, -0x1.7f91af3f00393p+279, 0x1.342652fd50c8cp+301,
			-0x1.f1a88f83f11a9p+322, 0x1.93a6874ce10a9p+344, -0x1.48af445c01ea7p+366,
			0x1.0c921ae53b628p+388, -0x1.b842de1ec9297p+409,
		},
		{ /* -9.0000027557148227 */
			-0x1.200005c7768fbp+3, -0x1.b5b610ffb70d4p-54, 0x1.71dd0d836fef9p-22,
			0x1.6261203919440p+18, 0x1.7d5e8272cda81p-38, 0x1.ea8f32fb7f586p+35,
			0x1.c4b75ee68e2bap+53, 0x1.d6043fa1ffaa5p+71, 0x1.04414411db7f4p+90,
			0x1.2c3903ec9c90cp+108, 0x1.64393744bb9bdp+126, 0x1.af79ccdc71d33p+144,
			0x1.0975db7d71fc6p+163, 0x1.4ab9cba1e346ep+181, 0x1.a032f8f11473dp+199,
			0x1.0810426bfac85p+218, 0x1.516bc616e3904p+236, 0x1.b1b948b0b8090p+254,
			0x1.182f8345f3c60p+273, 0x1.6b9dace0c9cc7p+291, 0x1.d9bd5b2e01bd0p+309,
			0x1.35addd8195315p+328, 0x1.961f4627b0e20p+346,
		},
	},
	{ /* (-11, -10) */
		{ /* -10.99999997494789 */
			-0x1.5ffffff28cdd4p+3, 0x1.c9924a65aa486p-53, 0x1.ae6459f310478p-29,
			-0x1.308a7d8eadb7cp+25, 0x1.a95a609877977p-31, 0x1.6a4938065bfd2p+49,
			-0x1.1f51f646980c5p+74, 0x1.005993b17e047p+99, -0x1.e7ee7dccf100cp+123,
			0x1.e3b550a815c55p+148, -0x1.ed38daa0d4c2cp+173, 0x1.00b346bb02a7dp+199,
			-0x1.0f71919049fbdp+224, 0x1.229f2440f731ep+249, -0x1.3a4c2ff760a7cp+274,
			0x1.56bc218a07779p+299, -0x1.785bd6701e70bp+324, 0x1.9fbdc2ececfc3p+349,
			-0x1.cd99929c61228p+374, 0x1.01670b0202602p+400, -0x1.203276acacf26p+425,
			0x1.43cbd9237ae25p+450, -0x1.6ceb484c4bb4ap+475,
		},
		{ /* -10.000000275573014 */
			-0x1.40000093f2777p+3, -0x1.927b45d95e154p-52, 0x1.27e4e2550ad8dp-25,
			0x1.baf825a0c63b2p+21, -0x1.20323f10165f2p-35, 0x1.7f3ec8ae05f2ep+42,
			0x1.ba192fa62a5c8p+63, 0x1.1ede75ef431b0p+85, 0x1.8d1b435ece20fp+106,
			0x1.1e4e1e218c99cp+128, 0x1.a8a28e596cccep+149, 0x1.4175d0d35b3d4p+171,
			0x1.ee6f0af10b983p+192, 0x1.80fe7b2913e7cp+214, 0x1.2ece6307c7df4p+236,
			0x1.e04bf4be0137bp+257, 0x1.7f9356d1e72e2p+279, 0x1.3427c1744d521p+301,
			0x1.f1ab09a064645p+322, 0x1.93a8abea96591p+344, 0x1.48b11f01e3d30p+366,
			0x1.0c93b58c57c1cp+388, 0x1.b845a4b122096p+409,
		},
	},
	{ /* (-12, -11) */
		{ /* -11.999999997912324 */
			-0x1.7ffffffee1127p+3, -0x1.ce1f7906b30f5p-54, 0x1.1eed8f3252fd8p-32,
			-0x1.c8cfbfaf2b0c8p+28, 0x1.7e94018c6c78dp-27, 0x1.97926203e98acp+56,
			-0x1.e4da54ebc6dacp+84, 0x1.447163ae314a4p+113, -0x1.cf2769e629665p+141,
			0x1.585bdc3e1a1e0p+170, -0x1.075951fd3e6e6p+199, 0x1.9b2f368a135bap+227,
			-0x1.4619ae6d212bep+256, 0x1.05dadf39fe06dp+285, -0x1.a8c7f835a5b74p+313,
			0x1.5b6940a5e9dd8p+342, -0x1.1e1ece477df90p+371, 0x1.da1721d8c8955p+399,
			-0x1.8ac9f8a8bdad6p+428, 0x1.4a3850ea363cfp+457, -0x1.154b6ea5fc7cbp+486,
			0x1.d352182ba7b97p+514, -0x1.8b00e84d41bb8p+543,
		},
		{ /* -11.000000025052107 */
			-0x1.6000000d7322ap+3, -0x1.8aecb2d37ff52p-51, 0x1.ae64530b9867cp-29,
			0x1.308a827152450p+25, -0x1.1233b372bfd9ep-29, 0x1.6a493dd62402ep+49,
			0x1.1f51fd307a7cdp+74, 0x1.00599beaf8731p+99, 0x1.e7ee915e59f90p+123,
			0x1.e3b567ef58977p+148, 0x1.ed38f6520c29fp+173, 0x1.00b35733b93d4p+199,
			0x1.0f71a5288c1c1p+224, 0x1.229f3b905f980p+249, 0x1.3a4c4bb249170p+274,
			0x1.56bc4286fc1a7p+299, 0x1.785bfdae59cc7p+324, 0x1.9fbdf19c0ea44p+349,
			0x1.cd99ca259ad9cp+374, 0x1.01672c0a8283dp+400, 0x1.20329df8a4361p+425,
			0x1.43cc07e2f31c0p+450, 0x1.6ceb7fe8f50fap+475,
		},
	},
	{ /* (-13, -12) */
		{ /* -12.99999999983941 */
			-0x1.9fffffffe9edcp+3, 0x1.84f40342d001cp-51, 0x1.6124613f7ad0dp-36,
			-0x1.7328cbfacb4e5p+32, -0x1.eae875d913775p-24, 0x1.0d0fa2e06b2f1p+64,
			-0x1.04105bec453b2p+96, 0x1.1ac9dd401f2e4p+128, -0x1.47ffb069fc5a3p+160,
			0x1.8c49d9a550bffp+192, -0x1.ec79de0e58f55p+224, 0x1.38615a9e729aap+257,
			-0x1.929453f57ff5ep+289, 0x1.06a78089cd9f2p+322, -0x1.5a302f95ffb66p+354,
			0x1.cc176afbf85abp+386, -0x1.33dfa8748ce7ep+419, 0x1.9e7c094cbb0c4p+451,
			-0x1.186fe932216a4p+484, 0x1.7d2d71e8037fap+516, -0x1.0411b24fb4aacp+549,
			0x1.641c79aa1df70p+581, -0x1.e9217d8df4072p+613,
		},
		{ /* -12.000000002087676 */
			-0x1.800000011eed9p+3, 0x1.19d5307e1fb5ep-53, 0x1.1eed8eccc8159p-32,
			0x1.c8cfc050d4f38p+28, -0x1.7ef0726d4e7acp-26, 0x1.9792629426754p+56,
			0x1.e4da55ed2869fp+84, 0x1.44716493d49d4p+113, 0x1.cf276b7feead7p+141,
			0x1.585bddabb4165p+170, 0x1.075953436fe86p+199, 0x1.9b2f38d024339p+227,
			0x1.4619b074745a5p+256, 0x1.05dae10956d50p+285, 0x1.a8c7fb7073eadp+313,
			0x1.5b69438798ffep+342, 0x1.1e1ed0d9a9469p+371, 0x1.da17266f3bd61p+399,
			0x1.8ac9fcc098df1p+428, 0x1.4a3854911ea34p+457, 0x1.154b71e81ed17p+486,
			0x1.d3521dfc19cbap+514, 0x1.8b00ed7d43480p+543,
		},
	},
	{ /* (-14, -13) */
		{ /* -13.999999999988529 */
			-0x1.bffffffffe6c7p+3, 0x1.d2a30f3dae0fbp-51, 0x1.93974a8c7223ap-40,
			-0x1.44c3b27faa6bcp+36, -0x1.1972c0b160b2bp-21, 0x1.9bfff16cfee53p+71,
			-0x1.5c71eb305bbbap+107, 0x1.4b87e88b6aa31p+143, -0x1.50778e66e7830p+179,
			0x1.63b46f95b59ebp+215, -0x1.82c962042fed7p+251, 0x1.ad58bb7f9c093p+287,
			-0x1.e427911e97b22p+323, 0x1.14644886639ffp+360, -0x1.3ec2018a6e348p+396,
			0x1.72ae717cbca89p+432, -0x1.b213d35bbabb0p+468, 0x1.ff576cbfba8e2p+504,
			-0x1.2eb9404ab0235p+541, 0x1.680941959102dp+577, -0x1.ade0e2e9dad4cp+613,
			0x1.018695cd17855p+650, -0x1.3581586ce8e72p+686,
		},
		{ /* -13.00000000016059 */
			-0x1.a000000016124p+3, -0x1.84e03341ee8ddp-51, 0x1.6124613592d06p-36,
			0x1.7328cc0534b1bp+32, -0x1.f63c3a52c12bfp-24, 0x1.0d0fa2e7f760fp+64,
			0x1.04105bf7369b6p+96, 0x1.1ac9dd4ffcbb2p+128, 0x1.47ffb080fcf49p+160,
			0x1.8c49d9c6aa4a2p+192, 0x1.ec79de3eb3092p+224, 0x1.38615ac17fba5p+257,
			0x1.929454285190cp+289, 0x1.06a780aea48d7p+322, 0x1.5a302fcb6910cp+354,
			0x1.cc176b49688bap+386, 0x1.33dfa8acafdf0p+419, 0x1.9e7c099e1eaa8p+451,
			0x1.186fe96d2195bp+484, 0x1.7d2d723d8e259p+516, 0x1.0411b28db772fp+549,
			0x1.641c7a0405e0ep+581, 0x1.e9217e104d730p+613,
		},
	},
	{ /* (-15, -14) */
		{ /* -14.999999999999235 */
			-0x1.dfffffffffe52p+3, 0x1.fcf9ccfd8867ep-51, 0x1.ae7f3e7343424p-44,
			-0x1.30777757fa84ap+40, 0x1.86558a534b1cdp-14, 0x1.6a1bf33124eddp+79,
			-0x1.1f1c1dba92510p+119, 0x1.0019876a17ea6p+159, -0x1.e7562019511d5p+198,
			0x1.e300149e44802p+238, -0x1.ec6148051096fp+278, 0x1.0033115fea2e8p+319,
			-0x1.0ed9119b5a477p+359, 0x1.21e9bf7818640p+399, -0x1.39746ce3ecf1ep+439,
			0x1.55bb7d2cf50dbp+479, -0x1.772a91f2a16cbp+519, 0x1.9e52a7c8ddf0ep+559,
			-0x1.cbe9ab6e0fa32p+599, 0x1.00662cefc1c23p+640, -0x1.1f00ed8a8fd0bp+680,
			0x1.42606c58dea44p+720, -0x1.6b3afffe7eb74p+760,
		},
		{ /* -14.000000000011471 */
			-0x1.c000000001939p+3, -0x1.d2a2f4a73af63p-51, 0x1.93974a8b9d700p-40,
			0x1.44c3b28055944p+36, -0x1.198d430af8ae5p-21, 0x1.9bfff16dd8075p+71,
			0x1.5c71eb316f30cp+107, 0x1.4b87e88cc815ep+143, 0x1.50778e68a2d38p+179,
			0x1.63b46f97e8037p+215, 0x1.82c96206f962dp+251, 0x1.ad58bb8325232p+287,
			0x1.e427912313eaep+323, 0x1.146448893bf2bp+360, 0x1.3ec2018e0a2a0p+396,
			0x1.72ae718150cdap+432, 0x1.b213d36189b9fp+468, 0x1.ff576cc718f98p+504,
			0x1.2eb9404f5cb45p+541, 0x1.6809419b7efd1p+577, 0x1.ade0e2f1608dep+613,
			0x1.018695d1dd048p+650, 0x1.35815872f681ep+686,
		},
	},
	{ /* (-16, -15) */
		{ /* -15.999999999999952 */
			-0x1.fffffffffffe5p+3, -0x1.80c18cc43ea26p-53, 0x1.ae7f3e733c00dp-48,
			-0x1.30777757ffa65p+44, 0x1.9865588a24e58p-10, 0x1.6a1bf3312b084p+87,
			-0x1.1f1c1dba99933p+131, 0x1.0019876a208c6p+175, -0x1.e756201965a62p+218,
			0x1.e300149e5cec2p+262, -0x1.ec6148052da29p+306, 0x1.0033115ffb743p+351,
			-0x1.0ed9119b6ed25p+395, 0x1.21e9bf7830d28p+439, -0x1.39746ce40a008p+483,
			0x1.55bb7d2d179c9p+527, -0x1.772a91f2ca868p+571, 0x1.9e52a7c90ed2bp+615,
			-0x1.cbe9ab6e49c61p+659, 0x1.00662cefe4548p+704, -0x1.1f00ed8ab8ee9p+748,
			0x1.42606c590f8aep+792, -0x1.6b3afffeb8e00p+836,
		},
		{ /* -15.000000000000765 */
			-0x1.e0000000001aep+3, -0x1.fcf9ccde87210p-51, 0x1.ae7f3e7333c1ap-44,
			0x1.30777758057b6p+40, 0x1.865586b64d417p-14, 0x1.6a1bf33131f80p+79,
			0x1.1f1c1dbaa1d33p+119, 0x1.0019876a2a5c3p+159, 0x1.e75620197cfcep+198,
			0x1.e300149e78ae1p+238, 0x1.ec6148054ea5dp+278, 0x1.003311600f15dp+319,
			0x1.0ed9119b862b6p+359, 0x1.21e9bf784c973p+399, 0x1.39746ce42b070p+439,
			0x1.55bb7d2d3ee3cp+479, 0x1.772a91f2f93d5p+519, 0x1.9e52a7c94661ap+559,
			0x1.cbe9ab6e8bd9cp+599, 0x1.00662cf00b9f9p+640, 0x1.1f00ed8ae7aa2p+680,
			0x1.42606c59471f6p+720, 0x1.6b3afffefafa4p+760,
		},
	},
	{ /* (-17, -16) */
		{ /* -16.000000000000048 */
			-0x1.000000000000dp+4, -0x1.cfe7ce6768509p-50, 0x1.ae7f3e733b032p-48,
			0x1.307777580059bp+44, 0x1.9865588674a06p-10, 0x1.6a1bf3312bddap+87,
			0x1.1f1c1dba9a910p+131, 0x1.0019876a21ba3p+175, 0x1.e756201968742p+218,
			0x1.e300149e60421p+262, 0x1.ec614805319a3p+306, 0x1.0033115ffdd02p+351,
			0x1.0ed9119b71a09p+395, 0x1.21e9bf783428bp+439, 0x1.39746ce40df87p+483,
			0x1.55bb7d2d1c54ep+527, 0x1.772a91f2d0239p+571, 0x1.9e52a7c9157fdp+615,
			0x1.cbe9ab6e51b6dp+659, 0x1.00662cefe90d4p+704, 0x1.1f00ed8abe8c3p+748,
			0x1.42606c591638bp+792, 0x1.6b3afffec0d18p+836,
		},
	},
};

/* c[0] + c[1] s + s^2 q(s) at s = sh + sl, the last two steps in double-double;
 * lo0 and lo1 the low parts of c[0] and c[1] */
static void poly_dd(const double *c, int n, double lo0, double lo1, double sh, double sl,
	double *h, double *l)
{
	double q = __horner(c + 2, n - 2, sh), th, tl;
	__dd_mul(sh, sl, q, 0, &th, &tl);
	__dd_add(c[1], lo1, th, tl, &th, &tl);
	__dd_mul(sh, sl, th, tl, &th, &tl);
	__dd_add(c[0], lo0, th, tl, h, l);
}

/* log(h + l), h + l positive and normal */
static void log_dd(double h, double l, double *rh, double *rl)
{
	double a, b;
	__log_dd(h, &a, &b);
	__two_sum(a, b + l / h, rh, rl);
}

static void quot_dd(double ah, double al, double bh, double bl, double *h, double *l)
{
	double q = ah / bh, p, e;
	__two_prod(q, bh, &p, &e);
	__two_sum(q, (((ah - p) - e) + al - q * bl) / bh, h, l);
}

/* sin(pi x) as *h + *l, |x| < 2^52: x = n/2 + r exactly, |r| <= 1/4, then the fit of
 * sin(pi r) / r or of cos(pi r) in z = r^2, its last two steps in double-double */
static void sinpi_dd(double x, double *h, double *l)
{
	double n = rint(2 * x), r = x - 0.5 * n, zh, zl, th, tl;
	int k = (int)((long long)n & 3);
	__two_prod(r, r, &zh, &zl);
	if (k & 1) poly_dd(cospi_c, 8, 0, -0x1.218e0f974b312p-52, zh, zl, &th, &tl);
	else {
		poly_dd(sinpi_c, 8, 0x1.1a5f137c645c8p-53, 0x1.128ffc2d5f62fp-52, zh, zl, &th, &tl);
		__dd_mul(r, 0, th, tl, &th, &tl);
	}
	*h = k & 2 ? -th : th;
	*l = k & 2 ? -tl : tl;
}

/* lgamma(y) as *h + *l for 12 <= y < 2^900 */
static void stirling_dd(double y, double *h, double *l)
{
	double lh, ll, th, tl;
	__log_dd(y, &lh, &ll);
	__dd_mul(y, 0, lh, ll, &th, &tl);
	__dd_add(th, tl, -0.5 * lh, -0.5 * ll, &th, &tl);
	__dd_add(th, tl, -y, 0, &th, &tl);
	if (y > 0x1p60) {	/* the rest is below 2^-60 of the result */
		*h = th;
		*l = tl;
		return;
	}
	double s = __horner(stirling, 9, 1 / (y * y)) / y;
	__dd_add(th, tl, HL2PI, HL2PI_LO + s, h, l);
}

/* lgamma(y) as *h + *l, 2^-60 <= y < 2^900 */
static void lg_pos(double y, double *h, double *l)
{
	double th, tl, ph = 1, pl = 0, a, b, t = y;
	if (y >= 12) stirling_dd(y, h, l);
	else if (y < 0.75) {	/* lgamma(y + 2) - log(y (y + 1)) */
		poly_dd(lgb, 20, 0x1.79d69349dee1dp-58, 0x1.3ffe330ce9e34p-56, y, 0, &th, &tl);
		__dd_mul(y, 0, th, tl, &th, &tl);
		__two_sum(1, y, &a, &b);
		__dd_mul(y, 0, a, b, &ph, &pl);
		log_dd(ph, pl, &a, &b);
		__dd_add(th, tl, -a, -b, h, l);
	} else if (y < 1.25) {
		t = y - 1;
		poly_dd(lga, 21, 0x1.6cb90701fbfabp-58, 0x1.03ac928908da7p-56, t, 0, &th, &tl);
		__dd_mul(t, 0, th, tl, h, l);
	} else if (y < 1.75)
		poly_dd(lgm, 17, -0x1.346863f58b075p-58, -0x1.930725600e4d7p-59, y - 1.5, 0, h, l);
	else {	/* lgamma(t) + log((t) (t + 1) ... (y - 1)), t in [1.75, 3) */
		while (t >= 3) {
			t -= 1;
			__dd_mul(ph, pl, t, 0, &ph, &pl);
		}
		t -= 2;
		poly_dd(lgb, 20, 0x1.79d69349dee1dp-58, 0x1.3ffe330ce9e34p-56, t, 0, &th, &tl);
		__dd_mul(t, 0, th, tl, &th, &tl);
		if (ph != 1) {
			log_dd(ph, pl, &a, &b);
			__dd_add(th, tl, a, b, &th, &tl);
		}
		*h = th;
		*l = tl;
	}
}

/* Gamma(y) = (*h + *l) 2^k for 2^-60 <= y < 200; k is 0 unless big is set and the
 * result would overflow, then 1024 */
static int gamma_pos(double y, double *h, double *l, int big)
{
	double th, tl, dh = 1, dl = 0, e;
	if (y >= 12) {
		int k = 0;
		stirling_dd(y, &th, &tl);
		if (big && th > 700) {
			__dd_add(th, tl, -1024 * LN2, -1024 * LN2_LO, &th, &tl);
			k = 1024;
		}
		*h = __exp_dd(th, tl);
		*l = 0;
		return k;
	}
	if (y >= 3) {	/* Gamma(t) (t) (t + 1) ... (y - 1), t in [2, 3) */
		for (th = y; th >= 3;) {
			th -= 1;
			__dd_mul(dh, dl, th, 0, &dh, &dl);
		}
		poly_dd(gam, 19, -0x1.2569de13afcdbp-59, 0x1.0c149dc611a38p-55, th - 2.5, 0, &th, &tl);
		__dd_mul(th, tl, dh, dl, h, l);
		return 0;
	}
	/* Gamma(t) / (y (y + 1) ... (t - 1)), t = y + n in [2, 3) kept exact as th + tl */
	for (th = y, tl = 0; th < 2;) {
		__dd_mul(dh, dl, th, tl, &dh, &dl);
		__two_sum(th, 1, &th, &e);
		tl += e;
	}
	poly_dd(gam, 19, -0x1.2569de13afcdbp-59, 0x1.0c149dc611a38p-55, th - 2.5, tl, &th, &tl);
	quot_dd(th, tl, dh, dl, h, l);
	return 0;
}

double tgamma(double x)
{
	double h, l, sh, sl, dh, dl;
	if (isnan(x) || x == INFINITY) return x + x;
	if (x == 0) {
		errno = ERANGE;
		return copysign(HUGE_VAL, x);
	}
	if (x < 0 && floor(x) == x) {	/* negative integers and -inf */
		errno = EDOM;
		return NAN;
	}
	if (fabs(x) < 0x1p-60) h = 1 / x;	/* 1/x - Euler's gamma + O(x) */
	else if (x > 0) {
		if (x > 172) h = HUGE_VAL;
		else {
			gamma_pos(x, &h, &l, 0);
			h += l;
		}
	} else if (x < -200) h = floor(x) == 2 * floor(0.5 * x) ? 0.0 : -0.0;
	else {
		sinpi_dd(x, &sh, &sl);
		int k = gamma_pos(-x, &h, &l, 1);
		__dd_mul(x, 0, sh, sl, &dh, &dl);
		__dd_mul(dh, dl, h, l, &dh, &dl);
		quot_dd(-PI, -PI_LO, dh, dl, &h, &l);
		h = scalbn(h + l, -k);
	}
	if (isinf(h) || h == 0) errno = ERANGE;
	return h;
}

double lgamma_r(double x, int *sign)
{
	double a = fabs(x), h, l, sh, sl, dh, dl, th, tl;
	*sign = 1;
	if (isnan(x)) return x + x;
	if (isinf(x)) return a;
	if (x == 0 || (x < 0 && floor(x) == x)) {	/* a pole */
		if (signbit(x)) *sign = -1;
		errno = ERANGE;
		return HUGE_VAL;
	}
	if (x < 0 && x > -0x1p-60) *sign = -1;
	if (a < 0x1p-60) return -log(a);
	if (x > 0x1p900) {
		h = x * (log(x) - 1);
		if (isinf(h)) errno = ERANGE;
		return h;
	}
	if (x > 0) {
		lg_pos(x, &h, &l);
		return h + l;
	}
	/* log(pi / |x sin(pi x)|) - lgamma(-x); Gamma(x) has the sign of sin(pi x) */
	sinpi_dd(x, &sh, &sl);
	if (sh < 0) {
		*sign = -1;
		sh = -sh;
		sl = -sl;
	}
	if (x < -2 && x > -17) {	/* next to a zero the reflection cancels: the series there */
		const double (*z)[27] = lgz[(int)-floor(x) - 3];
		for (int i = 0; i < 2; i++)
			if (fabs(x - z[i][0]) < z[i][2]) {
				__two_sum(x - z[i][0], -z[i][1], &dh, &dl);	/* x - z[i][0] is exact */
				__dd_mul(dh, dl, __horner(z[i] + 5, 22, dh), 0, &th, &tl);
				__dd_add(z[i][3], z[i][4], th, tl, &th, &tl);
				__dd_mul(dh, dl, th, tl, &th, &tl);
				return th + tl;
			}
	}
	__dd_mul(a, 0, sh, sl, &dh, &dl);
	log_dd(dh, dl, &dh, &dl);
	lg_pos(a, &th, &tl);
	__dd_add(LOGPI, LOGPI_LO, -dh, -dl, &h, &l);
	__dd_add(h, l, -th, -tl, &h, &l);
	return h + l;
}

double lgamma(double x) { return lgamma_r(x, &signgam); }

/* The float versions round the double result once: correctly rounded but in the
 * rare cases where it lies within its error of a float rounding boundary. */
float tgammaf(float x) { return __frange(tgamma(x)); }
float lgammaf_r(float x, int *sign) { return __frange(lgamma_r(x, sign)); }
float lgammaf(float x) { return lgammaf_r(x, &signgam); }
