/* start_c.c: the first C code of the process, called by _start with the initial stack
 * pointer and the dynamic section. It sets up the thread pointer (TLS, canary),
 * relocates the program, hands the process state to the parts of libc that keep it,
 * applies IRELATIVE and makes RELRO read-only; stage 2 (libc_start.c) then runs the
 * constructors and main. Until the relocation is done no code may load an address
 * from data: everything this file touches is hidden (PC-relative) or on the stack, it
 * has no arrays (on aarch64 GCC clears one with a call to memset, through the GOT),
 * and it is built without the stack protector (the canary does not exist yet).
 * Every program links this, so it keeps only what every program needs: the TCB lives
 * on the stack, and the state that only some parts of libc read (struct __libc,
 * environ, program_invocation_name) goes through hooks that are empty here and
 * replaced by the object that defines that state, when a program links it (a direct
 * call, where a weak reference would cost a GOT entry; defined here, where they are
 * called, as a reference from another object would pull the owner from the archive).
 * x86_64 and aarch64 have this file and libc_start.c in assembly (<arch>/start_c.S,
 * with _start), for size: this is the portable version. */
#include <stddef.h>
#include <stdint.h>
#include <elf.h>
#include "libc.h"
#include "reloc.h"
#include "syscall.h"
#include "start.h"

static void no_libc(size_t *auxv, const void *tls, size_t base) { (void)auxv; (void)tls; (void)base; }
static void no_environ(char **envp) { (void)envp; }
static void no_progname(char *argv0) { (void)argv0; }
__attribute__((weak, alias("no_libc"))) void __init_libc(size_t *, const void *, size_t);
__attribute__((weak, alias("no_environ"))) void __init_environ(char **);
__attribute__((weak, alias("no_progname"))) void __init_progname(char *);

/* Where the linker put the ELF header: the start of the first segment, at address 0
 * in a PIE, so its run-time address is the load base (glibc finds it the same way).
 * The program headers follow it. */
extern __hidden const Elf64_Ehdr __ehdr_start;

/* The relocations of one type: RELATIVE ones (RELR and RELA) first, then, once the
 * hooks have run, IRELATIVE ones (a resolver may read relocated data, the canary or
 * getauxval). One function for both keeps the start code small. */
__attribute__((noinline)) static void relocate(size_t base, const size_t *dyn, size_t type)
{
	size_t rela = 0, relasz = 0, jmprel = 0, pltrelsz = 0, relr = 0, relrsz = 0;
	for (; dyn && dyn[0] != DT_NULL; dyn += 2)
		if (dyn[0] == DT_RELA) rela = dyn[1];
		else if (dyn[0] == DT_RELASZ) relasz = dyn[1];
		else if (dyn[0] == DT_JMPREL) jmprel = dyn[1];
		else if (dyn[0] == DT_PLTRELSZ) pltrelsz = dyn[1];
		else if (dyn[0] == DT_RELR) relr = dyn[1];
		else if (dyn[0] == DT_RELRSZ) relrsz = dyn[1];
	if (type == REL_RELATIVE) {
		/* RELR (-z pack-relative-relocs): an even entry is the address of a word to
		 * relocate and moves the cursor past it; an odd one is a bitmap whose bit i
		 * (from bit 1) relocates the cursor's word i - 1, then the cursor moves 63
		 * words. */
		size_t *where = 0;
		for (size_t *p = (size_t *)(base + relr), *e = (size_t *)((char *)p + relrsz); p < e; p++) {
			size_t w = *p;
			if (!(w & 1)) {
				where = (size_t *)(base + w);
				*where++ += base;
			} else {
				for (size_t *q = where; w >>= 1; q++)
					if (w & 1) *q += base;
				where += 8 * sizeof w - 1;
			}
		}
	}
	/* The main table, then the PLT's. */
	for (int k = 0; k < 2; k++, rela = jmprel, relasz = pltrelsz) {
		const Elf64_Rela *r = (const void *)(base + rela);
		for (const Elf64_Rela *e = (const void *)(base + rela + relasz); r < e; r++)
			if (ELF64_R_TYPE(r->r_info) == type) {
				size_t v = base + r->r_addend;
				if (type == REL_IRELATIVE) v = ((size_t (*)(void))v)();
				*(size_t *)(base + r->r_offset) = v;
			}
	}
}

/* The main thread's TCB and TLS block go on the stack when small, in this function's
 * frame, which lasts until exit: no static buffer in every program. */
#define STACK_TLS 16384

__hidden _Noreturn void __libc_start_c(long *sp, const size_t *dyn)
{
	size_t base = dyn ? (size_t)&__ehdr_start : 0;
	char **argv = (char **)(sp + 1), **envp = argv + sp[0] + 1;
	size_t *auxv = (size_t *)envp, page = 0, rnd = 0;
	while (*auxv++);
	for (size_t *a = auxv; a[0]; a += 2)
		if (a[0] == AT_PAGESZ) page = a[1];
		else if (a[0] == AT_RANDOM) rnd = a[1];

	const Elf64_Phdr *ph = (const void *)((const char *)&__ehdr_start + __ehdr_start.e_phoff);
	const Elf64_Phdr *tls = 0, *relro = 0;
	for (int i = __ehdr_start.e_phnum; i--; ph++)
		if (ph->p_type == PT_TLS) tls = ph;
		else if (ph->p_type == PT_GNU_RELRO) relro = ph;

	struct __libc l;
	__tls_geometry(&l, tls, base);
	unsigned char *mem;
	if (l.tls_size <= STACK_TLS) {
		/* Zeroed like an mmap: .tbss and the TCB's thread fields start at zero. */
		mem = __builtin_alloca(l.tls_size);
		for (size_t i = 0; i < l.tls_size; i++) mem[i] = 0;
	} else {
		/* Failure leaves an error number for a pointer: the copy below faults. */
		mem = (void *)__syscall(SYS_mmap, 0, l.tls_size, 3 /* RW */, 0x22 /* PRIVATE|ANON */, -1, 0);
	}
	unsigned char *block;
	uintptr_t tp = __tls_layout((uintptr_t)mem, l.tls_offset, l.tls_align, &block);
	for (size_t i = 0; i < l.tls_filesz; i++) block[i] = ((const unsigned char *)l.tls_image)[i];

	struct __tcb *t = __TCB_AT(tp);
	t->self = t->self2 = t;
	t->tls_mem = mem;
	t->tid = __syscall(SYS_set_tid_address, &t->tid);
	__SET_TP(tp);

	relocate(base, dyn, REL_RELATIVE);
	/* Keep the compiler from moving any later load above the relocation. */
	__asm__ volatile ("" ::: "memory");
	/* The canary comes from AT_RANDOM (the kernel always gives it); its low byte is
	 * zero so a string copy running off a buffer cannot reproduce it. Set once
	 * relocated: on aarch64 it goes to a global, through the GOT. */
	__SET_CANARY(t, *(uintptr_t *)rnd & ~(uintptr_t)0xff);
	__init_libc(auxv, tls, base);
	__init_environ(envp);
	__init_progname(argv[0]);
	relocate(base, dyn, REL_IRELATIVE);
	/* Then the RELRO region becomes read-only, as a dynamic loader would make it. */
	if (relro) {
		size_t start = (base + relro->p_vaddr) & -page;
		size_t end = (base + relro->p_vaddr + relro->p_memsz) & -page;
		if (end > start) __syscall(SYS_mprotect, start, end - start, 1 /* PROT_READ */);
	}
	__libc_start_main_stage2(sp);
}
