/* libc_start.c: second stage of process start, after self-relocation. Sets up the
 * thread pointer (TLS and canary), applies IRELATIVE, makes RELRO read-only, then
 * runs constructors and main. Built without the stack protector: the canary does not
 * exist until this code installs it. Every program links this, so it keeps only what
 * every program needs: the TCB lives on the stack, and the state that only some parts
 * of libc read (struct __libc, environ, program_invocation_name) goes through hooks
 * that are empty here and replaced by the object that defines that state, when a
 * program links it (a direct call, where a weak reference would cost a GOT entry). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <elf.h>
#include "libc.h"
#include "reloc.h"
#include "tcb.h"
#include "syscall.h"
#include "start.h"

int main(int, char **, char **);

static void no_libc(size_t *auxv, const void *tls, size_t base) { (void)auxv; (void)tls; (void)base; }
static void no_environ(char **envp) { (void)envp; }
static void no_progname(char *argv0) { (void)argv0; }
__attribute__((weak, alias("no_libc"))) void __init_libc(size_t *, const void *, size_t);
__attribute__((weak, alias("no_environ"))) void __init_environ(char **);
__attribute__((weak, alias("no_progname"))) void __init_progname(char *);

typedef void (*__fn)(void);
extern __hidden const __fn __preinit_array_start[] __attribute__((weak));
extern __hidden const __fn __preinit_array_end[] __attribute__((weak));
extern __hidden const __fn __init_array_start[] __attribute__((weak));
extern __hidden const __fn __init_array_end[] __attribute__((weak));
/* The program headers are in the first segment, right behind the ELF header. */
extern __hidden const Elf64_Ehdr __ehdr_start;

__attribute__((noinline)) static void run(const __fn *f, const __fn *end)
{
	while (f < end) (*f++)();
}

/* The main thread's TCB and TLS block go on the stack when small, in this function's
 * frame, which lasts until exit: no static buffer in every program. */
#define STACK_TLS 16384

/* base: the load address, found by the first stage. */
__hidden _Noreturn void __libc_start_main_stage2(long *sp, size_t base, const size_t *dyn)
{
	int argc = sp[0];
	char **argv = (char **)(sp + 1), **envp = argv + argc + 1;
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
	/* The canary comes from AT_RANDOM (the kernel always gives it); its low byte is
	 * zero so a string copy running off a buffer cannot reproduce it. */
	__SET_CANARY(t, *(uintptr_t *)rnd & ~(uintptr_t)0xff);
	t->tid = __syscall(SYS_set_tid_address, &t->tid);
	__SET_TP(tp);

	__init_libc(auxv, tls, base);
	__init_environ(envp);
	__init_progname(argv[0]);
	/* Then the RELRO region becomes read-only, as a dynamic loader would make it. */
	__reloc_rela(base, dyn, REL_IRELATIVE);
	if (relro) {
		size_t start = (base + relro->p_vaddr) & -page;
		size_t end = (base + relro->p_vaddr + relro->p_memsz) & -page;
		if (end > start) __syscall(SYS_mprotect, start, end - start, 1 /* PROT_READ */);
	}
	run(__preinit_array_start, __preinit_array_end);
	run(__init_array_start, __init_array_end);
	exit(main(argc, argv, envp));
}
