/* timeout - run a command with a time limit
 *
 * APPLET(timeout, USR_BIN)
 * usage: timeout [-s SIGNAL] [-k DURATION] [--preserve-status] [--foreground] [-v] DURATION COMMAND [ARG]...
 *
 * Run COMMAND and send it SIGNAL (TERM by default) if it still runs after DURATION.
 * A DURATION is a decimal number like 2.5 with an optional suffix s (seconds,
 * the default), m (minutes), h (hours) or d (days); 0 means no limit.
 * Status 124 if the command timed out (137 if it took a KILL), 125 if timeout itself failed, 126 if COMMAND
 * cannot be run, 127 if it is not found, else COMMAND's status (128+N when signal N
 * ended it).
 *
 * -s SIGNAL    the signal to send on time-out, a name or number (--signal)
 * -k DURATION  send KILL if COMMAND still runs DURATION after the first signal
 *              (--kill-after)
 * -p           on time-out, exit with COMMAND's status anyway (--preserve-status)
 * -f           do not put COMMAND in timeout's process group; only COMMAND gets the
 *              signal (--foreground)
 * -v           tell on standard error when the signal is sent (--verbose)
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

/* A duration in nanoseconds; -1 if invalid. Saturates at about 292 years. */
static long long parse_duration(const char *s)
{
	const long long max = 0x7fffffffffffffffLL;
	long long sec = 0, ns = 0;
	const char *p = s;
	int digits = 0;
	for (; *p >= '0' && *p <= '9'; p++, digits++)
		sec = sec > 1000000000000LL ? sec : sec * 10 + (*p - '0');
	if (*p == '.') {
		long long scale = 100000000;
		for (p++; *p >= '0' && *p <= '9'; p++, digits++) {
			ns += (*p - '0') * scale;
			scale /= 10;
		}
	}
	if (!digits)
		return -1;
	long long mult = 1;
	if (*p == 's')
		p++;
	else if (*p == 'm')
		mult = 60, p++;
	else if (*p == 'h')
		mult = 3600, p++;
	else if (*p == 'd')
		mult = 86400, p++;
	if (*p)
		return -1;
	if (sec > 1000000000000LL / mult)
		return max;
	long long total = sec * mult;
	if (total > (max - ns * mult) / 1000000000LL)
		return max;
	return total * 1000000000LL + ns * mult;
}

static pid_t child;

/* Wait up to ns (forever if 0) for the child to end or a signal to come.
 * Returns the signal that came, 0 on time-out. */
static int wait_for(const sigset_t *set, long long ns)
{
	for (;;) {
		int sig;
		if (ns > 0) {
			struct timespec ts = { (time_t)(ns / 1000000000LL), (long)(ns % 1000000000LL) };
			sig = sigtimedwait(set, 0, &ts);
		} else {
			sig = sigwaitinfo(set, 0);
		}
		if (sig < 0 && errno == EAGAIN)
			return 0;
		if (sig < 0)
			continue;	/* EINTR; the deadline restarts, close enough */
		return sig;
	}
}

int timeout_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"+s(signal):k(kill-after):p(preserve-status)f(foreground)v(verbose)");
	int c, sig = SIGTERM, preserve = 0, foreground = 0, verbose = 0;
	long long kill_after = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 's':
			if ((sig = sig_number(o.arg)) < 0) {
				warn_msg("%s: invalid signal", o.arg);
				usage();
				return 125;
			}
			break;
		case 'k':
			if ((kill_after = parse_duration(o.arg)) < 0) {
				warn_msg("invalid time interval '%s'", o.arg);
				usage();
				return 125;
			}
			break;
		case 'p': preserve = 1; break;
		case 'f': foreground = 1; break;
		case 'v': verbose = 1; break;
		default: usage(); return 125;
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (argc < 2) {
		warn_msg(argc ? "missing operand after '%s'" : "missing operand", argv[0]);
		usage();
		return 125;
	}
	long long limit = parse_duration(argv[0]);
	if (limit < 0) {
		warn_msg("invalid time interval '%s'", argv[0]);
		usage();
		return 125;
	}
	argv++;
	if (!foreground)
		setpgid(0, 0);
	/* signals to pass on, and the child's end, are taken synchronously */
	static const int relay[] = { SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGALRM, SIGUSR1, SIGUSR2 };
	sigset_t set, old;
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	for (size_t i = 0; i < sizeof relay / sizeof relay[0]; i++)
		sigaddset(&set, relay[i]);
	sigaddset(&set, sig);
	sigprocmask(SIG_BLOCK, &set, &old);
	/* SIGTTIN/SIGTTOU would stop a background timeout reading the terminal */
	signal(SIGTTIN, SIG_IGN);
	signal(SIGTTOU, SIG_IGN);
	fflush(stdout);
	child = fork();
	if (child < 0) {
		warn_errno("fork");
		return 125;
	}
	if (!child) {
		sigprocmask(SIG_SETMASK, &old, 0);
		signal(SIGTTIN, SIG_DFL);
		signal(SIGTTOU, SIG_DFL);
		execvp(argv[0], argv);
		int err = errno;
		warn_errno("'%s'", argv[0]);
		_exit(err == ENOENT ? 127 : 126);
	}
	int timed_out = 0, status;
	long long wait_ns = limit;
	int killed = 0;
	for (;;) {
		pid_t r = waitpid(child, &status, WNOHANG);
		if (r == child)
			break;
		if (r < 0 && errno != EINTR) {
			warn_errno("waitpid");
			return 125;
		}
		int got = wait_for(&set, wait_ns);
		if (got == SIGCHLD)
			continue;
		int send = got ? got : sig;
		if (!got) {
			if (killed || (timed_out && !kill_after)) {
				wait_ns = 0;
				continue;
			}
			if (timed_out) {
				send = SIGKILL;
				killed = 1;
			}
			timed_out = 1;
			wait_ns = killed ? 0 : kill_after;
		}
		if (verbose && !got) {
			char buf[32];
			const char *name = sig_name(send, buf, sizeof buf);
			if (name)
				warn_msg("sending signal %s to command '%s'", name, argv[0]);
			else
				warn_msg("sending signal %d to command '%s'", send, argv[0]);
		}
		kill(child, send);
		if (send == SIGKILL)
			killed = 1;
		if (!foreground && send != SIGKILL && send != SIGSTOP) {
			/* the rest of the group (the command's own children); we have it
			 * blocked: take our own copy back at once */
			kill(0, send);
			sigset_t one;
			sigemptyset(&one);
			sigaddset(&one, send);
			struct timespec zero = { 0, 0 };
			sigtimedwait(&one, 0, &zero);
		}
		if (send != SIGKILL && send != SIGCONT)
			kill(child, SIGCONT);
	}
	/* like GNU, whose KILL to the group ends timeout itself */
	if (killed && !preserve)
		return 128 + SIGKILL;
	if (timed_out && !preserve)
		return 124;
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return 125;
}
