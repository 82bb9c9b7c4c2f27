/* syscall_ret.S: x86_64's __syscall_ret (syscall_ret.c in C, read it first), in
 * assembly because every program that makes a system call has it: errno is stored
 * %fs-relative in one instruction (TCB_ERRNO, checked in libc_start.c), 24 bytes
 * where GCC's code is 31. __syscall_ret_rax takes the result where syscall leaves it,
 * for the assembly wrappers (unistd/x86_64/write.S). */
#define TCB_ERRNO 0x30

	.text
	.global __syscall_ret
	.hidden __syscall_ret
	.global __syscall_ret_rax
	.hidden __syscall_ret_rax
	.type __syscall_ret, @function
__syscall_ret:
	xchg %rdi, %rax			/* %rdi is the caller's to lose */
__syscall_ret_rax:
	cmp $-4095, %rax		/* failure is a value in [-4095, -1] */
	jb 1f
	neg %eax
	mov %eax, %fs:TCB_ERRNO
	push $-1
	pop %rax
1:	ret
	.size __syscall_ret, . - __syscall_ret

	.section .note.GNU-stack, "", @progbits
