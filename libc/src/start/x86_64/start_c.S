/* start_c.S: x86_64's __libc_start_c, the same steps as the generic start_c.c and
 * libc_start.c (read those first), in assembly because every program carries it:
 * GCC's -Os code for the C is about 1,070 bytes, mostly spills, and this 700.
 * Called by _start with the initial stack pointer in %r15 and the dynamic section
 * in %rdx (0 in a static non-PIE), not as the C function start_c.c is. Until the relocation is done nothing here loads
 * an address from data. Registers kept throughout: %r15 the initial stack pointer,
 * %r14 the load base, %rbx the table below. Small constants are loaded with push
 * and pop (3 bytes, where mov takes 5). */
#define AT_PAGESZ 6
#define AT_RANDOM 25
#define DT_PLTRELSZ 2
#define DT_RELA 7
#define DT_RELASZ 8
#define DT_JMPREL 23
#define DT_RELRSZ 35
#define DT_RELR 36
#define PT_TLS 7
#define PT_GNU_RELRO 0x6474e552
#define R_X86_64_RELATIVE 8
#define R_X86_64_IRELATIVE 37
#define SYS_mprotect 10
#define SYS_mmap 9
#define SYS_arch_prctl 158
#define SYS_set_tid_address 218
/* struct __tcb (arch/x86_64/internal/tcb.h; libc_start.c checks these). */
#define TCB_SIZE 128
#define TCB_SELF2 0x10
#define TCB_CANARY 0x28
#define TCB_TID 0x34
#define TCB_MEM 0x38
/* The TCB and TLS block go on the stack below this frame, which lasts until exit,
 * when they take at most this much; else they are mmapped. */
#define STACK_TLS 16384

/* The table, on the stack: what was found, the auxiliary vector's values by type
 * (the types used are below 26), the dynamic section's by tag (below 37). %rbx
 * points 128 bytes in, so that most offsets fit in a byte. */
#define AUXV (-128)			/* the auxiliary vector */
#define TLS (AUXV + 8)			/* the PT_TLS header, or 0 */
#define RELRO (TLS + 8)			/* the PT_GNU_RELRO header, or 0 */
#define AUX (RELRO + 8)
#define DYN (AUX + 26 * 8)
#define TABLE (3 * 8 + 26 * 8 + 37 * 8)	/* 528: a multiple of 16 */

	.text
	.global __libc_start_c
	.hidden __libc_start_c
	.hidden __ehdr_start
	.hidden __preinit_array_start
	.hidden __preinit_array_end
	.hidden __init_array_start
	.hidden __init_array_end
	.type __libc_start_c, @function
__libc_start_c:
	sub $TABLE + 8, %rsp		/* + 8: %rsp is 16-aligned again */
	mov %rsp, %rdi
	lea 128(%rdi), %rbx
	push $TABLE / 8
	pop %rcx
	xor %eax, %eax
	rep stosq
	/* The load base: the ELF header's address, at 0 in a PIE (0 in a static non-PIE,
	 * whose addresses are absolute). */
	xor %r14d, %r14d
	test %rdx, %rdx
	jz 1f
	lea __ehdr_start(%rip), %r14
	mov %rdx, %rsi
	lea DYN(%rbx), %rdi
	push $37
	pop %rdx
	call pairs
1:	/* The auxiliary vector follows envp's null. */
	mov (%r15), %rax
	lea 16(%r15,%rax,8), %rsi
2:	lodsq
	test %rax, %rax
	jnz 2b
	mov %rsi, AUXV(%rbx)
	lea AUX(%rbx), %rdi
	push $26
	pop %rdx
	call pairs

	/* The program headers (there is always one, PT_LOAD), behind the ELF header. */
	lea __ehdr_start(%rip), %rsi
	movzwl 56(%rsi), %ecx		/* e_phnum */
	add 32(%rsi), %rsi		/* e_phoff */
3:	cmpl $PT_TLS, (%rsi)
	jne 4f
	mov %rsi, TLS(%rbx)
