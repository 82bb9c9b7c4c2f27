/* md5sum, sha1sum, sha256sum, sha512sum - compute and check message digests
 *
 * APPLET(md5sum, USR_BIN)
 * APPLET(sha1sum, USR_BIN, md5sum_main)
 * APPLET(sha256sum, USR_BIN, md5sum_main)
 * APPLET(sha512sum, USR_BIN, md5sum_main)
 * usage: md5sum|sha1sum|sha256sum|sha512sum [-bctwz] [--status] [--quiet] [--tag] [FILE...]
 *
 * Print the digest of each FILE (- or none: standard input) followed by its name, or
 * with -c read such lines from each FILE and check the files they name. SHA-256 uses
 * the CPU's SHA instructions when it has them.
 *
 * -b, --binary  mark files read in binary mode (*)   -t, --text  text mode (default)
 * -c, --check   check the digests listed in FILEs     --tag  BSD-style lines
 * -z, --zero    end output lines with NUL, not newline
 * With -c:  --quiet  no OK lines   --status  no output, only the exit status
 *           -w, --warn  warn about badly formatted lines   --strict  fail on them
 *           --ignore-missing  skip files that do not exist
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

/* ---------------- MD5 ---------------- */

struct hash {
	uint64_t len;		/* bytes so far */
	unsigned char buf[128];
	size_t fill;
	union {
		uint32_t s32[8];
		uint64_t s64[8];
	} st;
};

static uint32_t rol(uint32_t x, int n)
{
	return (x << n) | (x >> (32 - n));
}
static uint32_t ror(uint32_t x, int n)
{
	return (x >> n) | (x << (32 - n));
}
static uint64_t ror64(uint64_t x, int n)
{
	return (x >> n) | (x << (64 - n));
}
static uint32_t le32(const unsigned char *p)
{
	return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static uint64_t be64(const unsigned char *p)
{
	return (uint64_t)be32(p) << 32 | be32(p + 4);
}

/* The 64 steps of RFC 1321 written out: a loop with the round chosen by an index
 * keeps the compiler from folding constants and costs about 1.4x the time. */
#define MD5_F(x, y, z) ((z) ^ ((x) & ((y) ^ (z))))
#define MD5_H(x, y, z) ((x) ^ (y) ^ (z))
#define MD5_I(x, y, z) ((y) ^ ((x) | ~(z)))
#define MD5_STEP(f, a, b, c, d, xk, s) ((a) += MD5_##f((b), (c), (d)) + (xk), \
	(a) = rol((a), (s)) + (b))
/* G's two halves have no bits in common, so | is +, and the half without b (the
 * value computed last) can start early */
#define MD5_STEPG(a, b, c, d, xk, s) ((a) += (xk) + (~(d) & (c)), (a) += (d) & (b), \
	(a) = rol((a), (s)) + (b))

