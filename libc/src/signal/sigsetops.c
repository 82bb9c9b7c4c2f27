#include <signal.h>
#include <errno.h>
#include <string.h>

/* Only the first word is meaningful (the kernel has 64 signals); the rest stays 0. */
int sigemptyset(sigset_t *s)
{
	memset(s, 0, sizeof *s);
	return 0;
}

int sigfillset(sigset_t *s)
{
	memset(s, 0, sizeof *s);
	s->__bits[0] = ~0UL;
	return 0;
}

static int bad(int sig)
{
	if (sig >= 1 && sig < _NSIG) return 0;
	errno = EINVAL;
	return 1;
}

int sigaddset(sigset_t *s, int sig)
{
	if (bad(sig)) return -1;
	s->__bits[0] |= 1UL << (sig - 1);
	return 0;
}

int sigdelset(sigset_t *s, int sig)
{
	if (bad(sig)) return -1;
	s->__bits[0] &= ~(1UL << (sig - 1));
	return 0;
}

int sigismember(const sigset_t *s, int sig)
{
	if (bad(sig)) return -1;
	return (s->__bits[0] >> (sig - 1)) & 1;
}

int sigisemptyset(const sigset_t *s)
{
	return s->__bits[0] == 0;
}
