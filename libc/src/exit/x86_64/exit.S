/* exit.S: x86_64's exit and _Exit (exit.c in C, read it first), in assembly because
 * every program has them: exit falls into _Exit, and GCC's -Os code for the two is
 * 74 bytes where this is 52. */
#define SYS_exit 60
#define SYS_exit_group 231

	.text
	.hidden __fini_array_start
	.hidden __fini_array_end
	.global exit
	.type exit, @function
exit:	push %rdi			/* the status; %rsp 16-aligned for the calls */
	call __run_atexit
	/* The fini array, last entry first. exit does not return: callee-saved
	 * registers are free. */
	lea __fini_array_start(%rip), %rbp
	lea __fini_array_end(%rip), %rbx
1:	cmp %ebp, %ebx			/* the array is under 4 GiB: the low halves decide */
	je 2f
	sub $8, %rbx
	call *(%rbx)
	jmp 1b
2:	call __stdio_exit
	pop %rdi
	.size exit, . - exit
	.global _Exit
	.type _Exit, @function
_Exit:	xor %eax, %eax
	mov $SYS_exit_group, %al
	syscall
1:	push $SYS_exit
	pop %rax
	syscall
	jmp 1b
	.size _Exit, . - _Exit

/* atexit's handlers and stdio's flush: empty here, replaced by the real ones when a
 * program links atexit.c or stdio's __towrite.c (exit.c says why weak definitions). */
	.weak __run_atexit
	.weak __stdio_exit
	.hidden __run_atexit
__run_atexit:
__stdio_exit:
	ret

	.section .note.GNU-stack, "", @progbits
