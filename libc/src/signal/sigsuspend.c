#include <signal.h>
#include "syscall.h"

int sigsuspend(const sigset_t *mask)
{
	return syscall_r(SYS_rt_sigsuspend, mask, 8);
}

int sigpending(sigset_t *set)
{
	sigemptyset(set);
	return syscall_r(SYS_rt_sigpending, set, 8);
}

int sigaltstack(const stack_t *restrict ss, stack_t *restrict old)
{
	return syscall_r(SYS_sigaltstack, ss, old);
}
