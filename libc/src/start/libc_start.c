/* libc_start.c: second stage of process start, after self-relocation. Sets up the
 * thread pointer (TLS and canary), then runs constructors and main. Built without
 * the stack protector: the canary does not exist until this code installs it. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <elf.h>
#include "libc.h"
#include "reloc.h"
#include "tcb.h"
#include "syscall.h"

#define ARCH_SET_FS 0x1002

int main(int, char **, char **);
extern char **__environ;
extern char *program_invocation_name, *program_invocation_short_name;

__hidden struct __libc __libc;

typedef void (*__fn)(void);
extern __hidden const __fn __preinit_array_start[] __attribute__((weak));
extern __hidden const __fn __preinit_array_end[] __attribute__((weak));
extern __hidden const __fn __init_array_start[] __attribute__((weak));
extern __hidden const __fn __init_array_end[] __attribute__((weak));

/* Enough for the TCB and a small TLS image without a system call; bigger images
 * get an mmap. */
static _Alignas(64) unsigned char builtin_tls[1024];

static void init_tls(size_t *aux, size_t base)
{
	const Elf64_Phdr *ph = (const void *)aux[AT_PHDR];
	size_t align = 16, talign = 1;
	const Elf64_Phdr *tls = 0;
	for (size_t i = 0; i < aux[AT_PHNUM]; i++) {
		if (ph[i].p_type == PT_TLS) tls = &ph[i];
	}
	size_t memsz = 0, filesz = 0;
	const unsigned char *image = 0;
	if (tls) {
		memsz = tls->p_memsz;
		filesz = tls->p_filesz;
		image = (const void *)(base + tls->p_vaddr);
		if (tls->p_align > 1) talign = tls->p_align;
		if (talign > align) align = talign;
	}
	/* Variant II: the block ends where the TCB starts, and the linker computed
	 * every offset from the end of the block rounded up to the segment's own
	 * alignment; the TCB itself is kept 16-aligned at least. */
	size_t off = (memsz + talign - 1) & -talign;
	size_t need = off + sizeof(struct __tcb) + align;
	unsigned char *mem = builtin_tls;
	if (need > sizeof builtin_tls) {
		long r = __syscall(SYS_mmap, 0, need, 3 /* RW */, 0x22 /* PRIVATE|ANON */, -1, 0);
		if ((unsigned long)r > -4096UL) __syscall(SYS_exit_group, 127);
		mem = (void *)r;
	}
	uintptr_t tp = ((uintptr_t)mem + off + align - 1) & -align;
	unsigned char *block = (unsigned char *)tp - off;
	for (size_t i = 0; i < filesz; i++) block[i] = image[i];

	struct __tcb *t = (void *)tp;
	t->self = t->self2 = t;
	t->tls_mem = mem;
	/* The canary comes from AT_RANDOM; its low byte is zero so a string copy
	 * running off a buffer cannot reproduce it. */
	const unsigned char *rnd = (const void *)aux[AT_RANDOM];
	uintptr_t c = 0;
	if (rnd)
		for (int i = 7; i > 0; i--) c = c << 8 | rnd[i];
	t->canary = c << 8;
	t->tid = __syscall(SYS_set_tid_address, &t->tid);

	__libc.tls_memsz = memsz;
	__libc.tls_filesz = filesz;
	__libc.tls_align = align;
	__libc.tls_size = need;
	__libc.tls_offset = off;
	__libc.tls_image = image;
	if (__syscall(SYS_arch_prctl, ARCH_SET_FS, tp) < 0)
		__syscall(SYS_exit_group, 127);
}

/* After TLS exists (resolvers may use the canary): IRELATIVE relocations, from
 * ifunc, get their resolver's answer; then the RELRO region becomes read-only,
 * the protection a dynamic loader would otherwise apply. */
static void finish_relocation(size_t *aux, size_t base, const size_t *dyn)
{
	/* They may sit in the main table or, for calls, in the PLT's. */
	size_t tab[2] = { 0, 0 }, len[2] = { 0, 0 };
	for (const size_t *d = dyn; d && d[0] != DT_NULL; d += 2) {
		if (d[0] == DT_RELA) tab[0] = d[1];
		else if (d[0] == DT_RELASZ) len[0] = d[1];
		else if (d[0] == DT_JMPREL) tab[1] = d[1];
		else if (d[0] == DT_PLTRELSZ) len[1] = d[1];
	}
	for (int t = 0; t < 2; t++) {
		const Elf64_Rela *r = (const void *)(base + tab[t]);
		for (size_t i = 0; tab[t] && i < len[t] / sizeof *r; i++)
			if (ELF64_R_TYPE(r[i].r_info) == REL_IRELATIVE) {
				size_t (*resolve)(void) = (size_t (*)(void))(base + r[i].r_addend);
				*(size_t *)(base + r[i].r_offset) = resolve();
			}
	}
	const Elf64_Phdr *ph = (const void *)aux[AT_PHDR];
	size_t page = __libc.page_size;
	for (size_t i = 0; i < aux[AT_PHNUM]; i++)
		if (ph[i].p_type == PT_GNU_RELRO) {
			size_t start = (base + ph[i].p_vaddr) & -page;
			size_t end = (base + ph[i].p_vaddr + ph[i].p_memsz) & -page;
			if (end > start) __syscall(SYS_mprotect, start, end - start, 1 /* PROT_READ */);
		}
}

static const char *base_name(const char *s)
{
	const char *b = s;
	for (; *s; s++) if (*s == '/') b = s + 1;
	return b;
}

/* base: the load address, found by the first stage from _DYNAMIC (a static PIE
 * has no PT_PHDR to derive it from). */
__hidden _Noreturn void __libc_start_main_stage2(long *sp, size_t base, const size_t *dyn)
{
	int argc = sp[0];
	char **argv = (char **)(sp + 1), **envp = argv + argc + 1;
	size_t *auxv, aux[AT_MINSIGSTKSZ + 1] = { 0 };
	for (auxv = (size_t *)envp; *auxv; auxv++);
	auxv++;
	for (size_t *a = auxv; a[0]; a += 2)
		if (a[0] <= AT_MINSIGSTKSZ) aux[a[0]] = a[1];
	__libc.auxv = auxv;
	__libc.page_size = aux[AT_PAGESZ] ? aux[AT_PAGESZ] : 4096;
	__libc.secure = aux[AT_SECURE] != 0;
	init_tls(aux, base);
	finish_relocation(aux, base, dyn);

	__environ = envp;
	if (argv[0]) {
		program_invocation_name = argv[0];
		program_invocation_short_name = (char *)base_name(argv[0]);
	}
	for (const __fn *f = __preinit_array_start; f < __preinit_array_end; f++) (*f)();
	for (const __fn *f = __init_array_start; f < __init_array_end; f++) (*f)();
	exit(main(argc, argv, envp));
}
