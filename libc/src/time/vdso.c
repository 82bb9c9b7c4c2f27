#include <elf.h>
#include <string.h>
#include "libc.h"

/* Look a function up in the kernel's vDSO (AT_SYSINFO_EHDR), a small shared
 * object mapped into every process. Returns 0 if there is none or no such name. */
__hidden void *__vdsosym(const char *name)
{
	size_t base = __getauxval(AT_SYSINFO_EHDR);
	if (!base) return 0;
	const Elf64_Ehdr *eh = (const void *)base;
	const Elf64_Phdr *ph = (const void *)(base + eh->e_phoff);
	size_t bias = 0, dyn = 0;
	int have_load = 0;
	for (int i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type == PT_LOAD && !have_load) {
			bias = base + ph[i].p_offset - ph[i].p_vaddr;
			have_load = 1;
		} else if (ph[i].p_type == PT_DYNAMIC) {
			dyn = ph[i].p_vaddr;
		}
	}
	if (!have_load || !dyn) return 0;
	const Elf64_Sym *sym = 0;
	const char *str = 0;
	const Elf64_Word *hash = 0, *gnu = 0;
	for (const Elf64_Dyn *d = (const void *)(bias + dyn); d->d_tag != DT_NULL; d++) {
		const void *p = (const void *)(bias + d->d_un.d_ptr);
		if (d->d_tag == DT_SYMTAB) sym = p;
		else if (d->d_tag == DT_STRTAB) str = p;
		else if (d->d_tag == DT_HASH) hash = p;
		else if (d->d_tag == DT_GNU_HASH) gnu = p;
	}
	if (!sym || !str || (!hash && !gnu)) return 0;
	size_t n;
	if (hash) {
		n = hash[1];	/* nchain: one entry per symbol */
	} else {
		/* GNU hash: the highest bucket start, then follow its chain to the end. */
		Elf64_Word nbucket = gnu[0], symoff = gnu[1], bloom = gnu[2];
		const Elf64_Word *buckets = gnu + 4 + bloom * 2, *chain = buckets + nbucket;
		n = 0;
		for (Elf64_Word i = 0; i < nbucket; i++)
			if (buckets[i] > n) n = buckets[i];
		if (n) while (!(chain[n - symoff] & 1)) n++;
		n++;
	}
	for (size_t i = 0; i < n; i++) {
		if (ELF64_ST_TYPE(sym[i].st_info) != 2 /* STT_FUNC */ || !sym[i].st_shndx) continue;
		if (!strcmp(str + sym[i].st_name, name)) return (void *)(bias + sym[i].st_value);
	}
	return 0;
}
