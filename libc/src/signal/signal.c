#include <signal.h>

/* BSD semantics, as glibc gives: the handler stays installed and slow system
 * calls restart. */
void (*signal(int sig, void (*fn)(int)))(int)
{
	struct sigaction sa = { .sa_flags = SA_RESTART }, old;
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	if (sigaction(sig, &sa, &old) < 0) return SIG_ERR;
	return old.sa_handler;
}

void (*bsd_signal(int sig, void (*fn)(int)))(int) __attribute__((alias("signal")));
