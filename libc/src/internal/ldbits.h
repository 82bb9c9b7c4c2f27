#ifndef _LDBITS_H
#define _LDBITS_H

#include <stdint.h>
#include <string.h>

/* long double taken apart, for printf and strtold. The two formats ring3 knows both
 * have a sign, a 15-bit exponent biased by 16383 and a significand that, taken apart,
 * has its integer bit explicit at bit LD_FRAC (so a value is m * 2^(ex - 16383 -
 * LD_FRAC), with ex 1 for the denormals):
 *   x86_64  x87 extended: 64-bit significand, the integer bit stored (LD_FRAC 63);
 *   aarch64 IEEE binary128: 113-bit significand, the integer bit implied (LD_FRAC 112).
 * Doubles convert to either exactly. */
#if __LDBL_MANT_DIG__ == 64
typedef uint64_t ldm_t;
#define LD_FRAC 63
#elif __LDBL_MANT_DIG__ == 113
typedef unsigned __int128 ldm_t;
#define LD_FRAC 112
#else
#error "long double format not supported"
#endif

/* The significand; *se gets the sign (bit 15) and the biased exponent. */
static inline ldm_t __ld_split(long double x, int *se)
{
#if LD_FRAC == 63
	struct { uint64_t m; uint16_t se; } u;
	memcpy(&u, &x, 10);
	*se = u.se;
	return u.m;
#else
	ldm_t u;
	memcpy(&u, &x, 16);
	*se = (int)(u >> 112);
	u &= ((ldm_t)1 << 112) - 1;
	return *se & 0x7fff ? u | (ldm_t)1 << 112 : u;
#endif
}

/* The inverse: m has its integer bit at LD_FRAC (clear for denormals and zero). */
static inline long double __ld_join(ldm_t m, int se)
{
	long double x = 0;
#if LD_FRAC == 63
	struct { uint64_t m; uint16_t se; } u = { m, (uint16_t)se };
	memcpy(&x, &u, 10);
#else
	m = (m & (((ldm_t)1 << 112) - 1)) | (ldm_t)(se & 0xffff) << 112;
	memcpy(&x, &m, 16);
#endif
	return x;
}

#endif
