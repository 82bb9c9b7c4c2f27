/* watch - run a command again and again, showing its output
 *
 * APPLET(watch, USR_BIN)
 * usage: watch [-n SECS] [-t] [-d] [-e] [-g] [-x] COMMAND [ARG]...
 *
 * Run COMMAND (through sh -c, its words joined by spaces) every SECS seconds, two by
 * default, and show its output and standard error under a header line, until
 * interrupted. On a terminal the screen is redrawn in place (and given back as it was
 * on exit); otherwise each run is printed in turn.
 *
 * -n SECS  the interval, fractions allowed, at least 0.1 (--interval)
 * -t       no header line (--no-title)
 * -d       highlight what changed since the last run (--differences)
 * -e       stop when COMMAND fails; on a terminal wait for a key first; status 8
 *          (--errexit)
 * -g       stop, with status 0, as soon as the output changes (--chgexit)
 * -x       run COMMAND itself, not through sh -c (--exec)
 */
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
#include "ring3.h"

#define MAX_OUTPUT (4 << 20)

static volatile sig_atomic_t stop, resized;
static int tty, alt_screen;

static void on_signal(int sig)
{
	if (sig == SIGWINCH)
		resized = 1;
	else
		stop = sig;
}

static void put(const char *s)
{
	full_write(1, s, strlen(s));
}

static void restore_screen(void)
{
	if (alt_screen)
		put("\033[0m\033[?25h\033[?1049l");
	alt_screen = 0;
}

/* Runs the command; returns its output (NUL-terminated, length in *len) and status. */
static char *run(char **cmd, int exec_direct, size_t *len, int *status)
{
	int fds[2];
	if (pipe(fds)) {
		warn_errno("pipe");
		return 0;
	}
	pid_t pid = fork();
	if (pid < 0) {
		warn_errno("fork");
		close(fds[0]);
		close(fds[1]);
		return 0;
	}
	if (!pid) {
		close(fds[0]);
		dup2(fds[1], 1);
		dup2(fds[1], 2);
		if (fds[1] > 2)
			close(fds[1]);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		if (exec_direct)
			execvp(cmd[0], cmd);
		else
			execl("/bin/sh", "sh", "-c", cmd[0], (char *)0);
		int e = errno;
		warn_errno("%s", exec_direct ? cmd[0] : "/bin/sh");
		_exit(e == ENOENT ? 127 : 126);
	}
	close(fds[1]);
	size_t cap = 4096, n = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		char tmp[8192];
		ssize_t r = read(fds[0], tmp, sizeof tmp);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		size_t take = (size_t)r;
		if (n + take > MAX_OUTPUT)
			take = MAX_OUTPUT - n;	/* keep reading so the command never blocks */
		if (n + take + 1 > cap) {
			while (n + take + 1 > cap)
				cap *= 2;
			buf = xrealloc(buf, cap);
		}
		memcpy(buf + n, tmp, take);
		n += take;
	}
	close(fds[0]);
	while (waitpid(pid, status, 0) < 0 && errno == EINTR)
		;
	buf[n] = 0;
	*len = n;
	return buf;
}

static void term_size(int *rows, int *cols)
{
	struct winsize ws;
	*rows = 24;
	*cols = 80;
	if (!ioctl(1, TIOCGWINSZ, &ws) && ws.ws_row && ws.ws_col) {
		*rows = ws.ws_row;
		*cols = ws.ws_col;
	}
}

/* The output within rows x cols on a terminal, characters that differ from old (if
 * any) in reverse video; the whole output otherwise. */
static void draw(const char *title, const char *out, size_t len, const char *old, size_t oldlen)
{
	if (!tty) {
		if (title)
			printf("%s\n\n", title);
		fwrite(out, 1, len, stdout);
		if (len && out[len - 1] != '\n')
			putchar('\n');
		fflush(stdout);
		return;
	}
	int rows, cols;
	term_size(&rows, &cols);
	/* build the screen in memory, write it at once: less flicker */
	size_t cap = (size_t)rows * ((size_t)cols * 8 + 16) + 256, n = 0;
	char *scr = xmalloc(cap);
	n += (size_t)snprintf(scr + n, cap - n, "\033[H\033[2J");
	int row = 0;
	if (title) {
		n += (size_t)snprintf(scr + n, cap - n, "%.*s\r\n\r\n", cols, title);
		row = 2;
	}
	int col = 0, rev = 0;
	for (size_t i = 0; i < len && row < rows; i++) {
		unsigned char c = (unsigned char)out[i];
		if (c == '\n') {
			if (rev)
				n += (size_t)snprintf(scr + n, cap - n, "\033[0m");
			rev = 0;
			if (++row < rows)
				n += (size_t)snprintf(scr + n, cap - n, "\r\n");
			col = 0;
			continue;
		}
		if (col >= cols)
			continue;
		int changed = old && (i >= oldlen || old[i] != out[i]);
		if (changed != rev) {
			n += (size_t)snprintf(scr + n, cap - n, changed ? "\033[7m" : "\033[0m");
			rev = changed;
		}
		if (c == '\t') {
			int next = (col / 8 + 1) * 8;
			for (; col < next && col < cols; col++)
				scr[n++] = ' ';
			continue;
		}
		scr[n++] = c < 32 || c == 127 ? '?' : (char)c;
		col++;
	}
	n += (size_t)snprintf(scr + n, cap - n, "\033[0m");
	full_write(1, scr, n);
	free(scr);
}

