/* xargs - build and run command lines from standard input
 *
 * APPLET(xargs, USR_BIN)
 * usage: xargs [-0prtx] [-E EOF] [-I STR] [-L N] [-n N] [-s SIZE] [-P N] [-d DELIM] [CMD [ARG...]]
 *
 * Run CMD (default echo) with ARGs followed by as many arguments read from standard
 * input as fit. Input arguments are separated by blanks and newlines; quotes ('...',
 * "...") and backslashes escape them. The command's standard input is /dev/null.
 * Exit status: 123 if a command failed, 124 if one exited 255, 125 if one was killed,
 * 126 if CMD can't run, 127 if it is not found, 1 on other errors.
 *
 * -0, --null          arguments end with NUL, no quoting    -d C  they end with C
 * -E EOF, --eof=EOF   stop at an argument EOF
 * -I STR              run once per line, STR in ARGs replaced by it   -i  -I {}
 * -L N                at most N non-blank lines per command           -l  -L 1
 * -n N, --max-args=N  at most N arguments per command
 * -s N                at most N bytes of arguments per command
 * -P N, --max-procs=N run up to N commands at once (0: as many as possible)
 * -p  ask before each command      -r, --no-run-if-empty  no command without input
 * -t, --verbose       print each command to standard error first
 * -x  exit if a command line would exceed the size    -a FILE  read arguments from FILE
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "ring3.h"

static int in_fd;
static char inbuf[1 << 16];
static size_t in_pos, in_len;
static int in_eof;

static int get_byte(void)
{
	if (in_pos == in_len) {
		if (in_eof)
			return -1;
		ssize_t n = safe_read(in_fd, inbuf, sizeof inbuf);
		if (n <= 0) {
			if (n < 0)
				die_errno("read error");
			in_eof = 1;
			return -1;
		}
		in_pos = 0;
		in_len = n;
	}
	return (unsigned char)inbuf[in_pos++];
}

static char *word;
static size_t wlen, wcap;

static void add_byte(int c)
{
	if (wlen + 2 > wcap)
		word = xrealloc(word, wcap = wcap * 2 + 256);
	word[wlen++] = (char)c;
}

static int delim = -1;		/* -0 / -d: exact delimiter */
static int line_mode;		/* -I: one argument per line */
static const char *eof_str;
static int hit_eof_str;

/* The next argument in word (NUL-terminated, length wlen). Returns 0 at end of input.
 * *eol is set when the argument ends a (non-continued) line, for -L. */
static int next_arg(int *eol)
{
	*eol = 0;
	if (hit_eof_str)
		return 0;
	for (;;) {
		wlen = 0;
		int c, got = 0;
		if (delim >= 0) {
			while ((c = get_byte()) != -1 && c != delim)
				add_byte(c);
			if (c == -1 && !wlen)
				return 0;
			*eol = 1;
			add_byte(0);
			wlen--;
			return 1;
		}
		int quote = 0;
		/* skip blanks (and, outside -I, empty lines) */
		while ((c = get_byte()) == ' ' || c == '\t' || c == '\n')
			;
		for (;; c = get_byte()) {
			if (c == -1) {
				if (quote) {
					fflush(stdout);
					warn_msg("unmatched %s quote; by default quotes are special to "
						 "xargs unless you use the -0 option",
						 quote == '\'' ? "single" : "double");
					exit(1);
				}
				break;
			}
			if (quote) {
				if (c == quote) {
					quote = 0;
					continue;
				}
				if (c == '\n') {
					fflush(stdout);
					warn_msg("unmatched %s quote; by default quotes are special to "
						 "xargs unless you use the -0 option",
						 quote == '\'' ? "single" : "double");
					exit(1);
				}
				add_byte(c);
				continue;
			}
			if (c == '\n') {
				/* a line ending in a blank continues on the next for -L */
				*eol = 1;
				break;
			}
			if ((c == ' ' || c == '\t') && !line_mode) {
				/* end of word: is the line ending in blanks? */
				int d;
				while ((d = get_byte()) == ' ' || d == '\t')
					;
				if (d != -1)
					in_pos--;	/* push back (buffer still holds it) */
				break;
			}
			got = 1;
			if (c == '\'' || c == '"') {
				quote = c;
				continue;
			}
			if (c == '\\') {
				c = get_byte();
				if (c == -1)
					break;
			}
			add_byte(c);
		}
		if (!got && !wlen) {
			if (c == -1)
				return 0;
			continue;
		}
		add_byte(0);
		wlen--;
		if (eof_str && !strcmp(word, eof_str)) {
			hit_eof_str = 1;
			return 0;
		}
		return 1;
	}
}

