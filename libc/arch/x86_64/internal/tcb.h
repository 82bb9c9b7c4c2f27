/* tcb.h: the x86_64 thread control block. %fs points at it; TLS variant II puts the
 * static TLS block immediately below. The first word must point to itself (the ABI's
 * way to read the thread pointer) and the compiler reads the canary at %fs:0x28. */
#ifndef _TCB_H
#define _TCB_H

#include <stddef.h>
#include <stdint.h>

struct __tcb {
	struct __tcb *self;	/* 0x00 */
	void *dtv;		/* 0x08 */
	struct __tcb *self2;	/* 0x10 */
	uintptr_t __reserved[2];
	uintptr_t canary;	/* 0x28 */
	int errno_val;
	volatile int tid;	/* cleared by the kernel when the thread exits */
	void *tls_mem;		/* allocation that holds this TCB and its TLS block */
	/* threads (src/thread): every field below is zero for the main thread */
	volatile int detach_state;	/* DT_JOINABLE, DT_DETACHED, DT_EXITED */
	void *(*start)(void *);
	void *arg, *result;
	void *map_base;		/* stack, guard and TLS in one mapping (0: not ours) */
	size_t map_size;
	void **tsd;		/* pthread_setspecific values, allocated on first use */
	unsigned long sigmask;	/* the creator's mask, restored by the new thread */
};

_Static_assert(__builtin_offsetof(struct __tcb, canary) == 0x28, "canary at fs:0x28");

/* Where a thread's TCB and static TLS block go in an area from mem (start code and
 * pthread_create): variant II, the block ends at the thread pointer (tp, aligned to
 * align), which is the TCB; off is the block's size rounded up to its alignment.
 * Returns tp; *block gets the TLS block. */
static inline uintptr_t __tls_layout(uintptr_t mem, size_t off, size_t align, unsigned char **block)
{
	uintptr_t tp = (mem + off + align - 1) & -align;
	*block = (unsigned char *)tp - off;
	return tp;
}
#define __TCB_AT(tp) ((struct __tcb *)(tp))
/* The linker's TLS offsets count back from the end of the block rounded up to the
 * segment's alignment; the area holds just that before the TCB. */
#define __TLS_OFFSET(memsz, talign) (((memsz) + (talign) - 1) & -(talign))
#define __TLS_AREA(off, memsz) (off)
/* The compiler reads the canary at %fs:0x28; %fs is set with arch_prctl(ARCH_SET_FS). */
#define __SET_CANARY(t, c) ((t)->canary = (c))
#define __SET_TP(tp) __syscall(SYS_arch_prctl, 0x1002, tp)

static inline struct __tcb *__tcb_self(void)
{
	struct __tcb *t;
	__asm__ ("mov %%fs:0, %0" : "=r"(t));
	return t;
}

#endif
