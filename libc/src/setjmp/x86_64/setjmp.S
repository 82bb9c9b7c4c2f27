/* setjmp/longjmp: save the callee-saved registers, the caller's stack pointer and
 * the return address; longjmp restores them and makes setjmp return val (1 if 0). */
	.text
	.global setjmp, _setjmp, longjmp, _longjmp
	.type setjmp, @function
	.type _setjmp, @function
	.type longjmp, @function
	.type _longjmp, @function
setjmp:
_setjmp:
	mov %rbx, (%rdi)
	mov %rbp, 8(%rdi)
	mov %r12, 16(%rdi)
	mov %r13, 24(%rdi)
	mov %r14, 32(%rdi)
	mov %r15, 40(%rdi)
	lea 8(%rsp), %rdx	/* the stack pointer as it will be after our ret */
	mov %rdx, 48(%rdi)
	mov (%rsp), %rdx
	mov %rdx, 56(%rdi)
	xor %eax, %eax
	ret
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp

longjmp:
_longjmp:
	xor %eax, %eax
	cmp $1, %esi
	adc %esi, %eax		/* val, or 1 when val is 0 */
	mov (%rdi), %rbx
	mov 8(%rdi), %rbp
	mov 16(%rdi), %r12
	mov 24(%rdi), %r13
	mov 32(%rdi), %r14
	mov 40(%rdi), %r15
	mov 48(%rdi), %rsp
	jmp *56(%rdi)
	.size longjmp, . - longjmp
	.size _longjmp, . - _longjmp
	.section .note.GNU-stack, "", @progbits
