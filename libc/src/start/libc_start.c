/* libc_start.c: second stage of process start, after self-relocation. Sets up the
 * thread pointer (TLS and canary), then runs constructors and main. Built without
 * the stack protector: the canary does not exist until this code installs it.
 * Every program links this, so it is kept small: the TCB lives on the stack and
 * what only some programs use (program_invocation_name) is reached weakly. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <elf.h>
#include "libc.h"
#include "reloc.h"
#include "tcb.h"
#include "syscall.h"

int main(int, char **, char **);
extern char **__environ;
/* Weak: a program that never reads them does not link them (nor their relocations). */
extern char *program_invocation_name __attribute__((weak));
extern char *program_invocation_short_name __attribute__((weak));

__hidden struct __libc __libc;

typedef void (*__fn)(void);
extern __hidden const __fn __preinit_array_start[] __attribute__((weak));
extern __hidden const __fn __preinit_array_end[] __attribute__((weak));
extern __hidden const __fn __init_array_start[] __attribute__((weak));
extern __hidden const __fn __init_array_end[] __attribute__((weak));

/* IRELATIVE relocations (from ifunc) get their resolver's answer. They run after
 * TLS exists, as resolvers may use the canary, and may sit in the main table or,
 * for calls, in the PLT's. */
static void irelative(size_t base, const size_t *dyn)
{
	size_t d[DT_JMPREL + 1] = { 0 };
	for (; dyn && dyn[0] != DT_NULL; dyn += 2)
		if (dyn[0] <= DT_JMPREL) d[dyn[0]] = dyn[1];
	for (int k = 0; k < 2; k++) {
		size_t at = base + d[k ? DT_JMPREL : DT_RELA];
		const Elf64_Rela *r = (const void *)at, *e = (const void *)(at + d[k ? DT_PLTRELSZ : DT_RELASZ]);
		for (; r < e; r++)
			if (ELF64_R_TYPE(r->r_info) == REL_IRELATIVE)
				*(size_t *)(base + r->r_offset) = ((size_t (*)(void))(base + r->r_addend))();
	}
}

/* The main thread's TCB and TLS block go on the stack when small, in this function's
 * frame, which lasts until exit: no static buffer in every program. */
#define STACK_TLS 16384

/* base: the load address, found by the first stage. */
__hidden _Noreturn void __libc_start_main_stage2(long *sp, size_t base, const size_t *dyn)
{
	int argc = sp[0];
	char **argv = (char **)(sp + 1), **envp = argv + argc + 1;
	size_t *auxv = (size_t *)envp, aux[AT_MINSIGSTKSZ + 1] = { 0 };
	while (*auxv++);
	for (size_t *a = auxv; a[0]; a += 2)
		if (a[0] <= AT_MINSIGSTKSZ) aux[a[0]] = a[1];
	size_t page = aux[AT_PAGESZ] ? aux[AT_PAGESZ] : 4096;
	__libc.auxv = auxv;
	__libc.page_size = page;
	__libc.secure = aux[AT_SECURE] != 0;

	const Elf64_Phdr *ph = (const void *)aux[AT_PHDR], *tls = 0, *relro = 0;
	for (size_t i = 0; i < aux[AT_PHNUM]; i++) {
		if (ph[i].p_type == PT_TLS) tls = &ph[i];
		else if (ph[i].p_type == PT_GNU_RELRO) relro = &ph[i];
	}
	size_t align = 16, talign = 1, memsz = 0, filesz = 0;
	const unsigned char *image = 0;
	if (tls) {
		memsz = tls->p_memsz;
		filesz = tls->p_filesz;
		image = (const void *)(base + tls->p_vaddr);
		if (tls->p_align > 1) talign = tls->p_align;
		if (talign > align) align = talign;
	}
	/* The arch's tcb.h knows where the linker expects the block relative to the
	 * thread pointer (off) and places the TCB; the TCB is kept 16-aligned at least. */
	size_t off = __TLS_OFFSET(memsz, talign);
	size_t need = __TLS_AREA(off, memsz) + sizeof(struct __tcb) + align;
	unsigned char *mem;
	if (need <= STACK_TLS) {
		/* Zeroed like an mmap: .tbss and the TCB's thread fields start at zero. */
		mem = __builtin_alloca(need);
		for (size_t i = 0; i < need; i++) mem[i] = 0;
	} else {
		long r = __syscall(SYS_mmap, 0, need, 3 /* RW */, 0x22 /* PRIVATE|ANON */, -1, 0);
		if ((unsigned long)r > -4096UL) __syscall(SYS_exit_group, 127);
		mem = (void *)r;
	}
	unsigned char *block;
	uintptr_t tp = __tls_layout((uintptr_t)mem, off, align, &block);
	for (size_t i = 0; i < filesz; i++) block[i] = image[i];

	struct __tcb *t = __TCB_AT(tp);
	t->self = t->self2 = t;
	t->tls_mem = mem;
	/* The canary comes from AT_RANDOM; its low byte is zero so a string copy
	 * running off a buffer cannot reproduce it. */
	uintptr_t c = 0;
	if (aux[AT_RANDOM])
		__builtin_memcpy(&c, (const void *)aux[AT_RANDOM], sizeof c);
	__SET_CANARY(t, c & ~(uintptr_t)0xff);
	t->tid = __syscall(SYS_set_tid_address, &t->tid);
	__libc.tls_memsz = memsz;
	__libc.tls_filesz = filesz;
	__libc.tls_align = align;
	__libc.tls_size = need;
	__libc.tls_offset = off;
	__libc.tls_image = image;
	if (__SET_TP(tp) < 0)
		__syscall(SYS_exit_group, 127);

	/* Then the RELRO region becomes read-only, as a dynamic loader would make it. */
	irelative(base, dyn);
	if (relro) {
		size_t start = (base + relro->p_vaddr) & -page;
		size_t end = (base + relro->p_vaddr + relro->p_memsz) & -page;
		if (end > start) __syscall(SYS_mprotect, start, end - start, 1 /* PROT_READ */);
	}

	__environ = envp;
	if (argv[0] && &program_invocation_name) {
		char *s = argv[0], *b = s;
		for (; *s; s++) if (*s == '/') b = s + 1;
		program_invocation_name = argv[0];
		program_invocation_short_name = b;
	}
	for (const __fn *f = __preinit_array_start; f < __preinit_array_end; f++) (*f)();
	for (const __fn *f = __init_array_start; f < __init_array_end; f++) (*f)();
	exit(main(argc, argv, envp));
}
