/* tcb.h: the aarch64 thread control block. TLS variant I: TPIDR_EL0 (the thread
 * pointer) points at a 16-byte header the ABI reserves, and the static TLS block
 * follows at tp + 16 rounded up to its alignment. ring3's own fields sit just below
 * the thread pointer, so the TCB ends where the header begins. The compiler's
 * stack protector reads the global __stack_chk_guard here, not the TCB; the canary
 * field is kept so that the generic code (pthread_create) compiles unchanged. */
#ifndef _TCB_H
#define _TCB_H

#include <stddef.h>
#include <stdint.h>

struct __tcb {
	struct __tcb *self;
	void *dtv;
	struct __tcb *self2;
	uintptr_t __reserved[2];
	uintptr_t canary;
	int errno_val;
	volatile int tid;	/* cleared by the kernel when the thread exits */
	void *tls_mem;		/* allocation that holds this TCB and its TLS block */
	volatile int detach_state;
	void *(*start)(void *);
	void *arg, *result;
	void *map_base;
	size_t map_size;
	void **tsd;
	unsigned long sigmask;
};

_Static_assert(sizeof(struct __tcb) % 16 == 0, "tp = tcb + sizeof(struct __tcb) stays 16-aligned");

#define __TCB_TP(t) ((uintptr_t)(t) + sizeof(struct __tcb))
#define __TCB_AT(tp) ((struct __tcb *)((tp) - sizeof(struct __tcb)))
/* The block starts after the 16-byte header, rounded up to its alignment. */
#define __TLS_OFFSET(memsz, talign) ((16 + (talign) - 1) & -(talign))
#define __TLS_AREA(off, memsz) ((off) + (memsz))
/* GCC's stack protector reads the global __stack_chk_guard on aarch64, not the TCB. */
extern uintptr_t __stack_chk_guard;
#define __SET_CANARY(t, c) ((t)->canary = __stack_chk_guard = (c))
#define __SET_TP(tp) ({ __asm__ volatile ("msr tpidr_el0, %0" :: "r"(tp) : "memory"); 0; })

/* Where a thread's TCB and static TLS block go in an area from mem (start code and
 * pthread_create): variant I, the TCB, then the thread pointer (aligned to align),
 * then the block off bytes above it (the ABI's 16-byte header rounded up to the
 * block's alignment). Returns tp; *block gets the TLS block. */
static inline uintptr_t __tls_layout(uintptr_t mem, size_t off, size_t align, unsigned char **block)
{
	uintptr_t tp = (mem + sizeof(struct __tcb) + align - 1) & -align;
	*block = (unsigned char *)tp + off;
	return tp;
}

static inline struct __tcb *__tcb_self(void)
{
	uintptr_t tp;
	__asm__ ("mrs %0, tpidr_el0" : "=r"(tp));
	return (struct __tcb *)(tp - sizeof(struct __tcb));
}

#endif
