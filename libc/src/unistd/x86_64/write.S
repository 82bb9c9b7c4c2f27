/* write.S: x86_64's write (write.c in C), in assembly because the smallest programs
 * have it: 10 bytes where GCC's -O2 code is 18 and aligned to 16. The kernel takes
 * fd as an int, whatever the register's upper half. */
#define SYS_write 1

	.text
	.global write
	.type write, @function
write:	push $SYS_write
	pop %rax
	syscall
	jmp __syscall_ret_rax
	.size write, . - write

	.section .note.GNU-stack, "", @progbits
