/* The Bessel functions of the first and second kind (XSI): j0 j1 jn y0 y1 yn, and
 * the float versions (GNU). Below 2, J0(x) = A(x^2), J1(x) = x A1(x^2), Y0(x) =
 * (2/pi) log(x) J0(x) + B(x^2), Y1(x) = (2/pi) (log(x) J1(x) - 1/x) + x B1(x^2); from 2
 * to 8, fits on unit intervals; above 8 Hankel's form, J = (P cos chi - Q sin chi) /
 * sqrt(pi x / 2) and Y = (P sin chi + Q cos chi) / sqrt(pi x / 2), chi = x - (2k + 1)
 * pi/4, with P and x Q fitted in 1/x^2 and cos chi, sin chi from sin x and cos x. All
 * fits are Chebyshev fits computed with mpmath (gen/gen_bessel.py), errors below 2^-60
 * of the function's size on their interval. The error is small relative to the
 * function's size, not to its value: next to a zero the relative error grows (as in
 * other libms); sin x and cos x (trig.c) are reduced exactly for every finite x, so
 * huge arguments keep that accuracy (j0(1e30): 1 ulp). jn counts down
 * from above n (Miller's recurrence, normalized by j0 or j1) when n > |x| and up from
 * j0, j1 otherwise; yn counts up from y0, y1. */
#include <math.h>
#include <errno.h>
#include "libm_dd.h"
#include "floatrange.h"

#define TWO_PI_INV 0x1.45f306dc9c883p-1	/* 2/pi */
#define INVSQRTPI 0x1.20dd750429b6dp-1	/* 1/sqrt(pi) */

