/* start_c.S: x86_64's process entry (_start) and start code, the same steps as the
 * generic start_c.c and libc_start.c (read those first), in assembly because every
 * program carries it: GCC's -Os code for the C is about 1,070 bytes, mostly spills,
 * and this 629. _start falls into it (crt1.o only pulls _start from libc.a).
 * Until the relocation is done nothing here loads an address from data. Registers
 * kept throughout: %r15 the initial stack pointer (argc, argv, envp, auxv), %r14 the
 * load base, %rbx the table below. Small constants are loaded with push and pop
 * (3 bytes, where mov takes 5), register copies too where they are low registers. */
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
/* x86_64 Linux pages are always 4 KiB (AT_PAGESZ is 4096 there). */
#define PAGE 4096
/* struct __tcb (arch/x86_64/internal/tcb.h; libc_start.c checks these). */
#define TCB_SIZE 128
#define TCB_SELF2 0x10
#define TCB_CANARY 0x28
#define TCB_TID 0x34
#define TCB_MEM 0x38
/* The TCB and TLS block go on the stack below this frame, which lasts until exit,
 * when they take at most this much; else they are mmapped. */
#define STACK_TLS 16384

/* The table, pushed on the stack as zeros: the PT_TLS and PT_GNU_RELRO headers, the
 * auxiliary vector and envp, the dynamic section's values by tag (the tags used are
 * below 37), then five words that stay zero. A missing PT_TLS or PT_GNU_RELRO header
 * reads as ZERO, a header whose fields from p_vaddr on are zero: an empty TLS image
 * and an empty RELRO region need no test. %rbx points 120 bytes in, so that most
 * offsets fit in a byte. */
#define TLS (-120)
#define RELRO (TLS + 8)
#define AUXV (TLS + 16)
#define ENVP (TLS + 24)
#define DYN (TLS + 32)
#define ZERO (DYN + 35 * 8)		/* p_vaddr .. p_align are the last five words */
#define TABLE ((4 + 37 + 5) * 8)	/* 368: a multiple of 16 */

	.text
	.global _start
	.hidden __ehdr_start
	.weak _DYNAMIC
	.hidden _DYNAMIC
	.hidden __preinit_array_start
	.hidden __preinit_array_end
	.hidden __init_array_start
	.hidden __init_array_end
	.type _start, @function
/* The kernel leaves argc at (%rsp), then argv, envp and auxv, with %rsp 16-aligned
 * (the psABI's promise at process entry); %rdx may hold a function for atexit (only
 * from a dynamic loader, which a static PIE never has). */
_start:
	xor %ebp, %ebp			/* outermost frame, for debuggers and unwinders */
	mov %rsp, %r15
	push $TABLE / 8
	pop %rcx
1:	push $0
	loop 1b
	lea -TLS(%rsp), %rbx

	/* The program headers (there is always one, PT_LOAD), behind the ELF header:
	 * PT_TLS to %rbp (kept until the image is copied), PT_GNU_RELRO to %rdi. */
	lea ZERO(%rbx), %rbp
	push %rbp
	pop %rdi
	lea __ehdr_start(%rip), %r14
	mov %r14, %rsi
	movzwl 56(%rsi), %ecx		/* e_phnum */
	add 32(%rsi), %rsi		/* e_phoff */
2:	cmpl $PT_TLS, (%rsi)
	cmove %rsi, %rbp
	cmpl $PT_GNU_RELRO, (%rsi)
	cmove %rsi, %rdi
	add $56, %rsi
	loop 2b
	mov %rbp, TLS(%rbx)
	mov %rdi, RELRO(%rbx)

	/* The load base: the ELF header's address, at 0 in a PIE (0 in a static non-PIE,
	 * whose addresses are absolute and which has no _DYNAMIC). The dynamic section's
	 * (tag, value) pairs go to the table by tag, up to DT_NULL. */
	lea _DYNAMIC(%rip), %rsi
	test %rsi, %rsi
	cmovz %rsi, %r14
	jz 4f
3:	lodsq
	xchg %rax, %rcx
	lodsq
	jrcxz 4f
	cmp $37, %ecx			/* every tag there is fits in 32 bits */
	jae 3b
	mov %rax, DYN(%rbx,%rcx,8)
	jmp 3b
4:	/* envp follows argv's null, the auxiliary vector envp's. */
	mov (%r15), %rax
	lea 16(%r15,%rax,8), %rsi
	mov %rsi, ENVP(%rbx)
5:	lodsq
	test %rax, %rax
	jnz 5b
	mov %rsi, AUXV(%rbx)

	/* The TLS layout, as __tls_geometry and __tls_layout compute it (start.h, tcb.h):
	 * %r12 the image's size rounded up to its alignment a (the block's offset below
	 * the thread pointer), %r13 the thread pointer's alignment less one: max(a, 16),
	 * a power of two, is ((a - 1) | 15) + 1. A p_align of 0 means 1. */
	mov 48(%rbp), %rcx		/* p_align */
	sub $1, %rcx
	adc $0, %rcx			/* a - 1 */
	mov 40(%rbp), %r12		/* p_memsz */
	add %rcx, %r12
	mov %rcx, %r13
	not %rcx
	and %rcx, %r12
	or $15, %r13
	/* The area: block, up to %r13 bytes to align the thread pointer, TCB. Zeroed,
	 * like an mmap: .tbss and the TCB's thread fields start at zero. */
	lea TCB_SIZE(%r12,%r13), %rsi
	cmp $STACK_TLS, %rsi
	ja 5f
	sub %rsi, %rsp
	and $-16, %rsp
	push %rsp
	pop %rdi
	push %rsi
	pop %rcx
	rep stosb			/* %rax is 0 from the envp scan */
	push %rsp
	pop %rax
	jmp 6f
