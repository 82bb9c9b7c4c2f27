/* vfork: the child runs on the parent's stack until it execs or exits, so this
 * function must not keep anything there across the system call: the return
 * address is popped into a register first and pushed back afterwards. */
	.text
	.global vfork
	.type vfork, @function
	.hidden __syscall_ret
vfork:
	pop %rdx
	mov $58, %eax		/* vfork */
	syscall
	push %rdx
	mov %rax, %rdi
	jmp __syscall_ret
	.size vfork, . - vfork
	.section .note.GNU-stack, "", @progbits
