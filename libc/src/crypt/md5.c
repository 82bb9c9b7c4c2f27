#include <string.h>
#include "hash.h"

/* T[i] = floor(2^32 * |sin(i + 1)|) (RFC 1321). */
static const uint32_t T[64] = {
	0xd76aa478U, 0xe8c7b756U, 0x242070dbU, 0xc1bdceeeU, 0xf57c0fafU, 0x4787c62aU,
	0xa8304613U, 0xfd469501U, 0x698098d8U, 0x8b44f7afU, 0xffff5bb1U, 0x895cd7beU,
	0x6b901122U, 0xfd987193U, 0xa679438eU, 0x49b40821U, 0xf61e2562U, 0xc040b340U,
	0x265e5a51U, 0xe9b6c7aaU, 0xd62f105dU, 0x02441453U, 0xd8a1e681U, 0xe7d3fbc8U,
	0x21e1cde6U, 0xc33707d6U, 0xf4d50d87U, 0x455a14edU, 0xa9e3e905U, 0xfcefa3f8U,
	0x676f02d9U, 0x8d2a4c8aU, 0xfffa3942U, 0x8771f681U, 0x6d9d6122U, 0xfde5380cU,
	0xa4beea44U, 0x4bdecfa9U, 0xf6bb4b60U, 0xbebfbc70U, 0x289b7ec6U, 0xeaa127faU,
	0xd4ef3085U, 0x04881d05U, 0xd9d4d039U, 0xe6db99e5U, 0x1fa27cf8U, 0xc4ac5665U,
	0xf4292244U, 0x432aff97U, 0xab9423a7U, 0xfc93a039U, 0x655b59c3U, 0x8f0ccc92U,
	0xffeff47dU, 0x85845dd1U, 0x6fa87e4fU, 0xfe2ce6e0U, 0xa3014314U, 0x4e0811a1U,
	0xf7537e82U, 0xbd3af235U, 0x2ad7d2bbU, 0xeb86d391U,
};

static const unsigned char S[4][4] = { { 7, 12, 17, 22 }, { 5, 9, 14, 20 }, { 4, 11, 16, 23 }, { 6, 10, 15, 21 } };

#define ROL(x, n) ((x) << (n) | (x) >> (32 - (n)))

static void block(struct md5 *s, const unsigned char *p)
{
	uint32_t x[16], a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3];
	for (int i = 0; i < 16; i++)
		x[i] = p[4 * i] | p[4 * i + 1] << 8 | p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
	for (int i = 0; i < 64; i++) {
		uint32_t f;
		int g, r = i / 16;
		switch (r) {
		case 0: f = (b & c) | (~b & d); g = i; break;
		case 1: f = (d & b) | (~d & c); g = (5 * i + 1) % 16; break;
		case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16; break;
		default: f = c ^ (b | ~d); g = 7 * i % 16; break;
		}
		uint32_t t = d;
		d = c;
		c = b;
		b = b + ROL(a + f + T[i] + x[g], S[r][i % 4]);
		a = t;
	}
	s->h[0] += a, s->h[1] += b, s->h[2] += c, s->h[3] += d;
}

void __md5_init(struct md5 *s)
{
	s->len = 0;
	s->h[0] = 0x67452301, s->h[1] = 0xefcdab89, s->h[2] = 0x98badcfe, s->h[3] = 0x10325476;
}

void __md5_update(struct md5 *s, const void *data, size_t n)
{
	const unsigned char *p = data;
	size_t used = s->len % 64;
	s->len += n;
	if (used) {
		size_t k = 64 - used < n ? 64 - used : n;
		memcpy(s->buf + used, p, k);
		p += k, n -= k;
		if (used + k < 64) return;
		block(s, s->buf);
	}
	for (; n >= 64; p += 64, n -= 64) block(s, p);
	memcpy(s->buf, p, n);
}

void __md5_final(struct md5 *s, unsigned char out[16])
{
	size_t used = s->len % 64;
	uint64_t bits = s->len * 8;
	s->buf[used++] = 0x80;
	if (used > 56) {
		memset(s->buf + used, 0, 64 - used);
		block(s, s->buf);
		used = 0;
	}
	memset(s->buf + used, 0, 56 - used);
	for (int i = 0; i < 8; i++) s->buf[56 + i] = bits >> (8 * i);
	block(s, s->buf);
	for (int i = 0; i < 16; i++) out[i] = s->h[i / 4] >> (8 * (i % 4));
}