5:	/* Failure leaves an error number for a pointer: the stores below fault. */
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
6:	/* The thread pointer (%rdx): mem + offset rounded up to its alignment; the
	 * block ends there and gets the image. */
	lea (%rax,%r12), %rdx
	add %r13, %rdx
	not %r13
	and %r13, %rdx
	push %rdx
	pop %rdi
	sub %r12, %rdi
	mov 32(%rbp), %rcx		/* p_filesz */
	mov 16(%rbp), %rsi		/* p_vaddr */
	add %r14, %rsi
	rep movsb
	mov %rdx, (%rdx)		/* self */
	mov %rdx, TCB_SELF2(%rdx)
	mov %rax, TCB_MEM(%rdx)
	/* The canary comes from AT_RANDOM (the kernel always gives it); its low byte is
	 * zero so a string copy running off a buffer cannot reproduce it. */
	mov AUXV(%rbx), %rsi
7:	lodsq
	xchg %rax, %rcx
	lodsq
	jrcxz 8f
	cmp $AT_RANDOM, %ecx
	jne 7b
8:	mov (%rax), %rax
	xor %al, %al
	mov %rax, TCB_CANARY(%rdx)
	lea TCB_TID(%rdx), %rdi
	mov $SYS_set_tid_address, %eax
	syscall
	mov %eax, (%rdi)
	push %rdx
	pop %rsi
	mov $0x1002, %edi		/* ARCH_SET_FS */
	xor %eax, %eax
	mov $SYS_arch_prctl, %al
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
12:	push %rdi
	pop %rdx
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
	pop %r13
	call rela

	/* Relocated: the hooks, then IRELATIVE (a resolver may read relocated data, the
	 * canary or getauxval). */
	mov AUXV(%rbx), %rdi
	mov TLS(%rbx), %rsi
	mov %r14, %rdx
	call __init_libc
	mov ENVP(%rbx), %rdi
	call __init_environ
	mov 8(%r15), %rdi
	call __init_progname
	push $R_X86_64_IRELATIVE
	pop %r13
	call rela

	/* Then the RELRO region becomes read-only, as a dynamic loader would make it:
	 * its start rounded down to a page, its end too (mprotect of 0 bytes does
	 * nothing). */
	mov RELRO(%rbx), %rsi
	mov 16(%rsi), %rdi		/* p_vaddr */
	add %r14, %rdi
	mov 40(%rsi), %rsi		/* p_memsz */
	add %rdi, %rsi
	push $-PAGE
	pop %rcx
	and %rcx, %rdi
	and %rcx, %rsi
	sub %rdi, %rsi
	push $1				/* PROT_READ */
	pop %rdx
	push $SYS_mprotect
	pop %rax
	syscall

	/* Stage 2 (libc_start.c in C): in assembly no load of main's or exit's address
	 * can be moved above the relocation. */
	lea __preinit_array_start(%rip), %rbp
	lea __preinit_array_end(%rip), %r13
	call run
	lea __init_array_start(%rip), %rbp
	lea __init_array_end(%rip), %r13
	call run
	mov (%r15), %edi		/* argc, argv, envp */
	lea 8(%r15), %rsi
	mov ENVP(%rbx), %rdx
	call main
	xchg %eax, %edi
	call exit
	.size _start, . - _start

/* run: calls the functions from %rbp up to %r13. */
	.type run, @function
run:	push %rax			/* %rsp 16-aligned for the calls */
1:	cmp %r13, %rbp
	jae 2f
	call *(%rbp)
	add $8, %rbp
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

/* rela: applies the RELA relocations of type %r13d, the main table's then the PLT's.
 * Clobbers %rbp and %r12 (free by now); one calls resolvers with %rsp 16-aligned. */
	.type rela, @function
rela:	mov DYN + DT_RELA * 8(%rbx), %rbp
	mov DYN + DT_RELASZ * 8(%rbx), %r12
	call one
	mov DYN + DT_JMPREL * 8(%rbx), %rbp
	mov DYN + DT_PLTRELSZ * 8(%rbx), %r12
	call one
	ret
one:	add %r14, %rbp
	add %rbp, %r12
1:	cmp %r12, %rbp
	jae 3f
	cmp %r13d, 8(%rbp)		/* r_info's low half: the type */
	jne 2f
	mov 16(%rbp), %rax		/* r_addend */
	add %r14, %rax
	cmp $R_X86_64_IRELATIVE, %r13d
	jne 4f
	call *%rax
4:	mov (%rbp), %rcx		/* r_offset */
	mov %rax, (%r14,%rcx)
2:	add $24, %rbp
	jmp 1b
3:	ret
	.size rela, . - rela

	.section .note.GNU-stack, "", @progbits
