/* write.S: aarch64's write (write.c in C), in assembly because the smallest programs
 * have it: the kernel takes fd as an int, whatever the register's upper half, so
 * there is nothing to do but the system call. */
#define SYS_write 64

	.text
	.global write
	.type write, %function
write:	mov x8, #SYS_write
	svc #0
	b __syscall_ret
	.size write, . - write

	.section .note.GNU-stack, "", %progbits
