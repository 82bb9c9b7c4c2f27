/* _Noreturn void __unmapself(base, size): a detached thread frees the mapping that
 * holds its own stack, then exits, touching no memory in between. Signals must be
 * blocked by the caller. */
	.text
	.global __unmapself
	.hidden __unmapself
	.type __unmapself, @function
__unmapself:
	mov $11, %eax		/* SYS_munmap(base, size) */
	syscall
	xor %edi, %edi
	mov $60, %eax		/* SYS_exit(0) */
	syscall
	hlt
	.size __unmapself, . - __unmapself
	.section .note.GNU-stack, "", @progbits