/* j0s: degree 9, fit error 1.4e-19 */
static const double j0s[10] = {
	0x1.0000000000000p+0, -0x1.0000000000000p-2, 0x1.fffffffffffdfp-7,
	-0x1.c71c71c71b9e2p-12, 0x1.c71c71c6c6693p-18, -0x1.2345677593da0p-24,
	0x1.02e8565126cf4p-31, -0x1.5228402ec4b51p-39, 0x1.51bc3cad689cap-47,
	-0x1.fc4a5f117a595p-56,
};
/* j1s: degree 9, fit error 6.3e-21 */
static const double j1s[10] = {
	0x1.0000000000000p-1, -0x1.0000000000000p-4, 0x1.555555555554fp-9,
	-0x1.c71c71c71c249p-15, 0x1.6c16c16bf75dap-21, -0x1.845c89fe3bc75p-28,
	0x1.27e4f74bdcc34p-35, -0x1.5228cbbd491ecp-43, 0x1.2c471d99040a3p-51,
	-0x1.987e233304c04p-60,
};
/* y0s: degree 9, fit error 2.7e-19 */
static const double y0s[10] = {
	-0x1.2e4d699cbd01fp-4, 0x1.6bbcb41034286p-3, -0x1.075b1bbf41344p-6,
	0x1.1a6206b7b8a6fp-11, -0x1.3e997941b072bp-17, 0x1.bce4a5d9ec52cp-24,
	-0x1.a6ee6e59eb90dp-31, 0x1.2391e4cc5e1d4p-38, -0x1.309dd30bca35cp-46,
	0x1.dba7707c094f0p-55,
};
/* y1s: degree 9, fit error 1.2e-20 */
static const double y1s[10] = {
	-0x1.91866143cbc8ap-3, 0x1.bd3975c75b4a7p-5, -0x1.835b97894be4fp-9,
	0x1.2c7dbffcde4bfp-14, -0x1.0a780ac758123p-20, 0x1.32e5a4cf864bdp-27,
	-0x1.f0ce2c9f8c1d5p-35, 0x1.2a4ca92ae4f07p-42, -0x1.1425d21f4ca09p-50,
	0x1.84da3247b234ep-59,
};
/* j0m: on [a, a + 1], a = 2 .. 7, in x - a - 1/2 */
static const double j0m[6][14] = {
	{
		-0x1.8c5c2232cff3cp-5, -0x1.fd063c84795ffp-2, 0x1.fa4f38f6aeb01p-4,
		0x1.b31767ca0e435p-5, -0x1.3cb0a63cd0dc6p-7, -0x1.0abf79be7a09cp-9,
		0x1.3293150cc92bfp-12, 0x1.51b41033eb826p-15, -0x1.4067ac5c18b00p-18,
		-0x1.04d7423d70933p-21, 0x1.a53342b1708dap-25, 0x1.0f452efa328ffp-28,
		-0x1.7b6452f6f616cp-32, -0x1.93fbfa6d18888p-36,
	},
	{
		-0x1.854034ce30d51p-2, -0x1.19596399cff47p-3, 0x1.ad718c2d4e8a4p-3,
		0x1.15069b76d83afp-10, -0x1.d8d4c2443c31cp-7, 0x1.05f1986af8b65p-12,
		0x1.af6ea771494bbp-12, -0x1.1edc7b29dae0ep-17, -0x1.b32adc9fe9c2cp-18,
		0x1.1d56d87b5b885p-23, 0x1.1744803ff4b86p-24, -0x1.56ea5bc681faap-30,
		-0x1.eea6dc0fa08dfp-32, 0x0.0p+0,
	},
	{
		-0x1.483c4ba446893p-2, 0x1.d93636341586fp-3, 0x1.13a80cbaeecf8p-3,
		-0x1.7d924e27ef440p-5, -0x1.fabe5e99bc4c9p-8, 0x1.21690d2703359p-9,
		0x1.969645d152d7dp-13, -0x1.97986ab12169dp-15, -0x1.749cefcadb23ap-19,
		0x1.4f769fa465133p-21, 0x1.bc17cce1174d0p-26, -0x1.6bcf9eaec7fc5p-28,
		-0x1.72c292aac80dbp-33, 0x1.1706392625fd7p-35,
	},
	{
		-0x1.c0851353df6dep-8, 0x1.5da1fac37d47bp-2, -0x1.c47de19a97633p-6,
		-0x1.b50de66c6b907p-5, 0x1.20944ba66c4fdp-8, 0x1.2a9a01ddc8804p-9,
		-0x1.619aab71dffdbp-13, -0x1.8a7d201613868p-15, 0x1.9f84d99bd9b36p-19,
		0x1.36a1871e2687dp-21, -0x1.24b0f953feefbp-25, -0x1.461202c866ee2p-28,
		0x1.13cadfdc66097p-32, 0x1.e7cd35c21a466p-36,
	},
	{
		0x1.0a563d835b27bp-2, 0x1.3b1125f2a3a6bp-3, -0x1.2292a2e4ca348p-3,
		-0x1.22efe06eea18cp-6, 0x1.85f0ca1f70ccfp-7, 0x1.0dd2356949f4ep-11,
		-0x1.85a26eff133d7p-12, -0x1.cb3c91e8446c3p-18, 0x1.9c3c173d3bc4dp-18,
		0x1.a4d1ec72d9b1cp-25, -0x1.1008dc5cb928fp-24, -0x1.87ab3d676ce6bp-33,
		0x1.ea5d98b002392p-32, 0x0.0p+0,
	},
	{
		0x1.10bb57e0e56e6p-2, -0x1.14fd20aa5273ap-3, -0x1.fc8822de4866fp-4,
		0x1.c5288a7bc4534p-6, 0x1.29a1c87794c8ap-7, -0x1.8f884bd4075f7p-10,
		-0x1.0ccd71b510559p-12, 0x1.34486d57b2556p-15, 0x1.06ff254318cccp-18,
		-0x1.0c864279cdb37p-21, -0x1.462566e1c5a49p-25, 0x1.2e4b2c6170a2cp-28,
		0x1.1763c20d4f1e4p-32, -0x1.dbd56b379a59ap-36,
	},
};
/* y0m: on [a, a + 1], a = 2 .. 7, in x - a - 1/2 */
static const double y0m[6][18] = {
	{
		0x1.fe0628069e15dp-2, -0x1.2ad720f3af3a9p-3, -0x1.c24187d5e1706p-3,
		0x1.977cb3a5331bcp-5, 0x1.0ebd002e3ad7bp-7, -0x1.80d4033124d8fp-11,
		-0x1.6bd70c5ffd0dcp-11, 0x1.729c0769671f1p-13, -0x1.72eb2db0dfb78p-15,
		0x1.1f44aa8737a15p-16, -0x1.b1669fc8fb112p-18, 0x1.3be395e3e0146p-19,
		-0x1.d1188afc8625fp-21, 0x1.590a6a3c4f551p-22, -0x1.fc004989012bdp-24,
		0x1.7c4244dd8f5c7p-25, -0x1.5488b63220130p-26, 0x1.011c563a5aed1p-27,
	},
	{
		0x1.831defdaee2c8p-3, -0x1.a4086ec01970fp-2, -0x1.26323c912cfcbp-5,
		0x1.0f2c2060a93a9p-4, -0x1.763615f308281p-10, -0x1.43dd2ac419884p-9,
		0x1.689af5ea19f4ap-18, 0x1.19f6e85a15d74p-14, -0x1.20490c92f258ap-18,
		0x1.2404bc8433fb9p-23, -0x1.aee887a972fc2p-23, 0x1.0a764d337e11cp-24,
		-0x1.01850eba9fd40p-26, 0x1.0d949cc226e2ep-28, -0x1.38ba98681bdd8p-30,
		0x1.4fbe915e68299p-32, 0x0.0p+0, 0x0.0p+0,
	},
	{
		-0x1.8ec17fe372eefp-3, -0x1.3438a46b12235p-2, 0x1.0bdf1d5ed9f15p-3,
		0x1.374c450ff3e96p-5, -0x1.7e0b5c10c4b60p-7, -0x1.4fb2927d325fbp-10,
		0x1.6905b5104c5e9p-12, 0x1.be3ca49e192d4p-16, -0x1.a2a4e157f590ap-18,
		-0x1.ad155bf042348p-23, 0x1.769ddb2ceec65p-25, 0x1.8169701323c1ep-28,
		-0x1.3f83a97193423p-30, 0x1.35ddc4fe40717p-33, 0x0.0p+0,
		0x0.0p+0, 0x0.0p+0, 0x0.0p+0,
	},
	{
		-0x1.5ba0ccf037ce6p-2, 0x1.854146d501fdfp-6, 0x1.57346c22293d0p-3,
		-0x1.ca4458e622489p-7, -0x1.96e938a041e22p-7, 0x1.01700cdc2a70fp-10,
		0x1.6ee43fa45d838p-12, -0x1.953c0ce26abaap-16, -0x1.7766febe37439p-18,
		0x1.7e374fcdfa832p-22, 0x1.c4b397028d336p-25, -0x1.7336d0151eba0p-29,
		-0x1.e31301063bab7p-32, 0x1.067147daab513p-35, 0x0.0p+0,
		0x0.0p+0, 0x0.0p+0, 0x0.0p+0,
	},
	{
		-0x1.62ccee020d2f2p-3, 0x1.18ab620718a46p-2, 0x1.0c70cfd87bc18p-4,
		-0x1.88e6a20e46049p-5, -0x1.c31271fe12081p-9, 0x1.2fc27424a98a2p-9,
		0x1.0a912da9f47c0p-14, -0x1.ab6de8a10fc0cp-15, -0x1.58f53ef2aea87p-21,
		0x1.62342456220a5p-21, 0x1.8d01fd08d89bap-29, -0x1.7a2b50a621869p-28,
		-0x1.0687a9e628737p-36, 0x1.2eb39526ecab4p-35, 0x0.0p+0,
		0x0.0p+0, 0x0.0p+0, 0x0.0p+0,
	},
	{
		0x1.e083e5764918cp-4, 0x1.0958fbf7ff0a3p-2, -0x1.3704580e577e0p-4,
		-0x1.3fdc72530edbep-5, 0x1.e1e2f5de1ab9bp-8, 0x1.b6df992201db0p-10,
		-0x1.0e18787f20c6ap-12, -0x1.1b3fdb60747c4p-15, 0x1.318b0271c8d1cp-18,
		0x1.b455f2fd51666p-22, -0x1.a7ba3ef82a3f1p-25, -0x1.bc6fa557a210cp-29,
		0x1.884936499d23cp-32, 0x1.490ce97ba8ff1p-36, 0x0.0p+0,
		0x0.0p+0, 0x0.0p+0, 0x0.0p+0,
	},
};
/* j1m: on [a, a + 1], a = 2 .. 7, in x - a - 1/2 */
static const double j1m[6][14] = {
	{
		0x1.fd063c84795ffp-2, -0x1.fa4f38f6aeb01p-3, -0x1.46518dd78ab28p-3,
		0x1.3cb0a63cd0e86p-5, 0x1.4d6f582e18856p-7, -0x1.cbdc9f9363d49p-10,
		-0x1.277d8e2d5dbdfp-12, 0x1.4067acc315b08p-15, 0x1.25722a6221775p-18,
		-0x1.0740c67beb865p-21, -0x1.74fedc2c2aca2p-25, 0x1.1dd4c5376f118p-28,
		0x1.480af8ea9c3bbp-32, -0x1.b75a091360da6p-36,
	},
	{
		0x1.19596399cff47p-3, -0x1.ad718c2d4e8a4p-2, -0x1.9f89e932432a1p-9,
		0x1.d8d4c2443c38ep-5, -0x1.476dfe8634d42p-10, -0x1.4392fd950c801p-9,
		0x1.f601d8b77c672p-15, 0x1.b32add0252eafp-15, -0x1.4102f75c0c558p-20,
		-0x1.5d166d538ddccp-21, 0x1.d9fb77fd11ac3p-27, 0x1.7486c26c414c8p-28,
		-0x1.cc8472217f93dp-34, -0x1.1a9690088434ep-35,
	},
	{
		-0x1.d93636341586fp-3, -0x1.13a80cbaeecf8p-2, 0x1.1e2dba9df3730p-3,
		0x1.fabe5e99bc579p-6, -0x1.69c35070c3f96p-7, -0x1.30f0b45d16fcbp-10,
		0x1.64a55d5ae62dap-12, 0x1.749cf02988dcdp-16, -0x1.7965736788e98p-18,
		-0x1.158f8d9e0b836p-22, 0x1.f43d19917cc50p-25, 0x1.1740ded560f37p-29,
		-0x1.c523d8407407dp-32, -0x1.93e7bc6c5911ap-37,
	},
	{
		-0x1.5da1fac37d47bp-2, 0x1.c47de19a97634p-5, 0x1.47ca6cd150ac5p-3,
		-0x1.20944ba66c61ep-6, -0x1.754082553a981p-7, 0x1.093400959090bp-10,
		0x1.592d7c133d53bp-12, -0x1.9f84da366645dp-16, -0x1.5d75b7d794fa5p-18,
		0x1.6dde52fbb78b3p-22, 0x1.c05871090425fp-25, -0x1.9f9ed093da43bp-29,
		-0x1.8c1a85c559e9cp-32, 0x1.49a7a429e2568p-36,
	},
	{
		-0x1.3b1125f2a3a6bp-3, 0x1.2292a2e4ca348p-2, 0x1.b467d0a65f252p-5,
		-0x1.85f0ca1f70d43p-5, -0x1.5146c2c39c829p-9, 0x1.2439d33f64065p-9,
		0x1.91d4ffab8b151p-15, -0x1.9c3c179ff2177p-15, -0x1.d96c2b55c0d9dp-22,
		0x1.540be1184033cp-21, 0x1.0d4855e01ac19p-29, -0x1.71510479124fbp-28,
		-0x1.e69a450ac1becp-44, 0x1.1b74163cce35ep-35,
	},
	{
		0x1.14fd20aa5273ap-3, 0x1.fc8822de4866fp-3, -0x1.53de67dcd33e7p-4,
		-0x1.29a1c87794d11p-5, 0x1.f36a5ec909269p-8, 0x1.93342a8fbea15p-10,
		-0x1.0dbf5faca801cp-12, -0x1.06ff258bb7db6p-15, 0x1.2e170a9e191a7p-18,
		0x1.97afcadd990b4p-22, -0x1.9fa709125633ap-25, -0x1.a4e65d994607ep-29,
		0x1.826059247510bp-32, 0x1.35ce8a82d6e6ap-36,
	},
};
/* y1m: on [a, a + 1], a = 2 .. 7, in x - a - 1/2 */
static const double y1m[6][19] = {
	{
		0x1.2ad720f3af3a9p-3, 0x1.c24187d5e1708p-2, -0x1.319d86bbe654fp-3,
		-0x1.0ebd002e3ba9dp-5, 0x1.e10903fd7444fp-9, 0x1.10e1494992c77p-8,
		-0x1.4448867f05feap-10, 0x1.72eb2af9e0478p-12, -0x1.432d3d878770dp-13,
		0x1.0ee0c0dcdbc07p-14, -0x1.b259f3faf05c6p-16, 0x1.5caa69e9ab564p-17,
		-0x1.18379a4ad99ecp-18, 0x1.c245e9c0b2628p-20, -0x1.692f1b0a148b4p-21,
		0x1.1c359e4ba15bcp-22, -0x1.c78d892086041p-24, 0x1.c2d3ea52251b2p-25,
		-0x1.6915a59e9398dp-26,
	},
	{
		0x1.a4086ec01970fp-2, 0x1.26323c912cfc8p-4, -0x1.96c23090fdd80p-3,
		0x1.763615f30a039p-8, 0x1.94d4757520ac7p-7, -0x1.0e74389c39805p-15,
		-0x1.ed7016a02dbc9p-12, 0x1.2049103b9e166p-15, -0x1.48853443bdfeap-20,
		0x1.0d4ee3afcf96bp-19, -0x1.6e644199dc4e9p-21, 0x1.832568f32dd63p-23,
		-0x1.b5c134db08125p-25, 0x1.fb6e47766a180p-27, -0x1.3dd9791b8739ap-28,
		0x1.6c88ffaa14f82p-30, 0x0.0p+0, 0x0.0p+0,
		0x0.0p+0,
	},
	{
		0x1.3438a46b12235p-2, -0x1.0bdf1d5ed9f11p-2, -0x1.d2f26797edde6p-4,
		0x1.7e0b5c10c3ec7p-5, 0x1.a39f371c80befp-8, -0x1.0ec447ca738dfp-9,
		-0x1.86751011cfecfp-13, 0x1.a2a4da96dacdcp-15, 0x1.e2b83e62fa3f3p-20,
		-0x1.d42c8c01ae4bfp-22, -0x1.09112069b0c28p-24, 0x1.d475651978077p-27,
		-0x1.e25977a35e7c9p-30, 0x1.cd72a5b7af750p-32, -0x1.bf0ecaad9af60p-34,
		0x0.0p+0, 0x0.0p+0, 0x0.0p+0,
		0x0.0p+0,
	},
	{
		-0x1.854146d501fdfp-6, -0x1.57346c22293d0p-2, 0x1.57b342ac99b67p-5,
		0x1.96e938a041e1fp-5, -0x1.41cc101335135p-8, -0x1.132b2fbb45d43p-9,
		0x1.62948b4632b81p-13, 0x1.7766febd709e8p-15, -0x1.adfe3a00e0b02p-19,
		-0x1.1af03d878f9bbp-21, 0x1.fe6be032e2184p-26, 0x1.6a4d941913927p-28,
		-0x1.aaacf0b8af6b0p-32, 0x0.0p+0, 0x0.0p+0,
		0x0.0p+0, 0x0.0p+0, 0x0.0p+0,
		0x0.0p+0,
	},
	{
		-0x1.18ab620718a46p-2, -0x1.0c70cfd87bc18p-3, 0x1.26acf98ab4837p-3,
		0x1.c31271fe120b8p-7, -0x1.7bb3112dd3eb0p-7, -0x1.8fd9c47ef99fap-12,
		0x1.76002b8ce80f9p-12, 0x1.58f53f0eb56c6p-18, -0x1.8e7aa8d192044p-18,
		-0x1.f042f8df868ecp-26, 0x1.03fdb6017cbe6p-24, 0x1.8a2f2bd96b83ap-33,
		-0x1.ebc77b859bbe4p-32, 0x0.0p+0, 0x0.0p+0,
		0x0.0p+0, 0x0.0p+0, 0x0.0p+0,
		0x0.0p+0,
	},
	{
		-0x1.0958fbf7ff0a3p-2, 0x1.3704580e577e1p-3, 0x1.dfcaab7c9649cp-4,
		-0x1.e1e2f5de1ad38p-6, -0x1.124bbfb54123bp-7, 0x1.9524b4beeb48fp-10,
		0x1.efafbfe8b2e9ep-13, -0x1.318b02e07bbb3p-15, -0x1.eae0b1278d099p-19,
		0x1.08d5324ae07d3p-21, 0x1.318c8d6e0cebep-25, -0x1.27991bf5c5578p-28,
		-0x1.0b347f3df91d6p-32, 0x1.d83f92022524bp-36, 0x0.0p+0,
		0x0.0p+0, 0x0.0p+0, 0x0.0p+0,
		0x0.0p+0,
	},
};
/* p0: degree 13, fit error 8.2e-19 */
static const double p0[14] = {
	0x1.0000000000000p+0, -0x1.1fffffffffa1fp-4, 0x1.cb5ffff9ec93fp-4,
	-0x1.251ee2fa610c8p-1, 0x1.84bae642c3f38p+2, -0x1.b7c5a2617d701p+6,
	0x1.78592496d4c72p+11, -0x1.b44a4d3af95a4p+16, 0x1.281da0101f478p+22,
	-0x1.8d275e89e3a3fp+27, 0x1.c34f686b3f6cfp+32, -0x1.7c3acbaec38f3p+37,
	0x1.9740694017e2ep+41, -0x1.98d0ed70244fep+44,
};
/* q0: degree 16, fit error 8.9e-20 */
static const double q0[17] = {
	-0x1.0000000000000p-3, 0x1.2bfffffffff0dp-4, -0x1.d11dffff46bf7p-3,
	0x1.ba4c589d6e109p+0, -0x1.86165c435fd3bp+4, 0x1.13a38426d05e7p+9,
	-0x1.1cc4709bd4f80p+14, 0x1.9046218483014p+19, -0x1.5fc8fe16157d1p+25,
	0x1.58d48d25efa4cp+31, -0x1.4ce5382c32440p+37, 0x1.1cdcbdf1f5705p+43,
	-0x1.8e7fc20b07729p+48, 0x1.a8fea01f7553ap+53, -0x1.3f5159342c02fp+58,
	0x1.2a94f32d47eecp+62, -0x1.04119eee234ffp+65,
};
/* p1: degree 13, fit error 8.6e-19 */
static const double p1[14] = {
	0x1.0000000000000p+0, 0x1.dfffffffff9cdp-4, -0x1.274ffffccbdebp-3,
	0x1.5a6a52b4680ddp-1, -0x1.b88fba222269ep+2, 0x1.e61439f6c580bp+6,
	-0x1.9930263620e1cp+11, 0x1.d53271497ef07p+16, -0x1.3c48b29fb468fp+22,
	0x1.a6874a4a20692p+27, -0x1.df11016c37337p+32, 0x1.9315312584a84p+37,
	-0x1.af609598c8bedp+41, 0x1.b0cdcd57181bfp+44,
};
/* q1: degree 16, fit error 9.4e-20 */
static const double q1[17] = {
	0x1.8000000000000p-2, -0x1.a3fffffffff02p-4, 0x1.1c3cffff9f0a1p-2,
	-0x1.fe581792d83acp+0, 0x1.b3fae4d9517a4p+4, -0x1.2de4375148acap+9,
	0x1.3390e3c972daep+14, -0x1.ac06e293718a0p+19, 0x1.7590f8bda8394p+25,
	-0x1.6c87b17c45e6bp+31, 0x1.5ef1f2b23986ap+37, -0x1.2bcfb7bc76bf9p+43,
	0x1.a2fc4209d4893p+48, -0x1.be8d2f950ce3dp+53, 0x1.4f5e007cb285cp+58,
	-0x1.397e0e05ef954p+62, 0x1.10fea9704b4bfp+65,
};

