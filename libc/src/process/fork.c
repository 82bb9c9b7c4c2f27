#include <unistd.h>
#include <signal.h>
#include "syscall.h"
#include "libc.h"
#include "tcb.h"

/* Weak: present only when the program has threads or atfork handlers at all. */
__hidden void __fork_handlers(int) __attribute__((__weak__));
__hidden void __malloc_atfork(int) __attribute__((__weak__));

/* clone with only SIGCHLD is fork; the child is a copy of the calling thread alone.
 * With threads, the malloc lock is held across it so the child's heap is not caught
 * half-updated by a thread that does not exist there. */
pid_t fork(void)
{
	int threaded = __libc.threaded;
	if (threaded) {
		if (__fork_handlers) __fork_handlers(-1);
		if (__malloc_atfork) __malloc_atfork(-1);
	}
	long r = __syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
	if (r == 0) __tcb_self()->tid = __syscall(SYS_gettid);
	if (threaded) {
		if (r == 0) __libc.threads = 1;
		if (__malloc_atfork) __malloc_atfork(r == 0);
		if (__fork_handlers) __fork_handlers(r == 0);
	}
	return __syscall_ret(r);
}
