/* start_c.S: aarch64's process entry (_start) and start code, the same steps as the
 * generic start_c.c and libc_start.c (read those first), in assembly because every
 * program carries it: GCC's -Os code for the C is about 1,200 bytes, this 824, and
 * the C needs GOT entries (each with a RELATIVE relocation) for main, exit and
 * __stack_chk_guard, which this reaches PC-relative. _start falls into it (crt1.o
 * only pulls _start from libc.a). Until the relocation is done nothing here loads an
 * address from data. Registers kept throughout: x19 the initial stack pointer (argc, argv, envp,
 * auxv), x20 the table below, x21 the load base, x22 envp, x23 the auxiliary vector,
 * x26 the PT_TLS header, x27 the PT_GNU_RELRO header. */
#define AT_PAGESZ 6
#define AT_RANDOM 25
#define DT_PLTRELSZ 2
#define DT_RELA 7
#define DT_RELASZ 8
#define DT_JMPREL 23
#define DT_RELRSZ 35
#define DT_RELR 36
#define PT_TLS 7
#define R_AARCH64_RELATIVE 1027
#define R_AARCH64_IRELATIVE 1032
#define SYS_set_tid_address 96
#define SYS_mmap 222
#define SYS_mprotect 226
/* struct __tcb (arch/aarch64/internal/tcb.h; libc_start.c checks these): it ends
 * at the thread pointer. */
#define TCB_SIZE 128
#define TCB_SELF2 0x10
#define TCB_CANARY 0x28
#define TCB_TID 0x34
#define TCB_MEM 0x38
/* The TCB and TLS block go on the stack below this frame, which lasts until exit,
 * when they take at most this much; else they are mmapped. */
#define STACK_TLS 16384

/* The table, on the stack, zeroed: the dynamic section's values by tag (the tags
 * used are below 37), the page size, then five words that stay zero. A missing PT_TLS
 * or PT_GNU_RELRO header reads as ZERO, a header whose fields from p_vaddr on are
 * zero: an empty TLS image and an empty RELRO region need no test. */
#define PAGESZ (37 * 8)
#define ZERO (36 * 8)			/* p_vaddr .. p_align are the last five words */
#define TABLE (44 * 8)			/* 352: a multiple of 16 */

	.text
	.global _start
	.hidden __ehdr_start
	.weak _DYNAMIC
	.hidden _DYNAMIC
	.hidden __preinit_array_start
	.hidden __preinit_array_end
	.hidden __init_array_start
	.hidden __init_array_end
	.type _start, %function
/* The kernel leaves argc at [sp], then argv, envp and auxv, with sp 16-aligned; x0 may
 * hold a function for atexit (only from a dynamic loader, which a static PIE never
 * has). */
_start:
	mov x29, #0			/* outermost frame, for debuggers and unwinders */
	mov x19, sp
	sub sp, sp, #TABLE
	mov x20, sp
	mov x0, sp
1:	stp xzr, xzr, [x0], #16
	cmp x0, x19
	b.lo 1b
	/* The load base: the ELF header's address, at 0 in a PIE (0 in a static non-PIE,
	 * whose addresses are absolute and which has no _DYNAMIC). The dynamic section's
	 * (tag, value) pairs go to the table by tag, up to DT_NULL. */
	mov x21, #0
	adrp x0, _DYNAMIC
	add x0, x0, #:lo12:_DYNAMIC
	cbz x0, 3f
	adrp x21, __ehdr_start
	add x21, x21, #:lo12:__ehdr_start
