/* The aarch64 machine context: the kernel's struct sigcontext, which a SA_SIGINFO
 * handler finds in its ucontext (regs[], sp, pc, then the FP/SIMD and other records
 * in __reserved). The kernel's struct ucontext puts the signal mask, glibc-sized,
 * before it. */
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

typedef struct ucontext_t {
	unsigned long uc_flags;
	struct ucontext_t *uc_link;
	stack_t uc_stack;
	sigset_t uc_sigmask;
	mcontext_t uc_mcontext;
} ucontext_t;

#endif
