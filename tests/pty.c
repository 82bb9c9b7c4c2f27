/* pty: run a command on a pseudo-terminal and drive it with a script, for the
 * tests of interactive features (line editing, history, job control).
 *   pty [-w COLS] CMD [ARG...] < SCRIPT
 * SCRIPT lines:  send TEXT   type TEXT (escapes: \r \n \t \e \\ \xHH)
 *                wait TEXT   wait until TEXT appears in the output not yet
 *                            waited for (10 s at most, then fail)
 *                waitfg      wait until a job has the terminal (the foreground
 *                            process group is not the shell's; 10 s at most):
 *                            a ^Z or ^C typed before that would be lost
 *                sleep MS
 * After the script the terminal side is read until the command exits.  The
 * output goes to stdout as the screen showed it, a line per line: \r, \b,
 * ESC[K, ESC[nC/D and clear-screen are applied to the current line and
 * other escape sequences are dropped, so transcripts compare exactly.
 * Exit status: the command's, or 3 when a wait times out. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static char line[4096];
static size_t col, len;
static int esc;			/* 0, 1 after ESC, 2 inside ESC [ */
static int escnum;
static char pending[1 << 16];	/* raw output not yet waited for */
static size_t npending;

static void emit(int c)
{
	if (esc == 1) {
		esc = c == '[' ? 2 : 0;
		escnum = 0;
		return;
	}
	if (esc == 2) {
		if (c >= '0' && c <= '9') {
			escnum = escnum * 10 + c - '0';
			return;
		}
		if (c == ';' || c == '?')
			return;
		esc = 0;
		if (c == 'K')
			len = col;
		else if (c == 'C')
			col += escnum ? (size_t)escnum : 1;
		else if (c == 'D')
			col = col > (size_t)(escnum ? escnum : 1) ? col - (size_t)(escnum ? escnum : 1) : 0;
		else if (c == 'J')
			len = col = 0;
		if (col >= sizeof line)
			col = sizeof line - 1;
		while (len < col)
			line[len++] = ' ';
		return;
	}
	switch (c) {
	case 27: esc = 1; return;
	case '\r': col = 0; return;
	case '\b': if (col) col--; return;
	case '\a': return;
	case '\n':
		fwrite(line, 1, len, stdout);
		putchar('\n');
		len = col = 0;
		return;
	}
	if (col >= sizeof line - 1)
		return;
	line[col++] = (char)c;
	if (col > len)
		len = col;
}

static void got(const char *buf, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		emit((unsigned char)buf[i]);
	if (npending + n > sizeof pending) {
		size_t drop = npending + n - sizeof pending;
		if (drop > npending)
			drop = npending;
		memmove(pending, pending + drop, npending - drop);
		npending -= drop;
	}
	if (n > sizeof pending - npending)
		n = sizeof pending - npending;
	memcpy(pending + npending, buf, n);
	npending += n;
}

/* Read what is there, waiting up to ms; returns -1 at end of output. */
static int pump(int fd, int ms)
{
	struct pollfd p = { fd, POLLIN, 0 };
	char buf[4096];
	ssize_t r;
	if (poll(&p, 1, ms) <= 0)
		return 0;
	r = read(fd, buf, sizeof buf);
	if (r < 0 && errno == EINTR)
		return 0;
	if (r <= 0)
		return -1;
	got(buf, (size_t)r);
	return 1;
}

static size_t unescape(char *s)
{
	char *o = s, *p = s;
	while (*p) {
		if (*p != '\\' || !p[1]) {
			*o++ = *p++;
			continue;
		}
		p++;
		switch (*p) {
		case 'r': *o++ = '\r'; p++; break;
		case 'n': *o++ = '\n'; p++; break;
		case 't': *o++ = '\t'; p++; break;
		case 'e': *o++ = 27; p++; break;
		case 'x': {
			unsigned v = 0;
			int k;
			p++;
			for (k = 0; k < 2 && *p; k++, p++)
				v = v * 16 + (unsigned)(*p <= '9' ? *p - '0' : (*p | 32) - 'a' + 10);
			*o++ = (char)v;
			break;
		}
		default: *o++ = *p++;
		}
	}
	*o = 0;
	return (size_t)(o - s);
}

