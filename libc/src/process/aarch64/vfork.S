/* vfork: aarch64 has no vfork system call; clone with CLONE_VM | CLONE_VFORK and
 * SIGCHLD is the same thing. The return address stays in x30 (a register), so the
 * child writes nothing to the shared stack before it execs or exits. */
	.text
	.global vfork
	.type vfork, %function
	.hidden __syscall_ret
vfork:
	mov x0, #0x4111		/* CLONE_VM 0x100 | CLONE_VFORK 0x4000 | SIGCHLD 17 */
	mov x1, #0		/* same stack */
	mov x8, #220		/* clone */
	svc #0
	b __syscall_ret
	.size vfork, . - vfork
	.section .note.GNU-stack, "", %progbits
