/* start_c.c: first C code of the process. Runs before relocation, so it must not
 * load any address from data: everything it touches is hidden (PC-relative) or on
 * the stack, and it calls only hidden functions built without the stack protector. */
#include <stddef.h>
#include <stdint.h>
#include <elf.h>
#include "libc.h"
#include "reloc.h"

__hidden _Noreturn void __libc_start_main_stage2(long *, size_t, const size_t *);

/* Relocations a static PIE carries: RELATIVE only (RELA, and RELR from newer
 * linkers with -z pack-relative-relocs). */
static void relocate(size_t base, const size_t *dyn)
{
	size_t rela = 0, relasz = 0, relr = 0, relrsz = 0;
	for (; dyn[0] != DT_NULL; dyn += 2) {
		if (dyn[0] == DT_RELA) rela = dyn[1];
		else if (dyn[0] == DT_RELASZ) relasz = dyn[1];
		else if (dyn[0] == DT_RELR) relr = dyn[1];
		else if (dyn[0] == DT_RELRSZ) relrsz = dyn[1];
	}
	const Elf64_Rela *r = (const void *)(base + rela);
	for (size_t i = 0; i < relasz / sizeof *r; i++)
		if (ELF64_R_TYPE(r[i].r_info) == REL_RELATIVE)
			*(size_t *)(base + r[i].r_offset) = base + r[i].r_addend;
	/* RELR: an address entry relocates one word and sets the cursor past it; a
	 * bitmap entry (low bit set) relocates the next 63 words selectively. */
	const size_t *p = (const void *)(base + relr), *end = p + relrsz / sizeof *p;
	size_t *where = 0;
	for (; p < end; p++) {
		if (!(*p & 1)) {
			where = (size_t *)(base + *p);
			*where++ += base;
		} else {
			size_t bits = *p >> 1;
			for (size_t j = 0; bits; j++, bits >>= 1)
				if (bits & 1) where[j] += base;
			where += 63;
		}
	}
}

__hidden _Noreturn void __libc_start_c(long *sp, const size_t *dyn)
{
	long argc = sp[0];
	char **envp = (char **)(sp + 1 + argc + 1);
	size_t *auxv = (size_t *)envp;
	while (*auxv) auxv++;
	auxv++;

	size_t base = 0;
	if (dyn) {
		size_t phdr = 0, phnum = 0;
		for (size_t *a = auxv; a[0]; a += 2) {
			if (a[0] == AT_PHDR) phdr = a[1];
			else if (a[0] == AT_PHNUM) phnum = a[1];
		}
		/* The load base is where _DYNAMIC is minus where the headers say it is. */
		const Elf64_Phdr *ph = (const void *)phdr;
		for (size_t i = 0; i < phnum; i++)
			if (ph[i].p_type == PT_DYNAMIC)
				base = (size_t)dyn - ph[i].p_vaddr;
		relocate(base, dyn);
	}
	/* Keep the compiler from moving any later load above the relocation. */
	__asm__ volatile ("" ::: "memory");
	__libc_start_main_stage2(sp, base, dyn);
}