static void md5_blocks(struct hash *h, const unsigned char *p, size_t n)
{
	uint32_t *s = h->st.s32;
	for (; n--; p += 64) {
		uint32_t w[16];
		for (int i = 0; i < 16; i++)
			w[i] = le32(p + 4 * i);
		uint32_t a = s[0], b = s[1], c = s[2], d = s[3];
		MD5_STEP(F, a, b, c, d, w[0] + 0xd76aa478, 7);
		MD5_STEP(F, d, a, b, c, w[1] + 0xe8c7b756, 12);
		MD5_STEP(F, c, d, a, b, w[2] + 0x242070db, 17);
		MD5_STEP(F, b, c, d, a, w[3] + 0xc1bdceee, 22);
		MD5_STEP(F, a, b, c, d, w[4] + 0xf57c0faf, 7);
		MD5_STEP(F, d, a, b, c, w[5] + 0x4787c62a, 12);
		MD5_STEP(F, c, d, a, b, w[6] + 0xa8304613, 17);
		MD5_STEP(F, b, c, d, a, w[7] + 0xfd469501, 22);
		MD5_STEP(F, a, b, c, d, w[8] + 0x698098d8, 7);
		MD5_STEP(F, d, a, b, c, w[9] + 0x8b44f7af, 12);
		MD5_STEP(F, c, d, a, b, w[10] + 0xffff5bb1, 17);
		MD5_STEP(F, b, c, d, a, w[11] + 0x895cd7be, 22);
		MD5_STEP(F, a, b, c, d, w[12] + 0x6b901122, 7);
		MD5_STEP(F, d, a, b, c, w[13] + 0xfd987193, 12);
		MD5_STEP(F, c, d, a, b, w[14] + 0xa679438e, 17);
		MD5_STEP(F, b, c, d, a, w[15] + 0x49b40821, 22);
		MD5_STEPG(a, b, c, d, w[1] + 0xf61e2562, 5);
		MD5_STEPG(d, a, b, c, w[6] + 0xc040b340, 9);
		MD5_STEPG(c, d, a, b, w[11] + 0x265e5a51, 14);
		MD5_STEPG(b, c, d, a, w[0] + 0xe9b6c7aa, 20);
		MD5_STEPG(a, b, c, d, w[5] + 0xd62f105d, 5);
		MD5_STEPG(d, a, b, c, w[10] + 0x02441453, 9);
		MD5_STEPG(c, d, a, b, w[15] + 0xd8a1e681, 14);
		MD5_STEPG(b, c, d, a, w[4] + 0xe7d3fbc8, 20);
		MD5_STEPG(a, b, c, d, w[9] + 0x21e1cde6, 5);
		MD5_STEPG(d, a, b, c, w[14] + 0xc33707d6, 9);
		MD5_STEPG(c, d, a, b, w[3] + 0xf4d50d87, 14);
		MD5_STEPG(b, c, d, a, w[8] + 0x455a14ed, 20);
		MD5_STEPG(a, b, c, d, w[13] + 0xa9e3e905, 5);
		MD5_STEPG(d, a, b, c, w[2] + 0xfcefa3f8, 9);
		MD5_STEPG(c, d, a, b, w[7] + 0x676f02d9, 14);
		MD5_STEPG(b, c, d, a, w[12] + 0x8d2a4c8a, 20);
		MD5_STEP(H, a, b, c, d, w[5] + 0xfffa3942, 4);
		MD5_STEP(H, d, a, b, c, w[8] + 0x8771f681, 11);
		MD5_STEP(H, c, d, a, b, w[11] + 0x6d9d6122, 16);
		MD5_STEP(H, b, c, d, a, w[14] + 0xfde5380c, 23);
		MD5_STEP(H, a, b, c, d, w[1] + 0xa4beea44, 4);
		MD5_STEP(H, d, a, b, c, w[4] + 0x4bdecfa9, 11);
		MD5_STEP(H, c, d, a, b, w[7] + 0xf6bb4b60, 16);
		MD5_STEP(H, b, c, d, a, w[10] + 0xbebfbc70, 23);
		MD5_STEP(H, a, b, c, d, w[13] + 0x289b7ec6, 4);
		MD5_STEP(H, d, a, b, c, w[0] + 0xeaa127fa, 11);
		MD5_STEP(H, c, d, a, b, w[3] + 0xd4ef3085, 16);
		MD5_STEP(H, b, c, d, a, w[6] + 0x04881d05, 23);
		MD5_STEP(H, a, b, c, d, w[9] + 0xd9d4d039, 4);
		MD5_STEP(H, d, a, b, c, w[12] + 0xe6db99e5, 11);
		MD5_STEP(H, c, d, a, b, w[15] + 0x1fa27cf8, 16);
		MD5_STEP(H, b, c, d, a, w[2] + 0xc4ac5665, 23);
		MD5_STEP(I, a, b, c, d, w[0] + 0xf4292244, 6);
		MD5_STEP(I, d, a, b, c, w[7] + 0x432aff97, 10);
		MD5_STEP(I, c, d, a, b, w[14] + 0xab9423a7, 15);
		MD5_STEP(I, b, c, d, a, w[5] + 0xfc93a039, 21);
		MD5_STEP(I, a, b, c, d, w[12] + 0x655b59c3, 6);
		MD5_STEP(I, d, a, b, c, w[3] + 0x8f0ccc92, 10);
		MD5_STEP(I, c, d, a, b, w[10] + 0xffeff47d, 15);
		MD5_STEP(I, b, c, d, a, w[1] + 0x85845dd1, 21);
		MD5_STEP(I, a, b, c, d, w[8] + 0x6fa87e4f, 6);
		MD5_STEP(I, d, a, b, c, w[15] + 0xfe2ce6e0, 10);
		MD5_STEP(I, c, d, a, b, w[6] + 0xa3014314, 15);
		MD5_STEP(I, b, c, d, a, w[13] + 0x4e0811a1, 21);
		MD5_STEP(I, a, b, c, d, w[4] + 0xf7537e82, 6);
		MD5_STEP(I, d, a, b, c, w[11] + 0xbd3af235, 10);
		MD5_STEP(I, c, d, a, b, w[2] + 0x2ad7d2bb, 15);
		MD5_STEP(I, b, c, d, a, w[9] + 0xeb86d391, 21);
		s[0] += a;
		s[1] += b;
		s[2] += c;
		s[3] += d;
	}
}