static int trace, prompt, max_procs = 1, running, status;
static pid_t *pids;

static void report(int ws, const char *cmd)
{
	if (WIFEXITED(ws)) {
		int s = WEXITSTATUS(ws);
		if (s == 255) {
			warn_msg("%s: exited with status 255; aborting", cmd);
			status = 124;
		} else if (s && status < 123) {
			status = 123;
		}
	} else if (WIFSIGNALED(ws)) {
		warn_msg("%s: terminated by signal %d", cmd, WTERMSIG(ws));
		status = 125;
	}
}

static char *cmd_name;

/* Wait for one child (any if block); returns 0 if none was left. */
static int reap(int block)
{
	if (!running)
		return 0;
	int ws;
	pid_t p;
	do
		p = waitpid(-1, &ws, block ? 0 : WNOHANG);
	while (p < 0 && errno == EINTR);
	if (p <= 0)
		return 0;
	for (int i = 0; i < max_procs; i++)
		if (pids[i] == p) {
			pids[i] = 0;
			running--;
			report(ws, cmd_name);
			break;
		}
	return 1;
}

static void finish_all(void)
{
	while (running)
		reap(1);
}

static void run(char **argv)
{
	while (running >= max_procs)
		reap(1);
	if (status == 124 || status == 125) {
		finish_all();
		exit(status);
	}
	if (trace || prompt) {
		fflush(stdout);
		for (int i = 0; argv[i]; i++)
			fprintf(stderr, "%s%s", i ? " " : "", argv[i]);
		if (prompt) {
			fprintf(stderr, "?...");
			fflush(stderr);
			int tty = open("/dev/tty", O_RDONLY | O_CLOEXEC);
			char c, first = 0;
			int got = 0;
			while (tty >= 0 && safe_read(tty, &c, 1) == 1) {
				if (!got++)
					first = c;
				if (c == '\n')
					break;
			}
			if (tty >= 0)
				close(tty);
			if (first != 'y' && first != 'Y')
				return;
		} else {
			fputc('\n', stderr);
		}
		fflush(stderr);
	}
	fflush(stdout);
	int pfd[2];
	if (pipe2(pfd, O_CLOEXEC))
		die_errno("pipe");
	pid_t pid = fork();
	if (pid < 0)
		die_errno("cannot fork");
	if (!pid) {
		close(pfd[0]);
		if (!prompt) {
			int fd = open("/dev/null", O_RDONLY);
			if (fd > 0) {
				dup2(fd, 0);
				close(fd);
			}
		}
		execvp(argv[0], argv);
		int e = errno;
		if (write(pfd[1], &e, sizeof e) < 0)
			_exit(127);
		_exit(e == ENOENT ? 127 : 126);
	}
	close(pfd[1]);
	int e;
	ssize_t n;
	do
		n = read(pfd[0], &e, sizeof e);
	while (n < 0 && errno == EINTR);
	close(pfd[0]);
	if (n == sizeof e) {
		int ws;
		while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
			;
		finish_all();
		errno = e;
		warn_errno("%s", argv[0]);
		exit(e == ENOENT ? 127 : 126);
	}
	for (int i = 0; i < max_procs; i++)
		if (!pids[i]) {
			pids[i] = pid;
			break;
		}
	running++;
	if (status == 124 || status == 125) {
		finish_all();
		exit(status);
	}
	/* collect what has finished, so -P N keeps running */
	while (reap(0))
		;
	if (status == 124 || status == 125) {
		finish_all();
		exit(status);
	}
}

static char *replace(const char *s, const char *str, const char *with)
{
	size_t sl = strlen(str), wl = strlen(with), n = 0;
	if (!sl)
		return xstrdup(s);
	for (const char *p = s; (p = strstr(p, str)); p += sl)
		n++;
	char *out = xmalloc(strlen(s) + n * wl + 1), *o = out;
	for (const char *p = s;;) {
		const char *q = strstr(p, str);
		if (!q) {
			strcpy(o, p);
			break;
		}
		memcpy(o, p, q - p);
		o += q - p;
		memcpy(o, with, wl);
		o += wl;
		p = q + sl;
	}
	return out;
}

static int parse_count(const char *s, const char *what, long min)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (!*s || *end || errno || v > INT_MAX) {
		warn_msg("invalid number \"%s\" for -%s option", s, what);
		exit(1);
	}
	if (v < min) {
		warn_msg("value %s for -%s option should be >= %ld", s, what, min);
		exit(1);
	}
	return (int)v;
}

