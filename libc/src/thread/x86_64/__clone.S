/* int __clone(fn, stack, flags, arg, ptid, tls, ctid): the raw clone for threads.
 * The child starts on the new stack, calls fn(arg) and exits with its value; it
 * never returns into the parent's frames. fn and arg travel on the child's stack
 * because the system call clobbers rcx and r11. */
	.text
	.global __clone
	.hidden __clone
	.type __clone, @function
__clone:
	and $-16, %rsi
	sub $16, %rsi
	mov %rdi, (%rsi)
	mov %rcx, 8(%rsi)
	mov %edx, %edi		/* flags */
	mov %r8, %rdx		/* parent tid pointer */
	mov 8(%rsp), %r10	/* child tid pointer */
	mov %r9, %r8		/* tls */
	mov $56, %eax		/* SYS_clone */
	syscall
	test %eax, %eax
	jnz 1f
	xor %ebp, %ebp		/* the child: the outermost frame */
	pop %rax
	pop %rdi
	call *%rax
	mov %eax, %edi
	mov $60, %eax		/* SYS_exit: this thread only */
	syscall
	hlt
1:	ret
	.size __clone, . - __clone
	.section .note.GNU-stack, "", @progbits