/* ---------------- SHA-1 ---------------- */

static void sha1_blocks(struct hash *h, const unsigned char *p, size_t n)
{
	uint32_t *s = h->st.s32;
	for (; n--; p += 64) {
		uint32_t w[80];
		for (int i = 0; i < 16; i++)
			w[i] = be32(p + 4 * i);
		for (int i = 16; i < 80; i++)
			w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
		uint32_t a = s[0], b = s[1], c = s[2], d = s[3], e = s[4];
		for (int i = 0; i < 80; i++) {
			uint32_t f, k;
			if (i < 20) {
				f = (b & c) | (~b & d);
				k = 0x5a827999;
			} else if (i < 40) {
				f = b ^ c ^ d;
				k = 0x6ed9eba1;
			} else if (i < 60) {
				f = (b & c) | (b & d) | (c & d);
				k = 0x8f1bbcdc;
			} else {
				f = b ^ c ^ d;
				k = 0xca62c1d6;
			}
			uint32_t t = rol(a, 5) + f + e + k + w[i];
			e = d;
			d = c;
			c = rol(b, 30);
			b = a;
			a = t;
		}
		s[0] += a;
		s[1] += b;
		s[2] += c;
		s[3] += d;
		s[4] += e;
	}
}

/* ---------------- SHA-256 ---------------- */

static const uint32_t K256[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
	0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
	0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
	0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
	0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
	0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
	0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
	0xc67178f2,
};

static void sha256_blocks_c(struct hash *h, const unsigned char *p, size_t n)
{
	uint32_t *s = h->st.s32;
	for (; n--; p += 64) {
		uint32_t w[64];
		for (int i = 0; i < 16; i++)
			w[i] = be32(p + 4 * i);
		for (int i = 16; i < 64; i++) {
			uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
			uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
			w[i] = w[i - 16] + s0 + w[i - 7] + s1;
		}
		uint32_t a = s[0], b = s[1], c = s[2], d = s[3], e = s[4], f = s[5], g = s[6],
			 hh = s[7];
		for (int i = 0; i < 64; i++) {
			uint32_t t1 = hh + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) +
				      ((e & f) ^ (~e & g)) + K256[i] + w[i];
			uint32_t t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) +
				      ((a & b) ^ (a & c) ^ (b & c));
			hh = g;
			g = f;
			f = e;
			e = d + t1;
			d = c;
			c = b;
			b = a;
			a = t1 + t2;
		}
		s[0] += a;
		s[1] += b;
		s[2] += c;
		s[3] += d;
		s[4] += e;
		s[5] += f;
		s[6] += g;
		s[7] += hh;
	}
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
typedef int v4si __attribute__((vector_size(16)));
typedef long long v2di __attribute__((vector_size(16)));
typedef char v16qi __attribute__((vector_size(16)));
typedef short v8hi __attribute__((vector_size(16)));
typedef unsigned v4su __attribute__((vector_size(16)));
#define ADD32(a, b) ((v4si)((v4su)(a) + (v4su)(b)))

