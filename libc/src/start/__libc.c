/* __libc.c: the process state the start code found (auxv, page size, AT_SECURE, the
 * TLS layout), for the parts of libc that read it. Linked only with them: it replaces
 * the start code's empty __init_libc. */
#include "libc.h"
#include "start.h"

__hidden struct __libc __libc;

void __init_libc(size_t *auxv, const void *tls_phdr, size_t base)
{
	__libc.auxv = auxv;
	for (; auxv[0]; auxv += 2)
		if (auxv[0] == AT_PAGESZ) __libc.page_size = auxv[1];
		else if (auxv[0] == AT_SECURE) __libc.secure = auxv[1] != 0;
	__tls_geometry(&__libc, tls_phdr, base);
}