2:	ldp x1, x2, [x0], #16
	cbz x1, 3f
	cmp x1, #37
	b.hs 2b
	str x2, [x20, x1, lsl #3]
	b 2b
3:	/* envp follows argv's null, the auxiliary vector envp's: AT_PAGESZ to the table,
	 * AT_RANDOM to x25. */
	ldr x0, [x19]
	add x22, x19, x0, lsl #3
	add x22, x22, #16
	mov x0, x22
4:	ldr x1, [x0], #8
	cbnz x1, 4b
	mov x23, x0
	mov x25, #0
5:	ldp x1, x2, [x0], #16
	cbz x1, 6f
	cmp x1, #AT_PAGESZ
	b.ne 55f
	str x2, [x20, #PAGESZ]
55:	cmp x1, #AT_RANDOM
	csel x25, x2, x25, eq
	b 5b

6:	/* The program headers (there is always one, PT_LOAD), behind the ELF header. */
	add x26, x20, #ZERO
	mov x27, x26
	adrp x0, __ehdr_start
	add x0, x0, #:lo12:__ehdr_start
	ldrh w1, [x0, #56]		/* e_phnum */
	ldr x2, [x0, #32]		/* e_phoff */
	add x0, x0, x2
	mov w3, #0xe552			/* PT_GNU_RELRO */
	movk w3, #0x6474, lsl #16
7:	ldr w2, [x0]
	cmp w2, #PT_TLS
	csel x26, x0, x26, eq
	cmp w2, w3
	csel x27, x0, x27, eq
	add x0, x0, #56
	subs w1, w1, #1
	b.ne 7b

	/* The TLS layout, as __tls_geometry, __TLS_OFFSET and __tls_layout compute it
	 * (start.h, tcb.h): x10 the image's alignment a less one (a p_align of 0 means
	 * 1), x11 the thread pointer's alignment less one (max(a, 16), a power of two, is
	 * ((a - 1) | 15) + 1), x12 the block's offset above the thread pointer (the ABI's
	 * 16-byte header rounded up to a), x14 the area: TCB, room to align the thread
	 * pointer, block. Zeroed, like an mmap: .tbss and the TCB's thread fields start
	 * at zero. */
	ldr x10, [x26, #48]		/* p_align */
	subs x10, x10, #1
	csel x10, xzr, x10, lo
	orr x11, x10, #15
	add x12, x10, #16
	bic x12, x12, x10
	ldr x13, [x26, #40]		/* p_memsz */
	add x14, x12, x13
	add x14, x14, x11
	add x14, x14, #TCB_SIZE + 1
	cmp x14, #STACK_TLS
	b.hi 8f
	sub x0, sp, x14
	and sp, x0, #-16
	mov x15, sp
	mov x0, sp
81:	stp xzr, xzr, [x0], #16
	cmp x0, x20
	b.lo 81b
	b 9f
8:	/* Failure leaves an error number for a pointer: the stores below fault. */
	mov x0, #0
	mov x1, x14
	mov x2, #3			/* PROT_READ | PROT_WRITE */
	mov x3, #0x22			/* MAP_PRIVATE | MAP_ANONYMOUS */
	mov x4, #-1
	mov x5, #0
	mov x8, #SYS_mmap
	svc #0
	mov x15, x0
9:	/* The thread pointer (x16): past the TCB, rounded up to its alignment; the block
	 * (x0) gets the image. */
	add x16, x15, #TCB_SIZE
	add x16, x16, x11
	bic x16, x16, x11
	add x0, x16, x12
	ldr x1, [x26, #16]		/* p_vaddr */
	add x1, x1, x21
	ldr x2, [x26, #32]		/* p_filesz */
	cbz x2, 11f
10:	ldrb w3, [x1], #1
	strb w3, [x0], #1
	subs x2, x2, #1
	b.ne 10b
11:	sub x17, x16, #TCB_SIZE
	str x17, [x17]			/* self */
	str x17, [x17, #TCB_SELF2]
	str x15, [x17, #TCB_MEM]
	/* The canary comes from AT_RANDOM (the kernel always gives it); its low byte is
	 * zero so a string copy running off a buffer cannot reproduce it. GCC reads it
	 * from __stack_chk_guard, written here PC-relative. */
	ldr x0, [x25]
	and x0, x0, #~0xff
	str x0, [x17, #TCB_CANARY]
	adrp x1, __stack_chk_guard
	str x0, [x1, #:lo12:__stack_chk_guard]
	add x0, x17, #TCB_TID
	mov x8, #SYS_set_tid_address
	svc #0
	str w0, [x17, #TCB_TID]
	msr tpidr_el0, x16

	/* RELR (-z pack-relative-relocs): an even entry is the address of a word to
	 * relocate and moves the cursor (x4) past it; an odd one is a bitmap whose bit i
	 * (from bit 1) relocates the cursor's word i - 1, then the cursor moves 63
	 * words. */
	ldr x0, [x20, #DT_RELR * 8]
	add x0, x0, x21
	ldr x1, [x20, #DT_RELRSZ * 8]
	add x1, x1, x0
12:	cmp x0, x1
	b.hs 16f
	ldr x2, [x0], #8
	tbnz x2, #0, 13f
	add x4, x21, x2
	ldr x3, [x4]
	add x3, x3, x21
	str x3, [x4], #8
	b 12b
13:	mov x5, x4
14:	lsr x2, x2, #1			/* the first shift drops the marker bit */
	cbz x2, 15f
	tbz x2, #0, 145f
	ldr x3, [x5]
	add x3, x3, x21
	str x3, [x5]
145:	add x5, x5, #8
	b 14b
15:	add x4, x4, #63 * 8
	b 12b
16:	mov w28, #R_AARCH64_RELATIVE
	bl rela

	/* Relocated: the hooks, then IRELATIVE (a resolver may read relocated data, the
	 * canary or getauxval). */
	mov x0, x23
	mov x1, x26
	mov x2, x21
	bl __init_libc
	mov x0, x22
	bl __init_environ
	ldr x0, [x19, #8]
	bl __init_progname
	mov w28, #R_AARCH64_IRELATIVE
	bl rela

	/* Then the RELRO region becomes read-only, as a dynamic loader would make it:
	 * its start rounded down to a page, its end too (mprotect of 0 bytes does
	 * nothing). */
	ldr x0, [x27, #16]		/* p_vaddr */
	add x0, x0, x21
	ldr x1, [x27, #40]		/* p_memsz */
	add x1, x1, x0
	ldr x2, [x20, #PAGESZ]
	neg x2, x2
	and x0, x0, x2
	and x1, x1, x2
	sub x1, x1, x0
	mov x2, #1			/* PROT_READ */
	mov x8, #SYS_mprotect
	svc #0

	/* Stage 2 (libc_start.c in C): in assembly main and exit are reached without a
	 * GOT entry, and no load of them can be moved above the relocation. */
	adrp x24, __preinit_array_start
	add x24, x24, #:lo12:__preinit_array_start
	adrp x25, __preinit_array_end
	add x25, x25, #:lo12:__preinit_array_end
	bl run
	adrp x24, __init_array_start
	add x24, x24, #:lo12:__init_array_start
	adrp x25, __init_array_end
	add x25, x25, #:lo12:__init_array_end
	bl run
	ldr w0, [x19]			/* argc, argv, envp */
	add x1, x19, #8
	mov x2, x22
	bl main
	bl exit
	.size _start, . - _start

/* run: calls the functions from x24 up to x25. */
	.type run, %function
run:	stp x29, x30, [sp, #-16]!
1:	cmp x24, x25
	b.hs 2f
	ldr x0, [x24], #8
	blr x0
	b 1b
2:	ldp x29, x30, [sp], #16
	ret
	.size run, . - run

/* The hooks of libc_start.c's comment, empty unless the object owning the state is
 * linked; weak here, where they are called, as a reference from this object would
 * pull that object out of the archive. */
	.weak __init_libc
	.weak __init_environ
	.weak __init_progname
	.hidden __init_libc
	.hidden __init_environ
	.hidden __init_progname
__init_libc:
__init_environ:
__init_progname:
	ret

/* rela: applies the RELA relocations of type w28, the main table's then the PLT's.
 * Clobbers x24 and x25 (free by now). */
	.type rela, %function
rela:	stp x29, x30, [sp, #-16]!
	ldr x24, [x20, #DT_RELA * 8]
	ldr x25, [x20, #DT_RELASZ * 8]
	bl 1f
	ldr x24, [x20, #DT_JMPREL * 8]
	ldr x25, [x20, #DT_PLTRELSZ * 8]
	ldp x29, x30, [sp], #16		/* the PLT's table returns to rela's caller */
1:	stp x29, x30, [sp, #-16]!
	add x24, x24, x21
	add x25, x25, x24
2:	cmp x24, x25
	b.hs 4f
	ldr w1, [x24, #8]		/* r_info's low half: the type */
	cmp w1, w28
	b.ne 3f
	ldr x0, [x24, #16]		/* r_addend */
	add x0, x0, x21
	cmp w28, #R_AARCH64_IRELATIVE
	b.ne 31f
	blr x0
31:	ldr x1, [x24]			/* r_offset */
	str x0, [x21, x1]
3:	add x24, x24, #24
	b 2b
4:	ldp x29, x30, [sp], #16
	ret
	.size rela, . - rela

	.section .note.GNU-stack, "", %progbits