#ifdef __clang__
#define ALIGNR(a, b, n) ((v4si)__builtin_ia32_palignr128((v16qi)(a), (v16qi)(b), (n)))
#else
#define ALIGNR(a, b, n) ((v4si)__builtin_ia32_palignr128((v2di)(a), (v2di)(b), (n) * 8))
#endif
#define SHUF32(a, imm) ((v4si)__builtin_ia32_pshufd((v4si)(a), (imm)))
#define BLEND16(a, b, imm) ((v4si)__builtin_ia32_pblendw128((v8hi)(a), (v8hi)(b), (imm)))
#define RNDS2(a, b, k) ((v4si)__builtin_ia32_sha256rnds2((v4si)(a), (v4si)(b), (v4si)(k)))
#define MSG1(a, b) ((v4si)__builtin_ia32_sha256msg1((v4si)(a), (v4si)(b)))
#define MSG2(a, b) ((v4si)__builtin_ia32_sha256msg2((v4si)(a), (v4si)(b)))

__attribute__((target("sha,sse4.1,ssse3")))
static void sha256_blocks_ni(struct hash *h, const unsigned char *p, size_t n)
{
	const v16qi mask = { 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12 };
	v4si tmp, st0, st1, m[4], msg;
	memcpy(&tmp, h->st.s32, 16);
	memcpy(&st1, h->st.s32 + 4, 16);
	tmp = SHUF32(tmp, 0xB1);		/* CDAB */
	st1 = SHUF32(st1, 0x1B);		/* EFGH */
	st0 = ALIGNR(tmp, st1, 8);		/* ABEF */
	st1 = BLEND16(st1, tmp, 0xF0);		/* CDGH */
	for (; n--; p += 64) {
		v4si save0 = st0, save1 = st1;
		for (int g = 0; g < 16; g++) {
			if (g < 4) {
				v16qi raw;
				memcpy(&raw, p + 16 * g, 16);
				m[g] = (v4si)__builtin_ia32_pshufb128(raw, mask);
			}
			v4si k;
			memcpy(&k, K256 + 4 * g, 16);
			msg = ADD32(m[g & 3], k);
			st1 = RNDS2(st1, st0, msg);
			if (g >= 3 && g <= 14) {
				tmp = ALIGNR(m[g & 3], m[(g - 1) & 3], 4);
				m[(g + 1) & 3] = ADD32(m[(g + 1) & 3], tmp);
				m[(g + 1) & 3] = MSG2(m[(g + 1) & 3], m[g & 3]);
			}
			msg = SHUF32(msg, 0x0E);
			st0 = RNDS2(st0, st1, msg);
			if (g >= 1 && g <= 12)
				m[(g - 1) & 3] = MSG1(m[(g - 1) & 3], m[g & 3]);
		}
		st0 = ADD32(st0, save0);
		st1 = ADD32(st1, save1);
	}
	tmp = SHUF32(st0, 0x1B);		/* FEBA */
	st1 = SHUF32(st1, 0xB1);		/* DCHG */
	st0 = BLEND16(tmp, st1, 0xF0);		/* DCBA */
	st1 = ALIGNR(st1, tmp, 8);		/* HGFE */
	memcpy(h->st.s32, &st0, 16);
	memcpy(h->st.s32 + 4, &st1, 16);
}

static int have_sha_ni(void)
{
	unsigned a, b, c, d;
	__asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0), "c"(0));
	if (a < 7)
		return 0;
	__asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1), "c"(0));
	int sse = (c >> 19 & 1) && (c >> 9 & 1);	/* SSE4.1, SSSE3 */
	__asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(7), "c"(0));
	return sse && (b >> 29 & 1);
}
#endif

static void (*sha256_blocks)(struct hash *, const unsigned char *, size_t) = sha256_blocks_c;

/* ---------------- SHA-512 ---------------- */

