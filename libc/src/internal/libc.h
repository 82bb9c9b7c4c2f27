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
	size_t tls_offset;	/* thread pointer minus the start of the TLS block */
	const void *tls_image;
	volatile int threaded;	/* set for good by the first pthread_create */
	volatile int threads;	/* threads alive, the main one included (0: just 1) */
};
extern __hidden struct __libc __libc;
/* Start-up hooks (src/start/libc_start.c): empty unless the object that defines the
 * state is linked (__libc.c, environ.c, program_invocation_name.c). */
__hidden void __init_libc(size_t *auxv, const void *tls_phdr, size_t base);
__hidden void __init_environ(char **);
__hidden void __init_progname(char *);

__hidden size_t __getauxval(unsigned long type);
__hidden _Noreturn void __libc_exit_now(int);
__hidden void __run_atexit(void);
__hidden void __env_free_unused(char *);

/* Internal locks (futex-based, src/thread/__lock.c): free until a second thread exists. */
__hidden void __lock(volatile int *);
__hidden void __unlock(volatile int *);
#define LOCK(l) (__libc.threaded ? __lock(l) : (void)0)
#define UNLOCK(l) (__libc.threaded ? __unlock(l) : (void)0)

#endif
