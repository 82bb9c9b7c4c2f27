/* syscall_arch.h: the aarch64 system call instruction. The number goes in x8, the
 * arguments in x0-x5; the result comes back in x0 and nothing else is clobbered. */
#ifndef _SYSCALL_ARCH_H
#define _SYSCALL_ARCH_H

static inline long __sc0(long n)
{
	register long x8 __asm__("x8") = n, x0 __asm__("x0");
	__asm__ volatile ("svc 0" : "=r"(x0) : "r"(x8) : "memory");
	return x0;
}

static inline long __sc1(long n, long a)
{
	register long x8 __asm__("x8") = n, x0 __asm__("x0") = a;
	__asm__ volatile ("svc 0" : "+r"(x0) : "r"(x8) : "memory");
	return x0;
}

static inline long __sc2(long n, long a, long b)
{
	register long x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b;
	__asm__ volatile ("svc 0" : "+r"(x0) : "r"(x8), "r"(x1) : "memory");
	return x0;
}

static inline long __sc3(long n, long a, long b, long c)
{
	register long x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	__asm__ volatile ("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
	return x0;
}

static inline long __sc4(long n, long a, long b, long c, long d)
{
	register long x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c, x3 __asm__("x3") = d;
	__asm__ volatile ("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3) : "memory");
	return x0;
}

static inline long __sc5(long n, long a, long b, long c, long d, long e)
{
	register long x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c, x3 __asm__("x3") = d, x4 __asm__("x4") = e;
	__asm__ volatile ("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3),
		"r"(x4) : "memory");
	return x0;
}

static inline long __sc6(long n, long a, long b, long c, long d, long e, long f)
{
	register long x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c, x3 __asm__("x3") = d, x4 __asm__("x4") = e;
	register long x5 __asm__("x5") = f;
	__asm__ volatile ("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4),
		"r"(x5) : "memory");
	return x0;
}

#endif