static void sha512_blocks(struct hash *h, const unsigned char *p, size_t n)
{
	static const uint64_t K[80] = {
		0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full,
		0xe9b5dba58189dbbcull, 0x3956c25bf348b538ull, 0x59f111f1b605d019ull,
		0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull, 0xd807aa98a3030242ull,
		0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
		0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull,
		0xc19bf174cf692694ull, 0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull,
		0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull, 0x2de92c6f592b0275ull,
		0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
		0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full,
		0xbf597fc7beef0ee4ull, 0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull,
		0x06ca6351e003826full, 0x142929670a0e6e70ull, 0x27b70a8546d22ffcull,
		0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
		0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull,
		0x92722c851482353bull, 0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull,
		0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull, 0xd192e819d6ef5218ull,
		0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
		0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull,
		0x34b0bcb5e19b48a8ull, 0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull,
		0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull, 0x748f82ee5defb2fcull,
		0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
		0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull,
		0xc67178f2e372532bull, 0xca273eceea26619cull, 0xd186b8c721c0c207ull,
		0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull, 0x06f067aa72176fbaull,
		0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
		0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull,
		0x431d67c49c100d4cull, 0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull,
		0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
	};
	uint64_t *s = h->st.s64;
	for (; n--; p += 128) {
		uint64_t w[80];
		for (int i = 0; i < 16; i++)
			w[i] = be64(p + 8 * i);
		for (int i = 16; i < 80; i++) {
			uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
			uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
			w[i] = w[i - 16] + s0 + w[i - 7] + s1;
		}
		uint64_t a = s[0], b = s[1], c = s[2], d = s[3], e = s[4], f = s[5], g = s[6],
			 hh = s[7];
		for (int i = 0; i < 80; i++) {
			uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) +
				      ((e & f) ^ (~e & g)) + K[i] + w[i];
			uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) +
				      ((a & b) ^ (a & c) ^ (b & c));
			hh = g;
			g = f;
			f = e;
			e = d + t1;
			d = c;
			c = b;
			b = a;
			a = t1 + t2;
		}
		s[0] += a;
		s[1] += b;
		s[2] += c;
		s[3] += d;
		s[4] += e;
		s[5] += f;
		s[6] += g;
		s[7] += hh;
	}
}

/* ---------------- the algorithms ---------------- */

struct algo {
	const char *applet, *tag;
	size_t block, out;	/* bytes */
	int big_endian, wide;
	void (**blocks)(struct hash *, const unsigned char *, size_t);
	uint64_t init[8];
};

static void (*md5_fn)(struct hash *, const unsigned char *, size_t) = md5_blocks;
static void (*sha1_fn)(struct hash *, const unsigned char *, size_t) = sha1_blocks;
static void (*sha512_fn)(struct hash *, const unsigned char *, size_t) = sha512_blocks;

static const struct algo algos[] = {
	{ "md5sum", "MD5", 64, 16, 0, 0, &md5_fn,
	  { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 } },
	{ "sha1sum", "SHA1", 64, 20, 1, 0, &sha1_fn,
	  { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 } },
	{ "sha256sum", "SHA256", 64, 32, 1, 0, &sha256_blocks,
	  { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
	    0x1f83d9ab, 0x5be0cd19 } },
	{ "sha512sum", "SHA512", 128, 64, 1, 1, &sha512_fn,
	  { 0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull,
	    0xa54ff53a5f1d36f1ull, 0x510e527fade682d1ull, 0x9b05688c2b3e6c1full,
	    0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull } },
};
static const struct algo *al;

static void h_init(struct hash *h)
{
	memset(h, 0, sizeof *h);
	for (int i = 0; i < 8; i++) {
		if (al->wide)
			h->st.s64[i] = al->init[i];
		else
			h->st.s32[i] = (uint32_t)al->init[i];
	}
}

static void h_update(struct hash *h, const unsigned char *p, size_t n)
{
	h->len += n;
	if (h->fill) {
		size_t take = al->block - h->fill < n ? al->block - h->fill : n;
		memcpy(h->buf + h->fill, p, take);
		h->fill += take;
		p += take;
		n -= take;
		if (h->fill < al->block)
			return;
		(*al->blocks)(h, h->buf, 1);
		h->fill = 0;
	}
	size_t nb = n / al->block;
	if (nb)
		(*al->blocks)(h, p, nb);
	p += nb * al->block;
	n -= nb * al->block;
	memcpy(h->buf, p, n);
	h->fill = n;
}

