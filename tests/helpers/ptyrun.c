/* ptyrun: run a command on a fresh pseudo-terminal and talk to it, expect-style.
 *
 *   ptyrun [-t SECONDS] [-e TEXT | -s TEXT | -d MS]... -- COMMAND [ARG...]
 *
 * The command runs as a session leader with the pty as its controlling terminal and
 * stdin/stdout/stderr. The steps run in order: -e waits until TEXT has appeared in
 * the output (after the previous match), -s types TEXT (\n, \r, \t, \\, \003, \004
 * escapes), -d pauses. Afterwards the output is drained until the command has closed
 * the terminal. Everything it printed goes to stdout with the CRs removed. Exit status:
 * the command's (128+N for signal N), or 124 with a message when a step or the whole
 * run times out (default 20 s).
 * Built by the tests that need it (tests/applets/login.test); not part of ring3.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char out[1 << 20];
static size_t outlen, matched;
static int master = -1;
static double deadline;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void flush_out(void)
{
	size_t j = 0;
	for (size_t i = 0; i < outlen; i++)
		if (out[i] != '\r')
			out[j++] = out[i];
	fwrite(out, 1, j, stdout);
	fflush(stdout);
}

static pid_t pid;
static int status = -1;

/* Read what comes within ms. Returns 0 once the command has exited and nothing more
 * came (the parent keeps a slave fd open, so the master never sees a hang-up). */
static int pump(int ms)
{
	struct pollfd p = { master, POLLIN, 0 };
	int r = poll(&p, 1, status < 0 ? ms : 20), st;	/* after the exit: only what is queued */
	if (r > 0 && outlen < sizeof out) {
		ssize_t n = read(master, out + outlen, sizeof out - outlen);
		if (n > 0) {
			outlen += n;
			return 1;
		}
	}
	if (status < 0 && waitpid(pid, &st, WNOHANG) == pid) {
		status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
		return 1;	/* one more look for what it wrote last */
	}
	return status < 0;
}

static void timed_out(const char *what)
{
	flush_out();
	fprintf(stderr, "ptyrun: timed out %s\n", what);
	exit(124);
}

static void unescape(char *s)
{
	char *o = s;
	while (*s) {
		if (*s != '\\' || !s[1]) {
			*o++ = *s++;
			continue;
		}
		s++;
		switch (*s) {
		case 'n': *o++ = '\n'; s++; break;
		case 'r': *o++ = '\r'; s++; break;
		case 't': *o++ = '\t'; s++; break;
		case '0': case '1': case '2': case '3': {
			int v = 0;
			for (int k = 0; k < 3 && *s >= '0' && *s <= '7'; k++)
				v = v * 8 + *s++ - '0';
			*o++ = (char)v;
			break;
		}
		default: *o++ = *s++;
		}
	}
	*o = 0;
}

int main(int argc, char **argv)
{
	double limit = 20;
	int first = 1;
	while (first < argc && strcmp(argv[first], "--")) {
		if (!strcmp(argv[first], "-t") && first + 1 < argc)
			limit = atof(argv[first + 1]);
		first += 2;
	}
	if (first >= argc - 1) {
		fprintf(stderr, "usage: ptyrun [-t SECONDS] [-e TEXT | -s TEXT | -d MS]... -- COMMAND [ARG...]\n");
		return 2;
	}
	master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (master < 0 || grantpt(master) < 0 || unlockpt(master) < 0) {
		perror("ptyrun: pty");
		return 2;
	}
	char *slave = ptsname(master);
	struct winsize ws = { .ws_row = 24, .ws_col = 80 };
	int keep = open(slave, O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (keep < 0) {
		perror("ptyrun: slave");
		return 2;
	}
	pid = fork();
	if (pid < 0) {
		perror("ptyrun: fork");
		return 2;
	}
	if (pid == 0) {
		setsid();
		close(keep);
		int fd = open(slave, O_RDWR);
		if (fd < 0 || ioctl(fd, TIOCSCTTY, 0) < 0) {
			perror("ptyrun: slave");
			_exit(2);
		}
		ioctl(fd, TIOCSWINSZ, &ws);
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (fd > 2)
			close(fd);
		execvp(argv[first + 1], argv + first + 1);
		perror(argv[first + 1]);
		_exit(127);
	}
	deadline = now() + limit;
	for (int i = 1; i < first; i += 2) {
		char *arg = argv[i + 1];
		unescape(arg);
		if (!strcmp(argv[i], "-e")) {
			char *hit;
			for (;;) {
				out[outlen] = 0;
				if ((hit = memmem(out + matched, outlen - matched, arg, strlen(arg))))
					break;
				if (now() > deadline)
					timed_out(arg);
				if (!pump(100)) {
					flush_out();
					fprintf(stderr, "ptyrun: end of output while waiting for '%s'\n", arg);
					return 125;
				}
			}
			matched = hit - out + strlen(arg);
		} else if (!strcmp(argv[i], "-s")) {
			size_t n = strlen(arg);
			if (write(master, arg, n) != (ssize_t)n)
				perror("ptyrun: write");
		} else if (!strcmp(argv[i], "-d")) {
			double until = now() + atof(arg) / 1000;
			while (now() < until && pump((int)((until - now()) * 1000) + 1))
				;
		}
	}
	while (pump(100))
		if (now() > deadline) {
			kill(pid, SIGKILL);
			timed_out("waiting for the end");
		}
	flush_out();
	return status;
}
