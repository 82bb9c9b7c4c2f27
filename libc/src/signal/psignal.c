#include <signal.h>
#include <stdio.h>
#include <string.h>

void psignal(int sig, const char *msg)
{
	if (msg && *msg) fprintf(stderr, "%s: %s\n", msg, strsignal(sig));
	else fprintf(stderr, "%s\n", strsignal(sig));
}

void psiginfo(const siginfo_t *si, const char *msg)
{
	psignal(si->si_signo, msg);
}