static void h_final(struct hash *h, unsigned char *out)
{
	uint64_t bits = h->len * 8;
	size_t lenbytes = al->wide ? 16 : 8;
	unsigned char pad[256] = { 0x80 };
	size_t padn = al->block - (h->fill + lenbytes) % al->block;
	if (!padn)
		padn = al->block;
	unsigned char len[16] = { 0 };
	for (int i = 0; i < 8; i++) {
		if (al->big_endian)
			len[lenbytes - 1 - i] = (unsigned char)(bits >> (8 * i));
		else
			len[i] = (unsigned char)(bits >> (8 * i));
	}
	uint64_t keep = h->len;
	h_update(h, pad, padn);
	h_update(h, len, lenbytes);
	h->len = keep;
	for (size_t i = 0; i < al->out; i++) {
		if (al->wide)
			out[i] = (unsigned char)(h->st.s64[i / 8] >> (56 - 8 * (i % 8)));
		else if (al->big_endian)
			out[i] = (unsigned char)(h->st.s32[i / 4] >> (24 - 8 * (i % 4)));
		else
			out[i] = (unsigned char)(h->st.s32[i / 4] >> (8 * (i % 4)));
	}
}

/* The digest of a file in hex; -1 after a message. */
static int digest_file(const char *name, char *hex, int quiet_missing)
{
	static unsigned char *buf;
	enum { BUFSZ = 256 << 10 };
	if (!buf)
		buf = xmalloc_page(BUFSZ);
	int fd;
	if (!strcmp(name, "-"))
		fd = 0;
	else if ((fd = open(name, O_RDONLY | O_CLOEXEC)) < 0) {
		if (!(quiet_missing && errno == ENOENT))
			warn_errno("%s", name);
		return -1;
	}
	struct hash h;
	h_init(&h);
	for (;;) {
		ssize_t n = safe_read(fd, buf, BUFSZ);
		if (n < 0) {
			warn_errno("%s", name);
			if (fd)
				close(fd);
			return -1;
		}
		if (!n)
			break;
		h_update(&h, buf, n);
	}
	if (fd)
		close(fd);
	unsigned char out[64];
	h_final(&h, out);
	for (size_t i = 0; i < al->out; i++)
		sprintf(hex + 2 * i, "%02x", out[i]);
	return 0;
}

static int needs_escape(const char *s)
{
	return strchr(s, '\\') || strchr(s, '\n') || strchr(s, '\r');
}

static void put_name(const char *s, int esc)
{
	if (!esc) {
		fputs(s, stdout);
		return;
	}
	for (; *s; s++)
		if (*s == '\\')
			fputs("\\\\", stdout);
		else if (*s == '\n')
			fputs("\\n", stdout);
		else if (*s == '\r')
			fputs("\\r", stdout);
		else
			putchar(*s);
}

static char *unescape(char *s)
{
	char *o = s, *r = s;
	while (*r) {
		if (*r == '\\' && r[1]) {
			r++;
			*o++ = *r == 'n' ? '\n' : *r == 'r' ? '\r' : *r;
			r++;
		} else {
			*o++ = *r++;
		}
	}
	*o = 0;
	return s;
}

static int is_hex(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr("0123456789abcdefABCDEF", s[i]) || !s[i])
			return 0;
	return 1;
}

static int quiet, status_only, warn, strict, ignore_missing;

