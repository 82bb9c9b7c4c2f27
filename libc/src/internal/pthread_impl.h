/* pthread_impl.h: what the thread functions share. A pthread_t is the address of the
 * thread's TCB (tcb.h), which also holds its bookkeeping; waits are futexes. */
#ifndef _PTHREAD_IMPL_H
#define _PTHREAD_IMPL_H

#include <pthread.h>
#include <time.h>
#include "libc.h"
#include "tcb.h"
#include "syscall.h"

#define DT_JOINABLE 0
#define DT_DETACHED 1
#define DT_EXITED 2

#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#define FUTEX_WAIT_BITSET 9
#define FUTEX_PRIVATE 128
#define FUTEX_CLOCK_REALTIME 256

#define DEFAULT_STACK_SIZE (2UL << 20)

/* The pthread_*_t objects are opaque arrays in the public header; these name the
 * fields stored in them. */
#define m_lock __i[0]	/* 0 free, 1 locked, 2 locked with waiters */
#define m_type __i[1]
#define m_owner __i[2]
#define m_count __i[3]
#define c_seq __i[0]
#define c_clock __i[1]

static inline struct __tcb *__pthread_self(void) { return __tcb_self(); }

static inline int a_cas(volatile int *p, int expect, int want)
{
	__atomic_compare_exchange_n(p, &expect, want, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	return expect;
}
static inline int a_swap(volatile int *p, int v)
{
	return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST);
}
static inline int a_fetch_add(volatile int *p, int v)
{
	return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST);
}

static inline void __wake(volatile void *addr, int n, int priv)
{
	__syscall(SYS_futex, addr, FUTEX_WAKE | (priv ? FUTEX_PRIVATE : 0), n);
}

/* Sleep while *addr == val, until at (an absolute time on clock; 0: forever).
 * Returns 0 (woken, or the value changed) or ETIMEDOUT / EINTR. */
__hidden int __timedwait(volatile int *addr, int val, clockid_t clock,
	const struct timespec *at, int priv);

__hidden void __tsd_run_dtors(void);
__hidden void __fork_handlers(int when);	/* -1 before fork, 0 parent, 1 child */
__hidden void __malloc_atfork(int when);
__hidden void __malloc_thread_exit(void);
__hidden int __clone(int (*)(void *), void *, int, void *, volatile int *, void *,
	volatile int *);
__hidden _Noreturn void __unmapself(void *, size_t);

#endif