static long now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

int main(int argc, char **argv)
{
	struct winsize ws = { 24, 80, 0, 0 };
	int master, i = 1, st;
	char *name, cmd[8192];
	pid_t pid;
	if (argc > 2 && !strcmp(argv[1], "-w")) {
		ws.ws_col = (unsigned short)atoi(argv[2]);
		i = 3;
	}
	if (i >= argc) {
		fputs("usage: pty [-w COLS] CMD [ARG...] < SCRIPT\n", stderr);
		return 2;
	}
	master = posix_openpt(O_RDWR | O_NOCTTY);
	if (master < 0 || grantpt(master) || unlockpt(master) || !(name = ptsname(master))) {
		perror("pty");
		return 2;
	}
	pid = fork();
	if (pid < 0) {
		perror("pty: fork");
		return 2;
	}
	if (pid == 0) {
		int s;
		setsid();
		s = open(name, O_RDWR);
		if (s < 0) {
			perror(name);
			_exit(2);
		}
		ioctl(s, TIOCSCTTY, 0);
		ioctl(s, TIOCSWINSZ, &ws);
		dup2(s, 0);
		dup2(s, 1);
		dup2(s, 2);
		if (s > 2)
			close(s);
		close(master);
		execvp(argv[i], argv + i);
		perror(argv[i]);
		_exit(127);
	}
	while (fgets(cmd, sizeof cmd, stdin)) {
		size_t n = strlen(cmd);
		if (n && cmd[n - 1] == '\n')
			cmd[--n] = 0;
		if (!strncmp(cmd, "send ", 5)) {
			n = unescape(cmd + 5);
			if (write(master, cmd + 5, n) < 0)
				break;
			pump(master, 0);
		} else if (!strncmp(cmd, "wait ", 5)) {
			long end = now_ms() + 10000;
			n = unescape(cmd + 5);
			for (;;) {
				char *hit = memmem(pending, npending, cmd + 5, n);
				if (hit) {
					size_t used = (size_t)(hit - pending) + n;
					memmove(pending, pending + used, npending - used);
					npending -= used;
					break;
				}
				if (now_ms() > end || pump(master, 100) < 0) {
					fflush(stdout);
					fprintf(stderr, "pty: timed out waiting for \"%s\"\n", cmd + 5);
					kill(pid, SIGKILL);
					waitpid(pid, NULL, 0);
					return 3;
				}
			}
		} else if (!strcmp(cmd, "waitfg")) {
			long end = now_ms() + 10000;
			pid_t fg;
			while ((fg = tcgetpgrp(master)) < 0 || fg == pid) {
				if (now_ms() > end || pump(master, 10) < 0) {
					fflush(stdout);
					fprintf(stderr, "pty: timed out waiting for a foreground job\n");
					kill(pid, SIGKILL);
					waitpid(pid, NULL, 0);
					return 3;
				}
			}
		} else if (!strncmp(cmd, "sleep ", 6)) {
			long end = now_ms() + atol(cmd + 6);
			while (now_ms() < end)
				pump(master, (int)(end - now_ms()));
		}
	}
	/* the rest of the output, until the command is gone */
	for (;;) {
		long end = now_ms() + 10000;
		int r = pump(master, 200);
		if (r < 0)
			break;
		if (r == 0 && waitpid(pid, &st, WNOHANG) == pid) {
			while (pump(master, 50) > 0)
				;
			goto done;
		}
		if (now_ms() > end)
			break;
	}
	waitpid(pid, &st, 0);
done:
	if (len)
		fwrite(line, 1, len, stdout);
	fflush(stdout);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
