/* getcontext, setcontext, swapcontext and makecontext's trampoline. Offsets are those
 * of ucontext_t (sys/ucontext.h): gregs at 40 + 8 * REG_x, fpregs pointer at 224,
 * uc_sigmask at 296, __fpregs_mem at 424 (its mxcsr at +24). The x87 environment
 * (fnstenv's image) and MXCSR are kept; callee-saved registers, the stack pointer
 * and the return address make the rest of the context, plus the argument registers
 * so makecontext can pass arguments through setcontext. */
	.text
	.global getcontext, setcontext, swapcontext, __start_context
	.hidden __start_context
	.type getcontext, @function
	.type setcontext, @function
	.type swapcontext, @function
	.type __start_context, @function

/* Registers of the caller into the context at %rdi (its sigmask is left alone). */
save_regs:
	mov %r8, 40(%rdi)
	mov %r9, 48(%rdi)
	mov %r12, 72(%rdi)
	mov %r13, 80(%rdi)
	mov %r14, 88(%rdi)
	mov %r15, 96(%rdi)
	mov %rdi, 104(%rdi)
	mov %rsi, 112(%rdi)
	mov %rbp, 120(%rdi)
	mov %rbx, 128(%rdi)
	mov %rdx, 136(%rdi)
	mov %rcx, 152(%rdi)
	mov 8(%rsp), %rax	/* our caller's return address: where the context resumes */
	mov %rax, 168(%rdi)
	lea 16(%rsp), %rax	/* and its stack pointer once that return is done */
	mov %rax, 160(%rdi)
	lea 424(%rdi), %rax
	mov %rax, 224(%rdi)
	fnstenv (%rax)
	fldenv (%rax)		/* fnstenv masks the exceptions; put them back */
	stmxcsr 24(%rax)
	ret

getcontext:
	call save_regs
	mov %rdi, %rdx
	lea 296(%rdx), %rdx	/* rt_sigprocmask(SIG_BLOCK, 0, &uc_sigmask, 8) */
	xor %esi, %esi
	xor %edi, %edi
	mov $8, %r10d
	mov $14, %eax
	syscall
	xor %eax, %eax
	ret
	.size getcontext, . - getcontext

swapcontext:
	call save_regs
	push %rsi
	lea 296(%rdi), %rdx	/* rt_sigprocmask(SIG_SETMASK, &new, &old, 8) */
	lea 296(%rsi), %rsi
	mov $2, %edi
	mov $8, %r10d
	mov $14, %eax
	syscall
	pop %rdx
	test %rax, %rax
	jz restore
	mov %rax, %rdi		/* -errno: nothing has changed yet, so fail properly */
	jmp __syscall_ret
	.size swapcontext, . - swapcontext

setcontext:
	push %rdi
	lea 296(%rdi), %rsi	/* rt_sigprocmask(SIG_SETMASK, &uc_sigmask, 0, 8) */
	xor %edx, %edx
	mov $2, %edi
	mov $8, %r10d
	mov $14, %eax
	syscall
	pop %rdx
	test %rax, %rax
	jz restore
	mov %rax, %rdi
	jmp __syscall_ret
restore:
	mov 224(%rdx), %rax
	test %rax, %rax
	jz 1f
	fldenv (%rax)
	ldmxcsr 24(%rax)
1:	mov 160(%rdx), %rsp
	mov 120(%rdx), %rbp
	mov 128(%rdx), %rbx
	mov 72(%rdx), %r12
	mov 80(%rdx), %r13
	mov 88(%rdx), %r14
	mov 96(%rdx), %r15
	mov 104(%rdx), %rdi
	mov 112(%rdx), %rsi
	mov 152(%rdx), %rcx
	mov 40(%rdx), %r8
	mov 48(%rdx), %r9
	push 168(%rdx)
	mov 136(%rdx), %rdx
	xor %eax, %eax
	ret
	.size setcontext, . - setcontext

/* Where a makecontext function returns to: on to uc_link (kept in %rbx, which the
 * function preserved), or exit(0) when there is none. */
__start_context:
	test %rbx, %rbx
	jz 1f
	mov %rbx, %rdi
	call setcontext
1:	xor %edi, %edi
	call exit
	hlt
	.size __start_context, . - __start_context
	.section .note.GNU-stack, "", @progbits