/* k = 0, 1; y: Y rather than J; x >= 8 */
static double hankel(int k, int y, double x)
{
	double t = 1 / (x * x), s = sin(x), c = cos(x);
	double p = k ? __horner(p1, 14, t) : __horner(p0, 14, t);
	double q = (k ? __horner(q1, 17, t) : __horner(q0, 17, t)) / x;
	/* sqrt(2) cos chi and sqrt(2) sin chi */
	double cs = k ? s - c : c + s, sn = k ? -s - c : s - c;
	double r = y ? p * sn + q * cs : p * cs - q * sn;
	return INVSQRTPI * r / sqrt(x);
}

double j0(double x)
{
	double a = fabs(x);
	if (isnan(x)) return x + x;
	if (isinf(x)) return 0;
	if (a < 2) return __horner(j0s, 10, a * a);
	if (a < 8) return __horner(j0m[(int)a - 2], 14, a - ((int)a + 0.5));
	return hankel(0, 0, a);
}

double j1(double x)
{
	double a = fabs(x), r;
	if (isnan(x)) return x + x;
	if (isinf(x)) r = 0;
	else if (a < 2) r = a * __horner(j1s, 10, a * a);
	else if (a < 8) r = __horner(j1m[(int)a - 2], 14, a - ((int)a + 0.5));
	else r = hankel(1, 0, a);
	return signbit(x) ? -r : r;
}