/* Sleeps up to secs; returns early on a signal. */
static void nap(double secs)
{
	struct timespec ts = { (time_t)secs, (long)((secs - (double)(time_t)secs) * 1e9) };
	nanosleep(&ts, 0);
}

static void wait_key(void)
{
	struct termios old, raw;
	if (tcgetattr(0, &old))
		return;
	raw = old;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	tcsetattr(0, TCSANOW, &raw);
	char c;
	while (!stop && read(0, &c, 1) < 0 && errno == EINTR)
		;
	tcsetattr(0, TCSANOW, &old);
}

int watch_main(int argc, char **argv)
{
	double interval = 2;
	int notitle = 0, diff = 0, errexit = 0, chgexit = 0, exec_direct = 0;
	struct opt o = OPT_INIT(argc, argv,
		"+n(interval):t(no-title)d(differences)e(errexit)g(chgexit)x(exec)");
	int c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'n': {
			char *copy = xstrdup(o.arg), *end, *comma = strchr(copy, ',');
			if (comma)
				*comma = '.';
			errno = 0;
			interval = strtod(copy, &end);
			int bad = !*copy || *end || errno || !(interval >= 0) || interval > 1e7;
			free(copy);
			if (bad) {
				warn_msg("'%s': invalid interval", o.arg);
				return 1;
			}
			if (interval < 0.1)
				interval = 0.1;
			break;
		}
		case 't': notitle = 1; break;
		case 'd': diff = 1; break;
		case 'e': errexit = 1; break;
		case 'g': chgexit = 1; break;
		case 'x': exec_direct = 1; break;
		default: return usage();
		}
	char **cmd = argv + o.ind;
	if (!*cmd) {
		warn_msg("missing command");
		return usage();
	}
	/* the command line as the header shows it, and as sh -c runs it */
	size_t clen = 1;
	for (char **a = cmd; *a; a++)
		clen += strlen(*a) + 1;
	char *line = xmalloc(clen);
	line[0] = 0;
	for (char **a = cmd; *a; a++) {
		if (a != cmd)
			strcat(line, " ");
		strcat(line, *a);
	}
	char *shcmd[] = { line, 0 };

	tty = isatty(1);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;	/* no SA_RESTART: a signal ends the nap */
	sigaction(SIGINT, &sa, 0);
	sigaction(SIGTERM, &sa, 0);
	sigaction(SIGHUP, &sa, 0);
	sigaction(SIGWINCH, &sa, 0);
	signal(SIGPIPE, SIG_IGN);
	if (tty) {
		put("\033[?1049h\033[?25l");	/* alternate screen, cursor hidden */
		alt_screen = 1;
	}
	char host[256] = "";
	gethostname(host, sizeof host - 1);
	char *prev = 0;
	size_t prevlen = 0;
	int ret = 0;
	while (!stop) {
		size_t len;
		int status = 0;
		char *out = run(exec_direct ? cmd : shcmd, exec_direct, &len, &status);
		if (!out) {
			ret = 1;
			break;
		}
		int changed = prev && (len != prevlen || memcmp(out, prev, len));
		char title[2048], *tp = 0;
		if (!notitle) {
			time_t now = time(0);
			char date[64], left[512], right[352];
			strftime(date, sizeof date, "%a %b %e %H:%M:%S %Y", localtime(&now));
			snprintf(left, sizeof left, "Every %.1fs: %s", interval, line);
			snprintf(right, sizeof right, "%s: %s", host, date);
			int rows, cols;
			term_size(&rows, &cols);
			int pad = cols - (int)strlen(left) - (int)strlen(right);
			pad = pad < 2 ? 2 : pad > 1000 ? 1000 : pad;
			snprintf(title, sizeof title, "%s%*s%s", left, pad, "", right);
			tp = title;
		}
		draw(tp, out, len, diff ? prev : 0, prevlen);
		free(prev);
		prev = out;
		prevlen = len;
		if (chgexit && changed)
			break;
		if (errexit && status) {
			if (tty) {
				put("\r\n\033[7mcommand exit with a non-zero status, press a key to exit\033[0m");
				wait_key();
			}
			ret = 8;
			break;
		}
		if (!tty && ferror(stdout)) {
			ret = 1;
			break;
		}
		nap(interval);
		resized = 0;	/* a new size ends the nap: the next run redraws */
	}
	restore_screen();
	free(prev);
	free(line);
	if (stop == SIGINT || stop == SIGTERM || stop == SIGHUP)
		return 0;
	return ret;
}
