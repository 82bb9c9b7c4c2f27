/* getcontext, setcontext, swapcontext and makecontext's trampoline for aarch64.
 * Offsets are those of ucontext_t (bits/ucontext.h): uc_sigmask at 40, regs[n] at
 * 184 + 8n, sp at 432, pc at 440, __reserved at 464. As in a signal frame, __reserved
 * starts with the FP/SIMD record (magic 0x46508001, size 528: fpsr, fpcr, then
 * vregs[32] from +16) and a zero record ends the list. Kept: the callee-saved
 * x19-x30, sp, d8-d15 (the low halves of v8-v15, all AAPCS64 preserves), fpsr and
 * fpcr; pc is the return address. setcontext also loads x0-x7 so that makecontext can
 * pass arguments through it. */
	.text
	.global getcontext, setcontext, swapcontext, __start_context
	.hidden __start_context
	.type getcontext, %function
	.type setcontext, %function
	.type swapcontext, %function
	.type __start_context, %function

/* The caller's registers into the context at x0 (its sigmask is left alone); x0 of
 * the context is 0, which is what getcontext and swapcontext return when resumed. */
.macro save_regs
	str xzr, [x0, #184]
	stp x19, x20, [x0, #336]
	stp x21, x22, [x0, #352]
	stp x23, x24, [x0, #368]
	stp x25, x26, [x0, #384]
	stp x27, x28, [x0, #400]
	stp x29, x30, [x0, #416]
	mov x2, sp
	stp x2, x30, [x0, #432]
	add x2, x0, #464
	mov w3, #0x8001
	movk w3, #0x4650, lsl #16
	mov w4, #528
	stp w3, w4, [x2]
	mrs x3, fpsr
	mrs x4, fpcr
	stp w3, w4, [x2, #8]
	str d8, [x2, #144]
	str d9, [x2, #160]
	str d10, [x2, #176]
	str d11, [x2, #192]
	str d12, [x2, #208]
	str d13, [x2, #224]
	str d14, [x2, #240]
	str d15, [x2, #256]
	str xzr, [x2, #528]
.endm

getcontext:
	save_regs
	add x2, x0, #40		/* rt_sigprocmask(SIG_BLOCK, 0, &uc_sigmask, 8) */
	mov x0, #0
	mov x1, #0
	mov x3, #8
	mov x8, #135
	svc #0
	mov x0, #0
	ret
	.size getcontext, . - getcontext

swapcontext:
	save_regs
	mov x9, x1
	add x2, x0, #40		/* rt_sigprocmask(SIG_SETMASK, &new, &old, 8) */
	add x1, x1, #40
	mov x0, #2
	mov x3, #8
	mov x8, #135
	svc #0
	cbz x0, restore
	b __syscall_ret		/* -errno: nothing has changed yet, so fail properly */
	.size swapcontext, . - swapcontext

setcontext:
	mov x9, x0
	add x1, x0, #40		/* rt_sigprocmask(SIG_SETMASK, &uc_sigmask, 0, 8) */
	mov x0, #2
	mov x2, #0
	mov x3, #8
	mov x8, #135
	svc #0
	cbz x0, restore
	b __syscall_ret
restore:
	/* The FP/SIMD state, if the context has the record (as getcontext and the
	   kernel's signal frames make it). */
	add x2, x9, #464
	ldr w3, [x2]
	mov w4, #0x8001
	movk w4, #0x4650, lsl #16
	cmp w3, w4
	b.ne 1f
	ldp w3, w4, [x2, #8]
	msr fpsr, x3
	msr fpcr, x4
	ldr d8, [x2, #144]
	ldr d9, [x2, #160]
	ldr d10, [x2, #176]
	ldr d11, [x2, #192]
	ldr d12, [x2, #208]
	ldr d13, [x2, #224]
	ldr d14, [x2, #240]
	ldr d15, [x2, #256]
1:	ldp x19, x20, [x9, #336]
	ldp x21, x22, [x9, #352]
	ldp x23, x24, [x9, #368]
	ldp x25, x26, [x9, #384]
	ldp x27, x28, [x9, #400]
	ldp x29, x30, [x9, #416]
	ldp x2, x16, [x9, #432]
	mov sp, x2
	ldp x0, x1, [x9, #184]
	ldp x2, x3, [x9, #200]
	ldp x4, x5, [x9, #216]
	ldp x6, x7, [x9, #232]
	br x16
	.size setcontext, . - setcontext

/* Where a makecontext function returns to: on to uc_link (kept in x19, which the
 * function preserved), or exit(0) when there is none. */
__start_context:
	cbz x19, 1f
	mov x0, x19
	bl setcontext
1:	mov x0, #0
	bl exit
	brk #0
	.size __start_context, . - __start_context
	.section .note.GNU-stack, "", %progbits
