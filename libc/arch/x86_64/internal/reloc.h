/* reloc.h: the relocation types a static PIE carries on x86_64. */
#define REL_RELATIVE 8		/* R_X86_64_RELATIVE */
#define REL_IRELATIVE 37	/* R_X86_64_IRELATIVE */
