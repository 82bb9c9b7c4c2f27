/* int __clone(fn, stack, flags, arg, ptid, tls, ctid): the raw clone for threads.
 * The child starts on the new stack, calls fn(arg) and exits with its value; it
 * never returns into the parent's frames. fn and arg travel on the child's stack.
 * The kernel's order is clone(flags, stack, ptid, tls, ctid). */
	.text
	.global __clone
	.hidden __clone
	.type __clone, %function
__clone:
	and x1, x1, #-16
	stp x0, x3, [x1, #-16]!
	mov w0, w2		/* flags */
	mov x2, x4		/* parent tid pointer */
	mov x3, x5		/* tls */
	mov x4, x6		/* child tid pointer */
	mov x8, #220		/* clone */
	svc #0
	cbnz x0, 1f
	mov x29, #0		/* the child: the outermost frame */
	mov x30, #0
	ldp x1, x0, [sp], #16
	blr x1
	mov x8, #93		/* exit: this thread only */
	svc #0
	brk #0
1:	ret
	.size __clone, . - __clone
	.section .note.GNU-stack, "", %progbits
