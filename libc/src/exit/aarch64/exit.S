/* exit.S: aarch64's exit and _Exit (exit.c in C, read it first), in assembly because
 * every program has them: exit falls into _Exit, and GCC's -Os code for the two is
 * 100 bytes where this is 76. */
#define SYS_exit 93
#define SYS_exit_group 94

	.text
	.hidden __fini_array_start
	.hidden __fini_array_end
	.global exit
	.type exit, %function
exit:	mov w19, w0			/* exit does not return: callee-saved registers are free */
	bl __run_atexit
	/* The fini array, last entry first. */
	adrp x20, __fini_array_start
	add x20, x20, #:lo12:__fini_array_start
	adrp x21, __fini_array_end
	add x21, x21, #:lo12:__fini_array_end
1:	cmp x21, x20
	b.ls 2f
	ldr x0, [x21, #-8]!
	blr x0
	b 1b
2:	bl __stdio_exit
	mov w0, w19
	.size exit, . - exit
	.global _Exit
	.type _Exit, %function
_Exit:	mov x8, #SYS_exit_group
	svc #0
1:	mov x8, #SYS_exit
	svc #0
	b 1b
	.size _Exit, . - _Exit

/* atexit's handlers and stdio's flush: empty here, replaced by the real ones when a
 * program links atexit.c or stdio's __towrite.c (exit.c says why weak definitions). */
	.weak __run_atexit
	.weak __stdio_exit
	.hidden __run_atexit
__run_atexit:
__stdio_exit:
	ret

	.section .note.GNU-stack, "", %progbits
