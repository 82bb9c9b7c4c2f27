#include <signal.h>

/* The old System V interface, on top of sigprocmask and sigaction. */
static int mask(int how, int sig)
{
	sigset_t s;
	sigemptyset(&s);
	if (sigaddset(&s, sig) < 0) return -1;
	return sigprocmask(how, &s, 0);
}

int sighold(int sig) { return mask(SIG_BLOCK, sig); }
int sigrelse(int sig) { return mask(SIG_UNBLOCK, sig); }

int sigignore(int sig)
{
	struct sigaction sa = { .sa_handler = SIG_IGN };
	sigemptyset(&sa.sa_mask);
	return sigaction(sig, &sa, 0);
}

int sigpause(int sig)
{
	sigset_t s;
	sigprocmask(SIG_BLOCK, 0, &s);
	sigdelset(&s, sig);
	return sigsuspend(&s);
}
