/* Signal names: TERM <-> 15, SIGTERM, RTMIN+2, for kill, timeout and the shell. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "ring3.h"

static const struct {
	const char *name;
	int num;
} sigs[] = {
	{ "HUP", SIGHUP }, { "INT", SIGINT }, { "QUIT", SIGQUIT }, { "ILL", SIGILL },
	{ "TRAP", SIGTRAP }, { "ABRT", SIGABRT }, { "BUS", SIGBUS }, { "FPE", SIGFPE },
	{ "KILL", SIGKILL }, { "USR1", SIGUSR1 }, { "SEGV", SIGSEGV }, { "USR2", SIGUSR2 },
	{ "PIPE", SIGPIPE }, { "ALRM", SIGALRM }, { "TERM", SIGTERM },
#ifdef SIGSTKFLT
	{ "STKFLT", SIGSTKFLT },
#endif
	{ "CHLD", SIGCHLD }, { "CONT", SIGCONT }, { "STOP", SIGSTOP }, { "TSTP", SIGTSTP },
	{ "TTIN", SIGTTIN }, { "TTOU", SIGTTOU }, { "URG", SIGURG }, { "XCPU", SIGXCPU },
	{ "XFSZ", SIGXFSZ }, { "VTALRM", SIGVTALRM }, { "PROF", SIGPROF },
	{ "WINCH", SIGWINCH },
#ifdef SIGIO
	{ "IO", SIGIO },
#endif
#ifdef SIGPWR
	{ "PWR", SIGPWR },
#endif
	{ "SYS", SIGSYS },
	/* aliases, found by name only */
	{ "IOT", SIGABRT }, { "CLD", SIGCHLD },
#ifdef SIGPOLL
	{ "POLL", SIGPOLL },
#endif
};
enum { NSIGS = sizeof sigs / sizeof sigs[0], NALIASES = 3 };

#ifdef SIGRTMIN
#define RTMIN SIGRTMIN
#define RTMAX SIGRTMAX
#else
#define RTMIN 34
#define RTMAX 64
#endif

int sig_max(void)
{
	return RTMAX;
}

/* The name of signal n into buf; 0 if there is none. */
const char *sig_name(int n, char *buf, size_t len)
{
	for (int i = 0; i < NSIGS - NALIASES; i++)
		if (sigs[i].num == n)
			return sigs[i].name;
	if (n >= RTMIN && n <= RTMAX) {
		if (n == RTMIN)
			snprintf(buf, len, "RTMIN");
		else if (n == RTMAX)
			snprintf(buf, len, "RTMAX");
		else if (n - RTMIN <= (RTMAX - RTMIN) / 2)
			snprintf(buf, len, "RTMIN+%d", n - RTMIN);
		else
			snprintf(buf, len, "RTMAX-%d", RTMAX - n);
		return buf;
	}
	return 0;
}

/* A signal number from a name (TERM, SIGTERM, term, RTMIN+2) or a number; -1 if bad. */
int sig_number(const char *s)
{
	if (*s >= '0' && *s <= '9') {
		char *end;
		long v = strtol(s, &end, 10);
		return *end || v > RTMAX ? -1 : (int)v;
	}
	if (!strncasecmp(s, "SIG", 3))
		s += 3;
	for (int i = 0; i < NSIGS; i++)
		if (!strcasecmp(s, sigs[i].name))
			return sigs[i].num;
	if (!strncasecmp(s, "RTMIN", 5) || !strncasecmp(s, "RTMAX", 5)) {
		int base = !strncasecmp(s, "RTMIN", 5) ? RTMIN : RTMAX;
		if (!s[5])
			return base;
		char *end;
		long off = strtol(s + 5, &end, 10);
		if (*end || (s[5] != '+' && s[5] != '-'))
			return -1;
		long v = base + off;
		return v < RTMIN || v > RTMAX ? -1 : (int)v;
	}
	return -1;
}