/* NaN, negative, zero and infinite arguments of the Y functions; 0 otherwise */
static int y_special(double x, double *r)
{
	if (isnan(x)) *r = x + x;
	else if (x < 0) {
		errno = EDOM;
		*r = NAN;
	} else if (x == 0) {
		errno = ERANGE;
		*r = -HUGE_VAL;
	} else if (isinf(x)) *r = 0;
	else return 0;
	return 1;
}

double y0(double x)
{
	double r;
	if (y_special(x, &r)) return r;
	if (x < 2) return __horner(y0s, 10, x * x) + TWO_PI_INV * log(x) * j0(x);
	if (x < 8) return __horner(y0m[(int)x - 2], 18, x - ((int)x + 0.5));
	return hankel(0, 1, x);
}

double y1(double x)
{
	double r;
	if (y_special(x, &r)) return r;
	if (x < 2) r = TWO_PI_INV * (log(x) * j1(x) - 1 / x) + x * __horner(y1s, 10, x * x);
	else if (x < 8) r = __horner(y1m[(int)x - 2], 19, x - ((int)x + 0.5));
	else r = hankel(1, 1, x);
	if (isinf(r)) errno = ERANGE;
	return r;
}

double jn(int n, double x)
{
	long m = n;
	int neg = 0;
	if (isnan(x)) return x + x;
	if (m < 0) {	/* J_-n(x) = J_n(-x) */
		m = -m;
		x = -x;
	}
	if (x < 0) {	/* J_n(-x) = (-1)^n J_n(x) */
		x = -x;
		neg = m & 1;
	}
	double r;
	if (m == 0) return j0(x);
	if (m == 1) r = j1(x);
	else if (x == 0 || isinf(x)) r = 0;
	else if (x < 0x1p-20) {	/* (x/2)^n / n! (1 - (x/2)^2 / (n + 1)), the rest below 2^-80 */
		double h = 0.5 * x;
		r = 1;
		for (long k = 1; k <= m && r != 0; k++) r *= h / k;
		r *= 1 - h * h / (m + 1);
	} else if (m * log(0x1.5bf0a8b145769p+0 * x / m) < -760) r = 0;	/* (e x / 2n)^n >= |J_n| */
	else if (m < x) {	/* upward: stable while the order is below x */
		double a = j0(x), b = j1(x), t;
		for (long k = 1; k < m; k++) {
			t = 2 * k / x * b - a;
			a = b;
			b = t;
		}
		r = b;
	} else {	/* downward from far enough above n that J_k is negligible there */
		long top = m + 16 + (long)sqrt(40.0 * m);
		double a = 0, b = 0x1p-500, t, f0, f1;
		r = 0;
		for (long k = top; k > 0; k--) {	/* (a, b) = (f_k+1, f_k) -> (f_k, f_k-1) */
			t = 2 * k / x * b - a;
			a = b;
			b = t;
			if (k - 1 == m) r = b;
			if (fabs(b) > 0x1p500) {
				a *= 0x1p-500;
				b *= 0x1p-500;
				r *= 0x1p-500;
			}
		}
		f0 = b;
		f1 = a;
		double j0x = j0(x), j1x = j1(x);
		r *= fabs(j0x) >= fabs(j1x) ? j0x / f0 : j1x / f1;
	}
	return neg ? -r : r;
}

double yn(int n, double x)
{
	long m = n;
	double r;
	int neg = 0;
	if (y_special(x, &r)) return r;
	if (m < 0) {	/* Y_-n = (-1)^n Y_n */
		m = -m;
		neg = m & 1;
	}
	if (m == 0) return y0(x);
	double a = y0(x), b = y1(x), t;
	for (long k = 1; k < m && !isinf(b); k++) {
		t = 2 * k / x * b - a;
		a = b;
		b = t;
	}
	if (isinf(b)) errno = ERANGE;
	return neg ? -b : b;
}

/* The float versions round the double result once; ERANGE where only that rounding
 * overflows or underflows to zero (ynf(2, 0x1p-70f), jnf(50, 1)). */
float j0f(float x) { return __frange(j0(x)); }
float j1f(float x) { return __frange(j1(x)); }
float jnf(int n, float x) { return __frange(jn(n, x)); }
float y0f(float x) { return __frange(y0(x)); }
float y1f(float x) { return __frange(y1(x)); }
float ynf(int n, float x) { return __frange(yn(n, x)); }
