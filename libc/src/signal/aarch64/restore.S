/* The return address of every handler (SA_RESTORER): the kernel unwinds the
 * signal frame. */
	.text
	.global __restore_rt
	.hidden __restore_rt
	.type __restore_rt, %function
__restore_rt:
	mov x8, #139		/* rt_sigreturn */
	svc #0
	.size __restore_rt, . - __restore_rt
	.section .note.GNU-stack, "", %progbits
