/* sigsetjmp: the signal mask is read before the registers are saved. The system
 * call clobbers only x0, so x30 and sp are still the caller's when this branches
 * to setjmp, which saves them. */
	.text
	.global sigsetjmp, __sigsetjmp
	.type sigsetjmp, %function
	.type __sigsetjmp, %function
sigsetjmp:
__sigsetjmp:
	mov w1, w1
	str x1, [x0, #176]		/* __saved */
	cbz w1, 1f
	mov x9, x0
	add x2, x0, #184		/* old mask goes to __mask */
	mov x1, #0			/* no new mask */
	mov x0, #0			/* SIG_BLOCK */
	mov x3, #8			/* kernel sigset size */
	mov x8, #135			/* rt_sigprocmask */
	svc #0
	mov x0, x9
1:	b setjmp
	.size sigsetjmp, . - sigsetjmp
	.size __sigsetjmp, . - __sigsetjmp
	.section .note.GNU-stack, "", %progbits
