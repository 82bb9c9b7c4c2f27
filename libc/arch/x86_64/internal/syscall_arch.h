/* syscall_arch.h: the x86_64 system call instruction. Arguments go in rdi, rsi, rdx,
 * r10, r8, r9; the kernel clobbers rcx (return rip) and r11 (saved rflags). */
#ifndef _SYSCALL_ARCH_H
#define _SYSCALL_ARCH_H

static inline long __sc0(long n)
{
	unsigned long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n) : "rcx", "r11", "memory");
	return r;
}

static inline long __sc1(long n, long a)
{
	unsigned long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a) : "rcx", "r11", "memory");
	return r;
}

static inline long __sc2(long n, long a, long b)
{
	unsigned long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b)
		: "rcx", "r11", "memory");
	return r;
}

static inline long __sc3(long n, long a, long b, long c)
{
	unsigned long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c)
		: "rcx", "r11", "memory");
	return r;
}

static inline long __sc4(long n, long a, long b, long c, long d)
{
	unsigned long r;
	register long r10 __asm__("r10") = d;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
		: "rcx", "r11", "memory");
	return r;
}

static inline long __sc5(long n, long a, long b, long c, long d, long e)
{
	unsigned long r;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10),
		"r"(r8) : "rcx", "r11", "memory");
	return r;
}

static inline long __sc6(long n, long a, long b, long c, long d, long e, long f)
{
	unsigned long r;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10),
		"r"(r8), "r"(r9) : "rcx", "r11", "memory");
	return r;
}

#endif
