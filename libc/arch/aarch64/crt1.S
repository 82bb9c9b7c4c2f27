/* crt1.S: process entry. The kernel leaves argc at [sp], then argv, envp and auxv,
 * with sp 16-byte aligned; x0 may hold a function for atexit (only from a dynamic
 * loader, which a static-PIE never has). */
	.text
	.global _start
	.type _start, %function
	.weak _DYNAMIC
	.hidden _DYNAMIC
	.hidden __libc_start_c
_start:
	mov x29, #0			/* outermost frame, for debuggers and unwinders */
	mov x30, #0
	mov x0, sp			/* argc, argv, envp, auxv */
	adrp x1, _DYNAMIC		/* position-independent: no relocation needed */
	add x1, x1, #:lo12:_DYNAMIC
	and sp, x0, #-16
	bl __libc_start_c
	brk #0
	.size _start, . - _start
	.section .note.GNU-stack, "", %progbits
