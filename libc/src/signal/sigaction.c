#include <signal.h>
#include <errno.h>
#include "ksigaction.h"
#include "syscall.h"

int sigaction(int sig, const struct sigaction *restrict sa, struct sigaction *restrict old)
{
	struct k_sigaction k, ko;
	if (sig < 1 || sig >= _NSIG) {
		errno = EINVAL;
		return -1;
	}
	if (sa) {
		k.handler = sa->sa_handler;
		/* The kernel needs a way back from the handler; ours is __restore_rt. */
		k.flags = (unsigned)sa->sa_flags | SA_RESTORER;
		k.restorer = __restore_rt;
		k.mask = sa->sa_mask.__bits[0];
	}
	long r = __syscall(SYS_rt_sigaction, sig, sa ? &k : 0, old ? &ko : 0, _NSIG_BYTES);
	if (r < 0) return __syscall_ret(r);
	if (old) {
		old->sa_handler = ko.handler;
		old->sa_flags = ko.flags;
		old->sa_restorer = ko.restorer;
		for (unsigned i = 0; i < sizeof old->sa_mask.__bits / sizeof(long); i++)
			old->sa_mask.__bits[i] = 0;
		old->sa_mask.__bits[0] = ko.mask;
	}
	return 0;
}
