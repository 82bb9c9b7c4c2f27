/* crt1.S: process entry. On x86_64 _start is in src/start/x86_64/start_c.S, the start
 * code it falls into (no call, no second copy of the registers it hands over); this
 * object only makes the link take it from libc.a. */
	.global _start
	.section .note.GNU-stack, "", @progbits
