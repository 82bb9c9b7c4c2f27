/* reloc.h: the relocation types a static PIE carries on aarch64. */
#define REL_RELATIVE 1027	/* R_AARCH64_RELATIVE */
#define REL_IRELATIVE 1032	/* R_AARCH64_IRELATIVE */
