/* sigsetjmp: the signal mask is read before the registers are saved. That is the
 * mask at the time of the call, and keeps this a leaf that tail-jumps to setjmp,
 * so the return address stays where setjmp expects it. */
	.text
	.global sigsetjmp, __sigsetjmp
	.type sigsetjmp, @function
	.type __sigsetjmp, @function
sigsetjmp:
__sigsetjmp:
	mov %esi, %esi
	mov %rsi, 64(%rdi)		/* __saved */
	test %esi, %esi
	jz setjmp
	push %rdi
	lea 72(%rdi), %rdx		/* old mask goes to __mask */
	xor %esi, %esi			/* no new mask */
	xor %edi, %edi			/* SIG_BLOCK */
	mov $8, %r10d			/* kernel sigset size */
	mov $14, %eax			/* rt_sigprocmask */
	syscall
	pop %rdi
	jmp setjmp
	.size sigsetjmp, . - sigsetjmp
	.size __sigsetjmp, . - __sigsetjmp
	.section .note.GNU-stack, "", @progbits
