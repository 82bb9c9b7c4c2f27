#include <stdlib.h>
#include <signal.h>
#include "ksigaction.h"
#include "syscall.h"

_Noreturn void abort(void)
{
	raise(SIGABRT);
	/* Caught and returned, or ignored: force the default action and retry with
	 * SIGABRT unblocked. */
	struct k_sigaction k = { .handler = SIG_DFL };
	unsigned long m = 1UL << (SIGABRT - 1);
	__syscall(SYS_rt_sigaction, SIGABRT, &k, 0, 8);
	__syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &m, 0, 8);
	raise(SIGABRT);
	for (;;) __syscall(SYS_exit_group, 127);
}
