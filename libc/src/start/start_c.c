/* start_c.c: first C code of the process. Runs before relocation, so it must not
 * load any address from data: everything it touches is hidden (PC-relative) or on
 * the stack, and it calls only hidden functions built without the stack protector. */
#include <stddef.h>
#include <stdint.h>
#include <elf.h>
#include "libc.h"
#include "reloc.h"
#include "start.h"

/* The RELA relocations of one type, from the main table and the PLT's: RELATIVE here,
 * before anything else; IRELATIVE later, from stage 2 (resolvers may need the TLS
 * canary). One function for both keeps the start code small. No arrays here: on
 * aarch64 GCC clears one with a call to memset, through the GOT, before relocation. */
__hidden void __reloc_rela(size_t base, const size_t *dyn, size_t type)
{
	size_t rela = 0, relasz = 0, jmprel = 0, pltrelsz = 0;
	for (; dyn && dyn[0] != DT_NULL; dyn += 2)
		if (dyn[0] == DT_RELA) rela = dyn[1];
		else if (dyn[0] == DT_RELASZ) relasz = dyn[1];
		else if (dyn[0] == DT_JMPREL) jmprel = dyn[1];
		else if (dyn[0] == DT_PLTRELSZ) pltrelsz = dyn[1];
	for (int k = 0; k < 2; k++, rela = jmprel, relasz = pltrelsz) {
		const Elf64_Rela *r = (const void *)(base + rela);
		for (const Elf64_Rela *e = r + relasz / sizeof *r; r < e; r++)
			if (ELF64_R_TYPE(r->r_info) == type) {
				size_t v = base + r->r_addend;
				if (type == REL_IRELATIVE) v = ((size_t (*)(void))v)();
				*(size_t *)(base + r->r_offset) = v;
			}
	}
}

/* Where the linker put the ELF header: the start of the first segment, at address 0
 * in a PIE, so its run-time address is the load base (glibc finds it the same way). */
extern __hidden const Elf64_Ehdr __ehdr_start;

__hidden _Noreturn void __libc_start_c(long *sp, const size_t *dyn)
{
	size_t base = 0, relr = 0, relrsz = 0;
	if (dyn) base = (size_t)&__ehdr_start;
	__reloc_rela(base, dyn, REL_RELATIVE);
	for (const size_t *t = dyn; t && t[0] != DT_NULL; t += 2)
		if (t[0] == DT_RELR) relr = t[1];
		else if (t[0] == DT_RELRSZ) relrsz = t[1];
	/* RELR (-z pack-relative-relocs): an even entry is the address of a word to
	 * relocate and moves the cursor past it; an odd one is a bitmap whose bit i
	 * (from bit 1) relocates the cursor's word i - 1, then the cursor moves 63 words. */
	size_t *where = 0;
	for (size_t *p = (size_t *)(base + relr), n = relrsz / sizeof *p; n--; p++) {
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
	/* Keep the compiler from moving any later load above the relocation. */
	__asm__ volatile ("" ::: "memory");
	__libc_start_main_stage2(sp, base, dyn);
}