static int check(const char *list)
{
	int fd = open_input(list);
	if (fd < 0)
		return 1;
	struct lines l;
	lines_init(&l, fd, '\n');
	char *line, *copy = 0;
	size_t len, lineno = 0, copy_cap = 0;
	unsigned long bad_lines = 0, failed = 0, unreadable = 0, good = 0;
	size_t hl = al->out * 2;
	char hex[129];
	while ((line = lines_next(&l, &len))) {
		lineno++;
		if (len + 1 > copy_cap)
			copy = xrealloc(copy, copy_cap = len + 64);
		memcpy(copy, line, len);
		copy[len] = 0;
		line = copy;
		if (len && line[len - 1] == '\r')
			line[--len] = 0;
		char *p = line, *name = 0, *sum = 0;
		int esc = 0;
		if (*p == '\\') {
			esc = 1;
			p++;
		}
		size_t tl = strlen(al->tag);
		if (!strncmp(p, al->tag, tl) && p[tl] == ' ' && p[tl + 1] == '(') {
			/* BSD: TAG (NAME) = HEX */
			char *e = strrchr(p, ')');
			if (e && !strncmp(e, ") = ", 4) && strlen(e + 4) == hl) {
				*e = 0;
				name = p + tl + 2;
				sum = e + 4;
			}
		} else if (strlen(p) > hl + 2 && p[hl] == ' ' && (p[hl + 1] == ' ' || p[hl + 1] == '*')) {
			sum = p;
			p[hl] = 0;
			name = p + hl + 2;
		}
		if (!name || !is_hex(sum, hl) || !*name) {
			bad_lines++;
			if (warn)
				warn_msg("%s: %zu: improperly formatted %s checksum line", list, lineno,
					 al->tag);
			continue;
		}
		if (esc)
			unescape(name);
		good++;
		if (digest_file(name, hex, ignore_missing) < 0) {
			if (ignore_missing && access(name, F_OK) && errno == ENOENT)
				continue;
			unreadable++;
			if (!status_only) {
				put_name(name, needs_escape(name));
				printf(": FAILED open or read\n");
			}
			continue;
		}
		int ok = !strncasecmp(hex, sum, hl);
		if (!ok)
			failed++;
		if (!status_only && (!ok || !quiet)) {
			put_name(name, needs_escape(name));
			printf(": %s\n", ok ? "OK" : "FAILED");
		}
	}
	int err = l.err;
	lines_free(&l);
	free(copy);
	if (fd)
		close(fd);
	if (err) {
		warn_errno("%s", list);
		return 1;
	}
	if (!good) {
		warn_msg("%s: no properly formatted %s checksum lines found", list, al->tag);
		return 1;
	}
	fflush(stdout);
	if (!status_only) {
		if (bad_lines)
			warn_msg("WARNING: %lu line%s improperly formatted", bad_lines,
				 bad_lines == 1 ? " is" : "s are");
		if (unreadable)
			warn_msg("WARNING: %lu listed file%s could not be read", unreadable,
				 unreadable == 1 ? "" : "s");
		if (failed)
			warn_msg("WARNING: %lu computed checksum%s did NOT match", failed,
				 failed == 1 ? "" : "s");
	}
	return failed || unreadable || (strict && bad_lines);
}

int md5sum_main(int argc, char **argv)
{
	al = &algos[0];
	for (size_t i = 0; i < sizeof algos / sizeof algos[0]; i++)
		if (!strcmp(applet_name, algos[i].applet))
			al = &algos[i];
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
	if (have_sha_ni() && !getenv("RING3_NO_SHA_NI"))
		sha256_blocks = sha256_blocks_ni;
#endif
	struct opt o = OPT_INIT(argc, argv,
		"b(binary)c(check)t(text)w(warn)z(zero)T(tag)q(quiet)s(status)S(strict)"
		"I(ignore-missing)");
	int c, chk = 0, binary = 0, tag = 0, zero = 0, status = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'b': binary = 1; break;
		case 't': binary = 0; break;
		case 'c': chk = 1; break;
		case 'w': warn = 1; break;
		case 'z': zero = 1; break;
		case 'T': tag = 1; break;
		case 'q': quiet = 1; break;
		case 's': status_only = 1; break;
		case 'S': strict = 1; break;
		case 'I': ignore_missing = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	static char *dash[] = { "-", 0 };
	if (!argc) {
		argc = 1;
		argv = dash;
	}
	if (chk && tag) {
		warn_msg("the --tag option is meaningless when verifying checksums");
		return usage();
	}
	for (int i = 0; i < argc; i++) {
		if (chk) {
			status |= check(argv[i]);
			continue;
		}
		char hex[129];
		if (digest_file(argv[i], hex, 0) < 0) {
			status = 1;
			continue;
		}
		int esc = !zero && needs_escape(argv[i]);
		if (esc)
			putchar('\\');
		if (tag) {
			printf("%s (", al->tag);
			put_name(argv[i], esc);
			printf(") = %s", hex);
		} else {
			printf("%s %c", hex, binary ? '*' : ' ');
			put_name(argv[i], esc);
		}
		putchar(zero ? 0 : '\n');
	}
	return status;
}
