/* start.h: what the two stages of process start and __libc.c share (src/start). */
#ifndef _START_H
#define _START_H

#include <stddef.h>
#include <elf.h>
#include "libc.h"
#include "tcb.h"

/* sp: the initial stack pointer (argc, argv, envp, auxv). */
__hidden _Noreturn void __libc_start_main_stage2(long *sp);

/* The static TLS block's layout from PT_TLS (tls; 0 or a header of zeros for none:
 * the assembly start code passes the latter) into l->tls_*: the start code places the
 * main thread's block with it, pthread_create the others'. */
static inline void __tls_geometry(struct __libc *l, const Elf64_Phdr *tls, size_t base)
{
	size_t talign = 1;
	l->tls_memsz = l->tls_filesz = 0;
	l->tls_align = 16;	/* the TCB is kept 16-aligned at least */
	if (tls) {
		l->tls_memsz = tls->p_memsz;
		l->tls_filesz = tls->p_filesz;
		l->tls_image = (const void *)(base + tls->p_vaddr);
		if (tls->p_align > 1) talign = tls->p_align;
		if (talign > 16) l->tls_align = talign;
	}
	/* The arch's tcb.h knows where the linker expects the block relative to the
	 * thread pointer (the offset) and how much room the block takes. */
	l->tls_offset = __TLS_OFFSET(l->tls_memsz, talign);
	l->tls_size = __TLS_AREA(l->tls_offset, l->tls_memsz) + sizeof(struct __tcb) + l->tls_align;
}

#endif
