/* crt1.S: process entry. On aarch64 _start is in src/start/aarch64/start_c.S, the
 * start code it falls into (no call, no GOT entries); this object only makes the
 * link take it from libc.a. */
	.global _start
	.section .note.GNU-stack, "", %progbits
