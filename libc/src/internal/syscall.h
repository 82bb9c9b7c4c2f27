/* syscall.h: raw system calls. __syscall(SYS_x, ...) returns the kernel's result,
 * -errno on failure; syscall_r(...) turns that into the C convention (-1, errno). */
#ifndef _INTERNAL_SYSCALL_H
#define _INTERNAL_SYSCALL_H

#include <bits/syscall.h>
#include "syscall_arch.h"

#define __hidden __attribute__((__visibility__("hidden")))

__hidden long __syscall_ret(unsigned long);

/* Every argument is widened to long first, so pointers and ints may be passed as-is. */
#define __syscall0(n) __sc0(n)
#define __syscall1(n, a) __sc1(n, (long)(a))
#define __syscall2(n, a, b) __sc2(n, (long)(a), (long)(b))
#define __syscall3(n, a, b, c) __sc3(n, (long)(a), (long)(b), (long)(c))
#define __syscall4(n, a, b, c, d) __sc4(n, (long)(a), (long)(b), (long)(c), (long)(d))
#define __syscall5(n, a, b, c, d, e) \
	__sc5(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e))
#define __syscall6(n, a, b, c, d, e, f) \
	__sc6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

/* Count the arguments after the number and paste that count onto __syscall. */
#define __SC_COUNT(...) __SC_NTH(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0, _)
#define __SC_NTH(n, a, b, c, d, e, f, k, ...) k
#define __SC_PASTE(a, b) __SC_PASTE2(a, b)
#define __SC_PASTE2(a, b) a##b
#define __syscall(...) __SC_PASTE(__syscall, __SC_COUNT(__VA_ARGS__))(__VA_ARGS__)
#define syscall_r(...) __syscall_ret(__syscall(__VA_ARGS__))

#endif