int xargs_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"+0(null)a(arg-file):d(delimiter):E(eof):I:i(replace)L:l(max-lines)"
		"n(max-args):s(max-chars):P(max-procs):p(interactive)r(no-run-if-empty)"
		"t(verbose)x(exit)");
	int c, max_args = 0, max_lines = 0, no_empty = 0, exact = 0;
	long max_chars = 0;
	const char *repl = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case '0': delim = 0; break;
		case 'a':
			in_fd = open(o.arg, O_RDONLY | O_CLOEXEC);
			if (in_fd < 0)
				die_errno("cannot open input file '%s'", o.arg);
			break;
		case 'd': {
			const char *s = o.arg;
			if (*s == '\\' && s[1]) {
				s++;
				delim = escape_char(&s, 0);
			} else {
				delim = (unsigned char)*s++;
			}
			if (*s || delim < 0) {
				warn_msg("invalid input delimiter specification %s", o.arg);
				return 1;
			}
			break;
		}
		case 'E': eof_str = o.arg && *o.arg ? o.arg : 0; break;
		case 'I': case 'i':
			repl = o.arg ? o.arg : "{}";
			max_lines = 1;
			max_args = 0;
			exact = 1;
			break;
		case 'L': case 'l':
			max_lines = o.arg ? parse_count(o.arg, "L", 1) : 1;
			max_args = 0;
			repl = 0;
			break;
		case 'n':
			max_args = parse_count(o.arg, "n", 1);
			max_lines = 0;
			repl = 0;
			break;
		case 's': max_chars = parse_count(o.arg, "s", 1); break;
		case 'P': max_procs = parse_count(o.arg, "P", 0); break;
		case 'p': prompt = trace = 1; break;
		case 'r': no_empty = 1; break;
		case 't': trace = 1; break;
		case 'x': exact = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (max_procs == 0)
		max_procs = 1024;
	pids = xzalloc(max_procs * sizeof *pids);
	line_mode = repl != 0;
	if (delim >= 0)
		eof_str = 0;

	static char *echo_argv[] = { "echo", 0 };
	if (!argc) {
		argc = 1;
		argv = echo_argv;
	}
	cmd_name = argv[0];

	long limit = sysconf(_SC_ARG_MAX);
	if (limit <= 0)
		limit = 128 * 1024;
	extern char **environ;
	for (char **p = environ; *p; p++)
		limit -= (long)strlen(*p) + 1;
	limit -= 2048;
	if (limit > 128 * 1024 && !max_chars)
		limit = 128 * 1024;
	if (max_chars) {
		if (max_chars > limit && limit > 0)
			max_chars = limit;
		limit = max_chars;
	}

	size_t base = 0;
	for (int i = 0; i < argc; i++)
		base += strlen(argv[i]) + 1;
	if (!repl && (long)base > limit) {
		warn_msg("argument list too long");
		return 1;
	}

	char **cmd = xmalloc((argc + 1) * sizeof *cmd);
	size_t cap = 64, n = 0, size = base;
	char **args = xmalloc((argc + cap + 1) * sizeof *args);
	for (int i = 0; i < argc; i++)
		args[i] = argv[i];
	int lines = 0, ran = 0, eol;

	while (next_arg(&eol)) {
		if (repl) {
			for (int i = 0; i < argc; i++)
				cmd[i] = replace(argv[i], repl, word);
			cmd[argc] = 0;
			size_t sz = 0;
			for (int i = 0; i < argc; i++)
				sz += strlen(cmd[i]) + 1;
			if ((long)sz > limit) {
				warn_msg("argument line too long");
				finish_all();
				return 1;
			}
			run(cmd);
			ran = 1;
			for (int i = 0; i < argc; i++)
				free(cmd[i]);
			continue;
		}
		if ((long)(size + wlen + 1) > limit) {
			if (!n || exact) {
				warn_msg("argument line too long");
				finish_all();
				return 1;
			}
			args[argc + n] = 0;
			run(args);
			ran = 1;
			for (size_t i = 0; i < n; i++)
				free(args[argc + i]);
			n = 0;
			lines = 0;
			size = base;
		}
		if (n == cap)
			args = xrealloc(args, (argc + (cap *= 2) + 1) * sizeof *args);
		args[argc + n++] = xstrdup(word);
		size += wlen + 1;
		if (eol)
			lines++;
		if ((max_args && (int)n >= max_args) || (max_lines && lines >= max_lines)) {
			args[argc + n] = 0;
			run(args);
			ran = 1;
			for (size_t i = 0; i < n; i++)
				free(args[argc + i]);
			n = 0;
			lines = 0;
			size = base;
		}
	}
	if (n || (!ran && !no_empty && !repl)) {
		args[argc + n] = 0;
		run(args);
		for (size_t i = 0; i < n; i++)
			free(args[argc + i]);
	}
	finish_all();
	free(args);
	free(cmd);
	return status;
}
