/* The return address of every handler: the kernel unwinds the signal frame. */
	.text
	.global __restore_rt
	.hidden __restore_rt
	.type __restore_rt, @function
__restore_rt:
	mov $15, %eax		/* rt_sigreturn */
	syscall
	.size __restore_rt, . - __restore_rt
	.section .note.GNU-stack, "", @progbits
