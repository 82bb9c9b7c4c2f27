/* crt1.S: process entry. The kernel leaves argc at (%rsp), then argv, envp and auxv;
 * the stack is 16-byte aligned here, and %rdx may hold a function for atexit (only
 * from a dynamic loader, which a static-PIE never has). */
	.text
	.global _start
	.type _start, @function
	.weak _DYNAMIC
	.hidden _DYNAMIC
	.hidden __libc_start_c
_start:
	xor %ebp, %ebp			/* outermost frame, for debuggers and unwinders */
	/* __libc_start_c (src/start/x86_64/start_c.S) takes these where it keeps them. */
	mov %rsp, %r15			/* argc, argv, envp, auxv */
	lea _DYNAMIC(%rip), %rdx	/* position-independent: no relocation needed */
	and $-16, %rsp
	call __libc_start_c
	hlt
	.size _start, . - _start
	.section .note.GNU-stack, "", @progbits
