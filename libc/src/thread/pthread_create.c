#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include "pthread_impl.h"

static int thread_start(void *p)
{
	struct __tcb *self = p;
	__syscall(SYS_rt_sigprocmask, SIG_SETMASK, &self->sigmask, 0, 8);
	pthread_exit(self->start(self->arg));
}

/* One mapping per thread: a guard page at the bottom, the stack, and at the top the
 * TCB and the TLS block, laid out as the start code lays out the main thread's
 * (__tls_layout in the arch's tcb.h). The stack grows down from whichever is lower. */
int pthread_create(pthread_t *restrict res, const pthread_attr_t *restrict attr,
	void *(*fn)(void *), void *restrict arg)
{
	size_t page = __libc.page_size;
	size_t stack = attr && attr->__s[0] ? attr->__s[0] : DEFAULT_STACK_SIZE;
	size_t guard = attr && attr->__s[3] ? attr->__s[1] : page;
	guard = (guard + page - 1) & -page;
	size_t size = (guard + stack + __libc.tls_size + page - 1) & -page;
	if (size < stack) return EINVAL;

	long m = __syscall(SYS_mmap, 0, size, 3 /* RW */, 0x22 /* PRIVATE|ANON */, -1, 0);
	if ((unsigned long)m > -4096UL) return EAGAIN;
	unsigned char *map = (void *)m;
	if (guard) __syscall(SYS_mprotect, map, guard, 0);

	unsigned char *block;
	uintptr_t tp = __tls_layout((uintptr_t)(map + size - __libc.tls_size), __libc.tls_offset,
		__libc.tls_align, &block);
	if (__libc.tls_filesz) memcpy(block, __libc.tls_image, __libc.tls_filesz);

	struct __tcb *t = __TCB_AT(tp);
	t->self = t->self2 = t;
	t->canary = __tcb_self()->canary;
	t->tls_mem = map;
	t->map_base = map;
	t->map_size = size;
	t->start = fn;
	t->arg = arg;
	t->detach_state = attr && attr->__s[2] ? DT_DETACHED : DT_JOINABLE;

	/* From here on the internal locks are real. */
	if (!__libc.threaded) {
		__libc.threads = 1;
		__libc.threaded = 1;
	}
	a_fetch_add(&__libc.threads, 1);

	/* The child starts with every signal blocked and takes our mask once its TLS
	 * and stack are its own. */
	unsigned long all = -1UL, old;
	__syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, &old, 8);
	t->sigmask = old;
	int r = __clone(thread_start, block < (unsigned char *)t ? (void *)block : (void *)t,
		CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD |
		CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID,
		t, &t->tid, (void *)tp, &t->tid);
	/* Our copy, not t's: a detached thread may already have exited and unmapped t. */
	__syscall(SYS_rt_sigprocmask, SIG_SETMASK, &old, 0, 8);
	if (r < 0) {
		a_fetch_add(&__libc.threads, -1);
		__syscall(SYS_munmap, map, size);
		return r == -ENOMEM ? ENOMEM : EAGAIN;
	}
	*res = (pthread_t)t;
	return 0;
}

_Noreturn void pthread_exit(void *result)
{
	struct __tcb *self = __tcb_self();
	self->result = result;
	__tsd_run_dtors();
	__malloc_thread_exit();
	/* The last thread out ends the process as exit(0) would. */
	if (a_fetch_add(&__libc.threads, -1) <= 1) {
		__libc.threads = 0;
		exit(0);
	}
	unsigned long all = -1UL;
	__syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, 0, 8);
	if (a_swap(&self->detach_state, DT_EXITED) == DT_DETACHED && self->map_base)
		__unmapself(self->map_base, self->map_size);
	/* The kernel clears self->tid and wakes a joiner once nothing here is in use. */
	for (;;) __syscall(SYS_exit, 0);
}
