/* The x86_64 machine context: the layout of the kernel's signal frame (struct
 * ucontext with its sigcontext), which glibc's ucontext_t also follows, so a
 * SA_SIGINFO handler can read gregs[REG_RIP] and the like. */
#ifndef _BITS_UCONTEXT_H
#define _BITS_UCONTEXT_H

typedef long long greg_t;
#define NGREG 23
typedef greg_t gregset_t[NGREG];

enum {
	REG_R8 = 0, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
	REG_RDI, REG_RSI, REG_RBP, REG_RBX, REG_RDX, REG_RAX, REG_RCX, REG_RSP,
	REG_RIP, REG_EFL, REG_CSGSFS, REG_ERR, REG_TRAPNO, REG_OLDMASK, REG_CR2
};

struct _libc_fpxreg {
	unsigned short significand[4];
	unsigned short exponent;
	unsigned short __reserved[3];
};
struct _libc_xmmreg {
	unsigned element[4];
};
struct _libc_fpstate {	/* the FXSAVE image */
	unsigned short cwd, swd, ftw, fop;
	unsigned long long rip, rdp;
	unsigned mxcsr, mxcr_mask;
	struct _libc_fpxreg _st[8];
	struct _libc_xmmreg _xmm[16];
	unsigned __reserved[24];
};
typedef struct _libc_fpstate *fpregset_t;

typedef struct {
	gregset_t gregs;
	fpregset_t fpregs;
	unsigned long long __reserved1[8];
} mcontext_t;

typedef struct ucontext_t {
	unsigned long uc_flags;
	struct ucontext_t *uc_link;
	stack_t uc_stack;
	mcontext_t uc_mcontext;
	sigset_t uc_sigmask;
	struct _libc_fpstate __fpregs_mem;
	unsigned long long __ssp[4];
} ucontext_t;

#endif