4:	cmpl $PT_GNU_RELRO, (%rsi)
	jne 5f
	mov %rsi, RELRO(%rbx)
5:	add $56, %rsi
	loop 3b

	/* The TLS layout, as __tls_geometry and __tls_layout compute it (start.h, tcb.h):
	 * %r12 the block's size rounded up to its alignment (the offset of its start
	 * below the thread pointer), %r13 the alignment of the thread pointer (at least
	 * 16), %rbp the size of the initialised image. */
	mov TLS(%rbx), %rsi
	xor %r12d, %r12d
	xor %ebp, %ebp
	push $1
	pop %rcx
	test %rsi, %rsi
	jz 6f
	mov 40(%rsi), %r12		/* p_memsz */
	mov 32(%rsi), %rbp		/* p_filesz */
	mov 48(%rsi), %rcx		/* p_align; 0 means 1 */
	cmp $1, %rcx
	adc $0, %rcx
6:	lea -1(%r12,%rcx), %r12
	mov %rcx, %r13
	neg %rcx
	and %rcx, %r12
	cmp $16, %r13
	jae 7f
	push $16
	pop %r13
7:	/* The area: block, TCB, and room to align the thread pointer. Zeroed, like an
	 * mmap: .tbss and the TCB's thread fields start at zero. */
	lea TCB_SIZE(%r12,%r13), %rsi
	cmp $STACK_TLS, %rsi
	ja 8f
	sub %rsi, %rsp
	and $-16, %rsp
	mov %rsp, %rdi
	mov %rsi, %rcx
	xor %eax, %eax
	rep stosb
	mov %rsp, %rax
	jmp 9f
8:	/* Failure leaves an error number for a pointer: the stores below fault. */
	xor %edi, %edi
	push $3				/* PROT_READ | PROT_WRITE */
	pop %rdx
	push $0x22			/* MAP_PRIVATE | MAP_ANONYMOUS */
	pop %r10
	or $-1, %r8
	xor %r9d, %r9d
	push $SYS_mmap
	pop %rax
	syscall
9:	/* The thread pointer (%rdx): mem + offset rounded up to the alignment; the
	 * block ends there. */
	lea -1(%rax,%r12), %rdx
	add %r13, %rdx
	neg %r13
	and %r13, %rdx
	mov %rdx, %rdi
	sub %r12, %rdi
	mov %rbp, %rcx
	jrcxz 10f
	mov TLS(%rbx), %rsi
	mov 16(%rsi), %rsi		/* p_vaddr */
	add %r14, %rsi
	rep movsb
10:	mov %rdx, (%rdx)		/* self */
	mov %rdx, TCB_SELF2(%rdx)
	mov %rax, TCB_MEM(%rdx)
	/* The canary comes from AT_RANDOM (the kernel always gives it); its low byte is
	 * zero so a string copy running off a buffer cannot reproduce it. */
	mov AUX + AT_RANDOM * 8(%rbx), %rax
	mov (%rax), %rax
	xor %al, %al
	mov %rax, TCB_CANARY(%rdx)
	lea TCB_TID(%rdx), %rdi
	push $SYS_set_tid_address
	pop %rax
	syscall
	mov %eax, (%rdi)
	lea -TCB_TID(%rdi), %rsi
	mov $0x1002, %edi		/* ARCH_SET_FS */
	mov $SYS_arch_prctl, %eax
	syscall

	/* RELR (-z pack-relative-relocs): an even entry is the address of a word to
	 * relocate and moves the cursor (%rdi) past it; an odd one is a bitmap whose bit
	 * i (from bit 1) relocates the cursor's word i - 1, then the cursor moves 63
	 * words. */
	mov DYN + DT_RELR * 8(%rbx), %rsi
	add %r14, %rsi
	mov DYN + DT_RELRSZ * 8(%rbx), %rcx
	shr $3, %rcx
	jrcxz 15f
11:	lodsq
	test $1, %al
	jnz 12f
	lea (%r14,%rax), %rdi
	add %r14, (%rdi)
	scasq				/* %rdi += 8 */
	jmp 14f
