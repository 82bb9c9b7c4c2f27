/* libc.h: state and helpers shared inside ring3's libc. */
#ifndef _INTERNAL_LIBC_H
#define _INTERNAL_LIBC_H

#include <stddef.h>
#include <stdint.h>

#define __hidden __attribute__((__visibility__("hidden")))

/* Values the kernel handed the process at start (see src/start). */
struct __libc {
	size_t *auxv;
	size_t page_size;
	int secure;		/* AT_SECURE: set-id program, ignore the environment */
	size_t tls_size, tls_align, tls_memsz, tls_filesz;
	const void *tls_image;
};
extern __hidden struct __libc __libc;

__hidden size_t __getauxval(unsigned long type);
__hidden _Noreturn void __libc_exit_now(int);
__hidden void __run_atexit(void);
__hidden void __env_free_unused(char *);

/* Lock hooks: single-threaded for now; these become real locks with threads. */
#define LOCK(l) ((void)(l))
#define UNLOCK(l) ((void)(l))

#endif
