/* _Noreturn void __unmapself(base, size): a detached thread frees the mapping that
 * holds its own stack, then exits, touching no memory in between. Signals must be
 * blocked by the caller. */
	.text
	.global __unmapself
	.hidden __unmapself
	.type __unmapself, %function
__unmapself:
	mov x8, #215		/* munmap(base, size) */
	svc #0
	mov x0, #0
	mov x8, #93		/* exit(0) */
	svc #0
	brk #0
	.size __unmapself, . - __unmapself
	.section .note.GNU-stack, "", %progbits
