/* start_c.S: x86_64's process entry (_start) and start code, the same steps as the
 * generic start_c.c and libc_start.c (read those first), in assembly because every
 * program carries it: GCC's -Os code for the C is about 1,070 bytes, mostly spills,
 * and this 580. _start falls into it (crt1.o only pulls _start from libc.a).
 * Until the relocation is done nothing here loads an address from data. Registers
 * kept throughout: %r15 the initial stack pointer (argc, argv, envp, auxv), %r14 the
 * load base (until the init arrays), %rbx the table below. Small constants are loaded with push and pop
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
 * below 37) as 4-byte slots, then 40 bytes that stay zero. The values used are the
 * relocation tables' addresses and sizes, under 4 GiB: the tables come before the
 * code in the image (even the medium and large code models only put their large data
 * after it). A missing PT_TLS or PT_GNU_RELRO header reads as ZERO, a header whose
 * fields from p_vaddr on are zero: an empty TLS image and an empty RELRO region need
 * no test. %rbx points 120 bytes in, so that every offset fits in a byte. */
#define TLS (-120)
#define RELRO (TLS + 8)
#define AUXV (TLS + 16)
#define ENVP (TLS + 24)
#define DYN (TLS + 32)
#define ZERO (DYN + 37 * 4 - 16)	/* p_vaddr .. p_align are the last 40 bytes */
#define TABLE 224			/* 32 + 37 * 4 + 40, rounded up to 16 */

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
	mov %eax, DYN(%rbx,%rcx,4)
	jmp 3b
4:	/* envp follows argv's null, the auxiliary vector envp's (%rcx is 0 from either
	 * loop above). */
	lea 8(%r15), %rdi
	xor %eax, %eax
	dec %ecx
	repnz scasq
	mov %rdi, ENVP(%rbx)
	repnz scasq
	mov %rdi, AUXV(%rbx)

	/* The TLS layout, as __tls_geometry and __tls_layout compute it (start.h, tcb.h):
	 * %r12 the image's size rounded up to its alignment a (the block's offset below
	 * the thread pointer), %r13 the thread pointer's alignment less one: max(a, 16),
	 * a power of two, is ((a - 1) | 15) + 1. A p_align of 0 means 1. */
	mov 48(%rbp), %rcx		/* p_align */
	jrcxz 1f
	dec %rcx			/* a - 1 */
1:	mov 40(%rbp), %r12		/* p_memsz */
	add %rcx, %r12
	or %rcx, %r12
	xor %rcx, %r12			/* rounded down to a */
	or $15, %cl
	mov %rcx, %r13
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
	rep stosb			/* %rax is 0 from the envp scan; %rsi kept */
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
	mov $SYS_mmap, %al		/* %rax is 0 from the envp scan */
	syscall
6:	/* The thread pointer (%rdx): mem + offset rounded up to its alignment (the
	 * area's size less the TCB's is the offset plus the alignment less one); the
	 * block ends there and gets the image. */
	lea -TCB_SIZE(%rax,%rsi), %rdx
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
	push %rdx
	pop %rsi
	mov $0x1002, %edi		/* ARCH_SET_FS */
	xchg %eax, %ecx			/* %rcx is 0 after the copy */
	mov $SYS_arch_prctl, %al
	syscall
	/* That returned 0: the thread pointer is a canonical address the stores above
	 * have written to. */
	lea TCB_TID(%rdx), %rdi
	mov $SYS_set_tid_address, %al
	syscall
	mov %eax, (%rdi)
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

	/* RELR (-z pack-relative-relocs): an even entry is the address of a word to
	 * relocate and moves the cursor (%rdi) past it; an odd one is a bitmap whose bit
	 * i (from bit 1) relocates the cursor's word i - 1, then the cursor moves 63
	 * words. Both become a bitmap with a stop bit above its last word's bit: the
	 * rotate through a set carry drops the marker bit and puts the stop bit at bit
	 * 63 (an address, shifted, gets it too and loses it again when doubled); an
	 * address then relocates one word: 0b11. */
	mov DYN + DT_RELR * 4(%rbx), %esi
	add %r14, %rsi
	mov DYN + DT_RELRSZ * 4(%rbx), %ecx
	shr $3, %ecx
	jrcxz 15f
11:	lodsq
	stc
	rcr %rax
	jc 13f
	lea (%r14,%rax,2), %rdi
	push $3
	pop %rax
13:	shr %rax			/* carry: this word's bit; zero: the stop bit */
	jz 14f
	jnc 12f
	add %r14, (%rdi)
12:	add $8, %rdi			/* not scasq: it would read the words it skips */
	jmp 13b
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
	mov $R_X86_64_IRELATIVE, %r13b	/* was R_X86_64_RELATIVE */
	call rela

	/* Then the RELRO region becomes read-only, as a dynamic loader would make it:
	 * its start rounded down to a page, its end too (mprotect of 0 bytes does
	 * nothing). A 16-bit and clears the low 12 bits and leaves the rest. */
	mov RELRO(%rbx), %rsi
	mov 16(%rsi), %rdi		/* p_vaddr */
	add %r14, %rdi
	mov 40(%rsi), %rsi		/* p_memsz */
	add %rdi, %rsi
	and $0x10000 - PAGE, %di
	and $0x10000 - PAGE, %si
	sub %rdi, %rsi
	push $1				/* PROT_READ */
	pop %rdx
	push $SYS_mprotect
	pop %rax
	syscall

	/* Stage 2 (libc_start.c in C): in assembly no load of main's or exit's address
	 * can be moved above the relocation.
	 * The preinit array, then the init array, in one walk: at the preinit array's
	 * end the cursor moves to the init array's start, and the walk stops at the
	 * init array's end (equal to its start when empty, which a linker puts after
	 * the preinit array or, lld when it is missing, at the ELF header). */
	lea __preinit_array_start(%rip), %rbp
	lea __preinit_array_end(%rip), %r12
	lea __init_array_start(%rip), %r13
	lea __init_array_end(%rip), %r14
1:	cmp %r12, %rbp
	cmove %r13, %rbp
	cmp %r14, %rbp
	je 2f
	call *(%rbp)
	add $8, %rbp
	jmp 1b
2:	mov (%r15), %edi		/* argc, argv, envp */
	lea 8(%r15), %rsi
	mov ENVP(%rbx), %rdx
	xor %ebp, %ebp			/* main's caller is the outermost frame, for unwinders */
	call main
	xchg %eax, %edi
	call exit
	.size _start, . - _start

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
rela:	mov DYN + DT_RELA * 4(%rbx), %ebp
	mov DYN + DT_RELASZ * 4(%rbx), %r12d
	call one
	mov DYN + DT_JMPREL * 4(%rbx), %ebp
	mov DYN + DT_PLTRELSZ * 4(%rbx), %r12d
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