12:	mov %rdi, %rdx
13:	shr %rax			/* the first shift drops the marker bit */
	jz 16f
	test $1, %al
	jz 17f
	add %r14, (%rdx)
17:	add $8, %rdx
	jmp 13b
16:	add $63 * 8, %rdi
14:	loop 11b
15:	push $R_X86_64_RELATIVE
	pop %rbp
	call rela

	/* Relocated: the hooks, then IRELATIVE (a resolver may read relocated data, the
	 * canary or getauxval). */
	mov AUXV(%rbx), %rdi
	mov TLS(%rbx), %rsi
	mov %r14, %rdx
	call __init_libc
	mov (%r15), %rax
	lea 16(%r15,%rax,8), %rdi
	call __init_environ
	mov 8(%r15), %rdi
	call __init_progname
	push $R_X86_64_IRELATIVE
	pop %rbp
	call rela

	/* Then the RELRO region becomes read-only, as a dynamic loader would make it. */
	mov RELRO(%rbx), %rsi
	test %rsi, %rsi
	jz 18f
	mov AUX + AT_PAGESZ * 8(%rbx), %rcx
	neg %rcx
	mov 16(%rsi), %rdi		/* p_vaddr */
	add %r14, %rdi
	mov 40(%rsi), %rsi		/* p_memsz */
	add %rdi, %rsi
	and %rcx, %rdi
	and %rcx, %rsi
	sub %rdi, %rsi
	jbe 18f
	push $1				/* PROT_READ */
	pop %rdx
	push $SYS_mprotect
	pop %rax
	syscall
18:	/* Stage 2 (libc_start.c in C): in assembly no load of main's or exit's address
	 * can be moved above the relocation. */
	lea __preinit_array_start(%rip), %r12
	lea __preinit_array_end(%rip), %r13
	call run
	lea __init_array_start(%rip), %r12
	lea __init_array_end(%rip), %r13
	call run
	mov (%r15), %edi		/* argc, argv, envp */
	lea 8(%r15), %rsi
	lea 16(%r15,%rdi,8), %rdx
	call main
	mov %eax, %edi
	call exit
	.size __libc_start_c, . - __libc_start_c

/* run: calls the functions from %r12 up to %r13. */
	.type run, @function
run:	push %rax			/* %rsp 16-aligned for the calls */
1:	cmp %r13, %r12
	jae 2f
	call *(%r12)
	add $8, %r12
	jmp 1b
2:	pop %rax
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

/* pairs: copies (tag, value) pairs from %rsi, up to tag 0, into the table at %rdi,
 * indexed by tag, for the tags below %rdx. */
	.type pairs, @function
pairs:	lodsq
	xchg %rax, %rcx
	lodsq
	jrcxz 2f
	cmp %rdx, %rcx
	jae pairs
	mov %rax, (%rdi,%rcx,8)
	jmp pairs
2:	ret
	.size pairs, . - pairs

/* rela: applies the RELA relocations of type %ebp, the main table's then the PLT's.
 * Clobbers %r12 and %r13 (free by now); one calls resolvers with %rsp 16-aligned. */
	.type rela, @function
rela:	mov DYN + DT_RELA * 8(%rbx), %r12
	mov DYN + DT_RELASZ * 8(%rbx), %r13
	call one
	mov DYN + DT_JMPREL * 8(%rbx), %r12
	mov DYN + DT_PLTRELSZ * 8(%rbx), %r13
	call one
	ret
one:	add %r14, %r12
	add %r12, %r13
1:	cmp %r13, %r12
	jae 3f
	cmp %ebp, 8(%r12)		/* r_info's low half: the type */
	jne 2f
	mov 16(%r12), %rax		/* r_addend */
	add %r14, %rax
	cmp $R_X86_64_IRELATIVE, %ebp
	jne 4f
	call *%rax
4:	mov (%r12), %rcx		/* r_offset */
	mov %rax, (%r14,%rcx)
2:	add $24, %r12
	jmp 1b
3:	ret
	.size rela, . - rela

	.section .note.GNU-stack, "", @progbits
