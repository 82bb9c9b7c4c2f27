/* x87.h: the x87 unit's transcendental instructions, which compute in 64-bit
 * precision and so give double results that are almost always correctly rounded.
 * Each wrapper takes and returns long double. */
#ifndef _X87_H
#define _X87_H

/* y * log2(x) */
static inline long double __fyl2x(long double x, long double y)
{
	long double r;
	__asm__ ("fyl2x" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

/* y * log2(1 + x), for |x| < 1 - sqrt(2)/2 */
static inline long double __fyl2xp1(long double x, long double y)
{
	long double r;
	__asm__ ("fyl2xp1" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

/* 2^x for any finite x, split into integer and fraction. */
static inline long double __exp2l(long double x)
{
	long double i, f, r;
	__asm__ ("frndint" : "=t"(i) : "0"(x));
	f = x - i;
	__asm__ ("f2xm1" : "=t"(r) : "0"(f));
	r += 1;
	__asm__ ("fscale" : "=t"(r) : "0"(r), "u"(i));
	return r;
}

/* atan(y / x) in the right quadrant */
static inline long double __fpatan(long double y, long double x)
{
	long double r;
	__asm__ ("fpatan" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

/* x mod y with the sign of x (fprem loops until the reduction is complete). */
static inline long double __fprem(long double x, long double y)
{
	long double r;
	unsigned short sw;
	do __asm__ ("fprem; fnstsw %1" : "=t"(r), "=a"(sw) : "0"(x), "u"(y));
	while ((x = r, sw & 0x400));
	return r;
}

static inline long double __fsqrt(long double x)
{
	long double r;
	__asm__ ("fsqrt" : "=t"(r) : "0"(x));
	return r;
}

#define LOG2E_L 1.4426950408889634073599246810018921L
#define LN2_L 0.6931471805599453094172321214581766L
#define LOG10_2_L 0.3010299956639811952137388947244930L

#endif
