/* The aarch64 machine context: the kernel's struct sigcontext, which a SA_SIGINFO
 * handler finds in its ucontext (regs[], sp, pc, then the FP/SIMD and other records
 * in __reserved). */
#ifndef _BITS_UCONTEXT_H
#define _BITS_UCONTEXT_H

typedef unsigned long greg_t;
#define NGREG 34
typedef greg_t gregset_t[NGREG];
typedef struct { __uint128_t vregs[32]; unsigned fpsr, fpcr; } fpregset_t;

typedef struct {
	unsigned long long fault_address;
	unsigned long long regs[31];
	unsigned long long sp, pc, pstate;
	_Alignas(16) unsigned char __reserved[4096];
} mcontext_t;

#endif
