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

/* Where the linker put the ELF header: the start of the first segment, at address 0
 * in a PIE, so its run-time address is the load base (glibc finds it the same way). */
extern __hidden const Elf64_Ehdr __ehdr_start;

__hidden _Noreturn void __libc_start_c(long *sp, const size_t *dyn)
{
	size_t base = 0;
	if (dyn) {
		base = (size_t)&__ehdr_start;
		relocate(base, dyn);
	}
	/* Keep the compiler from moving any later load above the relocation. */
	__asm__ volatile ("" ::: "memory");
	__libc_start_main_stage2(sp, base, dyn);
}
