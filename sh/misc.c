/* misc.c - builtins: echo, read, getopts, umask, kill, alias, unalias. */
#include "sh.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- echo --------------------------------------------------------------- */
/* Backslash escapes as in echo -e and printf %b; returns 1 at \c. */
int sh_escape(const char *s, struct sh_buf *out, int octal0)
{
	for (; *s; s++) {
		int c = (unsigned char)*s, n, v;
		if (c != '\\' || !s[1]) {
			sh_buf_addc(out, c);
			continue;
		}
		c = (unsigned char)*++s;
		switch (c) {
		case 'a': c = '\a'; break;
		case 'b': c = '\b'; break;
		case 'c': return 1;
		case 'e': c = 033; break;
		case 'f': c = '\f'; break;
		case 'n': c = '\n'; break;
		case 'r': c = '\r'; break;
		case 't': c = '\t'; break;
		case 'v': c = '\v'; break;
		case '\\': break;
		case '0': case '1': case '2': case '3':
		case '4': case '5': case '6': case '7':
			if (octal0 && c != '0') {
				sh_buf_addc(out, '\\');
				break;
			}
			v = 0;
			n = 0;
			if (octal0) {
				s++;	/* \0nnn */
			}
			for (; n < 3 && *s >= '0' && *s <= '7'; n++, s++)
				v = v * 8 + (*s - '0');
			s--;
			c = v & 255;
			break;
		default:
			sh_buf_addc(out, '\\');
			break;
		}
		sh_buf_addc(out, c);
	}
	return 0;
}

int sh_echo_builtin(int argc, char **argv)
{
	int i = 1, nl = 1, esc = 0, stop = 0;
	struct sh_buf b = {0};
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *o = argv[i] + 1;
		if (strspn(o, "neE") != strlen(o))
			break;
		for (; *o; o++) {
			if (*o == 'n')
				nl = 0;
			else if (*o == 'e')
				esc = 1;
			else
				esc = 0;
		}
	}
	for (; i < argc && !stop; i++) {
		if (esc)
			stop = sh_escape(argv[i], &b, 1);
		else
			sh_buf_adds(&b, argv[i]);
		if (i + 1 < argc && !stop)
			sh_buf_addc(&b, ' ');
	}
	if (nl && !stop)
		sh_buf_addc(&b, '\n');
	if (b.len)
		sh_out(b.s, b.len);
	free(b.s);
	return 0;
}

/* ---- read --------------------------------------------------------------- */
/* read takes the line and no more: from a pipe, terminal or device one byte per
 * read(2); from a regular file a block, and the offset is set back to just after the
 * line (a system call per byte is most of the time of `read x </proc/cmdline`). Only
 * regular files: some devices accept lseek and ignore it. */
struct rdbuf {
	char b[256];
	ssize_t n, i;
	int seekable;
};

static ssize_t rd_byte(struct rdbuf *r, char *c)
{
	if (!r->seekable)
		return read(0, c, 1);
	if (r->i == r->n) {
		ssize_t k = read(0, r->b, sizeof r->b);
		if (k <= 0)
			return k;
		r->n = k;
		r->i = 0;
	}
	*c = r->b[r->i++];
	return 1;
}

static void rd_done(struct rdbuf *r)
{
	if (r->seekable && r->i < r->n)
		lseek(0, r->i - r->n, SEEK_CUR);
}

int sh_read_builtin(int argc, char **argv)
{
	struct stat st0;
	struct rdbuf rb = { .seekable = !fstat(0, &st0) && S_ISREG(st0.st_mode) };
	int i = 1, raw = 0, st = 0, nv, v;
	const char *prompt = NULL, *ifs;
	char *line = NULL;
	unsigned char *q = NULL;
	size_t len = 0, cap = 0, p;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *o;
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		for (o = argv[i] + 1; *o; o++) {
			if (*o == 'r')
				raw = 1;
			else if (*o == 'p' && !o[1] && i + 1 < argc)
				prompt = argv[++i];
			else {
				sh_builtin_error("-%c: bad option", *o);
				return 2;
			}
		}
	}
	for (v = i; v < argc; v++)
		if (!sh_is_name(argv[v])) {
			sh_builtin_error("%s: bad variable name", argv[v]);
			return 2;
		}
	if (prompt && isatty(0)) {
		sh_flush();
		sh_errs(prompt);
	}
	/* one byte at a time: the rest of the input belongs to others */
	for (;;) {
		char c;
		ssize_t r = rd_byte(&rb, &c);
		int quoted = 0;
		if (r < 0 && errno == EINTR) {
			if (sh_pending_sig) {
				rd_done(&rb);
				sh_run_traps();
				free(line);
				free(q);
				return 128 + SIGINT;
			}
			continue;
		}
		if (r <= 0) {
			st = 1;
			break;
		}
		if (c == 0)
			continue;
		if (c == '\n')
			break;
		if (c == '\\' && !raw) {
			r = rd_byte(&rb, &c);
			if (r <= 0) {
				st = 1;
				break;
			}
			if (c == '\n')
				continue;
			quoted = 1;
		}
		if (len + 2 > cap) {
			cap = cap ? cap * 2 : 128;
			line = sh_xrealloc(line, cap);
			q = sh_xrealloc(q, cap);
		}
		line[len] = c;
		q[len++] = (unsigned char)quoted;
	}
	rd_done(&rb);
	if (!line) {
		line = sh_xmalloc(1);
		q = sh_xmalloc(1);
	}
	line[len] = 0;
	ifs = sh_getvar("IFS");
	if (!ifs)
		ifs = " \t\n";
#define ISIFS(k) (!q[k] && line[k] && strchr(ifs, line[k]))
#define ISWS(k) (ISIFS(k) && strchr(" \t\n", line[k]))
	nv = argc - i;
	p = 0;
	while (p < len && ISWS(p))
		p++;
	if (nv == 0) {
		/* REPLY gets the whole line, unsplit */
		char *s = sh_tstrndup(line, len);
		sh_setvar("REPLY", s, 0);
	}
	for (v = 0; v < nv; v++) {
		size_t start = p, end;
		char *val;
		if (v == nv - 1) {
			size_t e2, k;
			end = len;
			while (end > start && ISWS(end - 1))
				end--;
			/* a single trailing delimiter ends the last field
			 * when the rest is one field ("a:b:" gives "b") */
			if (end > start && ISIFS(end - 1)) {
				e2 = end - 1;
				while (e2 > start && ISWS(e2 - 1))
					e2--;
				for (k = start; k < e2 && !ISIFS(k); k++)
					;
				if (k == e2)
					end = e2;
			}
		} else {
			while (p < len && !ISIFS(p))
				p++;
			end = p;
			/* skip one delimiter with surrounding whitespace */
			while (p < len && ISWS(p))
				p++;
			if (p < len && ISIFS(p) && !ISWS(p)) {
				p++;
				while (p < len && ISWS(p))
					p++;
			}
		}
		val = sh_tstrndup(line + start, end - start);
		if (sh_setvar(argv[i + v], val, 0) < 0)
			st = 2;
	}
#undef ISIFS
#undef ISWS
	free(line);
	free(q);
	return st;
}

/* ---- getopts ------------------------------------------------------------ */
static int g_optind = -1, g_off;

int sh_getopts_builtin(int argc, char **argv)
{
	const char *optstr, *name, *arg, *oi = sh_getvar("OPTIND"), *spec;
	char **args, cbuf[2] = {0, 0};
	int nargs, optind, silent, c;
	if (argc < 3) {
		sh_builtin_error("usage: getopts optstring name [arg...]");
		return 2;
	}
	optstr = argv[1];
	name = argv[2];
	silent = optstr[0] == ':';
	if (argc > 3) {
		args = argv + 3;
		nargs = argc - 3;
	} else {
		args = sh_pos.v;
		nargs = sh_pos.n;
	}
	optind = oi ? atoi(oi) : 1;
	if (optind < 1)
		optind = 1;
	if (optind != g_optind)
		g_off = 0;
	if (g_off == 0) {
		if (optind > nargs)
			goto end;
		arg = args[optind - 1];
		if (arg[0] != '-' || !arg[1])
			goto end;
		if (!strcmp(arg, "--")) {
			optind++;
			goto end;
		}
		g_off = 1;
	}
	arg = args[optind - 1];
	c = (unsigned char)arg[g_off++];
	cbuf[0] = (char)c;
	spec = c != ':' ? strchr(optstr + silent, c) : NULL;
	if (!spec) {
		if (silent) {
			sh_setvar("OPTARG", cbuf, 0);
		} else {
			sh_unsetvar("OPTARG");
			sh_warnx("illegal option -- %c", c);
		}
		cbuf[0] = '?';
	} else if (spec[1] == ':') {
		if (arg[g_off]) {
			sh_setvar("OPTARG", arg + g_off, 0);
			optind++;
			g_off = 0;
		} else if (optind < nargs) {
			sh_setvar("OPTARG", args[optind], 0);
			optind += 2;
			g_off = 0;
		} else {
			if (silent) {
				sh_setvar("OPTARG", cbuf, 0);
				cbuf[0] = ':';
			} else {
				sh_unsetvar("OPTARG");
				sh_warnx("option requires an argument -- %c", c);
				cbuf[0] = '?';
			}
			optind++;
			g_off = 0;
		}
	} else {
		sh_unsetvar("OPTARG");
	}
	if (g_off && !arg[g_off]) {
		optind++;
		g_off = 0;
	}
	sh_setvar(name, cbuf, 0);
	sh_setvar_int("OPTIND", optind);
	g_optind = optind;
	return 0;
end:
	sh_setvar(name, "?", 0);
	sh_unsetvar("OPTARG");
	sh_setvar_int("OPTIND", optind);
	g_optind = optind;
	g_off = 0;
	return 1;
}

/* ---- umask -------------------------------------------------------------- */
static int parse_symbolic(const char *s, mode_t *mask)
{
	mode_t m = ~*mask & 0777;
	while (*s) {
		mode_t who = 0, perm = 0;
		char op;
		for (; *s && strchr("ugoa", *s); s++)
			who |= *s == 'u' ? 0700 : *s == 'g' ? 0070 :
			       *s == 'o' ? 0007 : 0777;
		if (!who)
			who = 0777;
		if (!*s || !strchr("+-=", *s))
			return -1;
		op = *s++;
		for (; *s && strchr("rwx", *s); s++)
			perm |= *s == 'r' ? 0444 : *s == 'w' ? 0222 : 0111;
		perm &= who;
		if (op == '+')
			m |= perm;
		else if (op == '-')
			m &= ~perm;
		else
			m = (m & ~who) | perm;
		if (*s == ',')
			s++;
		else if (*s)
			return -1;
	}
	*mask = ~m & 0777;
	return 0;
}

int sh_umask_builtin(int argc, char **argv)
{
	mode_t m = umask(0);
	int sym = 0, i = 1;
	umask(m);
	if (i < argc && !strcmp(argv[i], "-S")) {
		sym = 1;
		i++;
	}
	if (i >= argc) {
		if (sym) {
			mode_t p = ~m & 0777;
			const char *who = "ugo";
			int k;
			for (k = 0; k < 3; k++) {
				int sh = 6 - 3 * k;
				sh_outf("%c=%s%s%s%s", who[k],
					(p >> sh) & 4 ? "r" : "", (p >> sh) & 2 ? "w" : "",
					(p >> sh) & 1 ? "x" : "", k < 2 ? "," : "\n");
			}
		} else {
			sh_outf("%04o\n", (unsigned)m);
		}
		return 0;
	}
	if (argv[i][0] >= '0' && argv[i][0] <= '7') {
		char *end;
		long v = strtol(argv[i], &end, 8);
		if (*end || v > 0777) {
			sh_builtin_error("%s: bad mask", argv[i]);
			return 1;
		}
		m = (mode_t)v;
	} else if (parse_symbolic(argv[i], &m) < 0) {
		sh_builtin_error("%s: bad mask", argv[i]);
		return 1;
	}
	umask(m);
	return 0;
}

/* ---- kill --------------------------------------------------------------- */
int sh_kill_builtin(int argc, char **argv)
{
	int i = 1, sig = SIGTERM, st = 0;
	if (argc < 2) {
		sh_builtin_error("usage: kill [-s sig | -sig] pid...");
		return 2;
	}
	if (!strcmp(argv[1], "-l")) {
		if (argc > 2) {
			for (i = 2; i < argc; i++) {
				int n = atoi(argv[i]);
				const char *nm;
				if (n > 128)
					n -= 128;
				nm = sh_sig_name(n);
				if (!nm || n == 0) {
					sh_builtin_error("%s: bad signal", argv[i]);
					st = 1;
					continue;
				}
				sh_outf("%s\n", nm);
			}
			return st;
		}
		for (sig = 1; sig < 65; sig++)
			if (sh_sig_name(sig))
				sh_outf("%s\n", sh_sig_name(sig));
		return 0;
	}
	if (!strcmp(argv[1], "-s") && argc > 2) {
		sig = sh_sig_num(argv[2]);
		i = 3;
	} else if (argv[1][0] == '-' && argv[1][1] && strcmp(argv[1], "--")) {
		sig = sh_sig_num(argv[1] + 1);
		i = 2;
	} else if (!strcmp(argv[1], "--")) {
		i = 2;
	}
	if (sig < 0) {
		sh_builtin_error("%s: bad signal", argv[i - 1]);
		return 2;
	}
	for (; i < argc; i++) {
		pid_t pid = sh_job_pid(argv[i]);
		char *end;
		if (argv[i][0] != '%') {
			strtol(argv[i], &end, 10);
			if (!argv[i][0] || *end) {
				sh_builtin_error("%s: arguments must be process or job IDs", argv[i]);
				st = 1;
				continue;
			}
		}
		if (pid == -1 && argv[i][0] == '%') {
			sh_builtin_error("%s: no such job", argv[i]);
			st = 1;
			continue;
		}
		if (kill(pid, sig) < 0) {
			sh_builtin_error("%s: %s", argv[i], strerror(errno));
			st = 1;
		}
	}
	return st;
}

/* ---- aliases ------------------------------------------------------------ */
struct alias {
	struct alias *next;
	char *name, *val;
	int inuse, dead;
};
static struct alias *aliases;

static struct alias *alias_find(const char *name)
{
	struct alias *a;
	for (a = aliases; a; a = a->next)
		if (!a->dead && !strcmp(a->name, name))
			return a;
	return NULL;
}

const char *sh_alias_get(const char *name)
{
	struct alias *a = alias_find(name);
	return a ? a->val : NULL;
}

/* The lexer wants to substitute name: refuse recursion. */
const char *sh_alias_use(const char *name, void **handle)
{
	struct alias *a = alias_find(name);
	if (!a || a->inuse)
		return NULL;
	a->inuse = 1;
	*handle = a;
	return a->val;
}

void sh_alias_done(void *h)
{
	struct alias *a = h;
	a->inuse = 0;
}

static void alias_print(struct alias *a)
{
	const char *s;
	sh_outf("%s='", a->name);
	for (s = a->val; *s; s++) {
		if (*s == '\'')
			sh_outs("'\\''");
		else
			sh_outc(*s);
	}
	sh_outs("'\n");
}

int sh_alias_builtin(int argc, char **argv)
{
	int i, st = 0;
	struct alias *a;
	if (argc < 2) {
		for (a = aliases; a; a = a->next)
			if (!a->dead)
				alias_print(a);
		return 0;
	}
	for (i = 1; i < argc; i++) {
		char *eq = strchr(argv[i], '=');
		if (!eq) {
			a = alias_find(argv[i]);
			if (a) {
				alias_print(a);
			} else {
				sh_builtin_error("%s: not found", argv[i]);
				st = 1;
			}
			continue;
		}
		*eq = 0;
		a = alias_find(argv[i]);
		if (!a) {
			a = sh_xmalloc(sizeof *a);
			a->name = sh_xstrdup(argv[i]);
			a->inuse = a->dead = 0;
			a->next = aliases;
			aliases = a;
		} else {
			free(a->val);
		}
		a->val = sh_xstrdup(eq + 1);
		*eq = '=';
	}
	return st;
}

int sh_unalias_builtin(int argc, char **argv)
{
	int i, st = 0;
	struct alias *a;
	if (argc > 1 && !strcmp(argv[1], "-a")) {
		for (a = aliases; a; a = a->next)
			a->dead = 1;
		return 0;
	}
	for (i = 1; i < argc; i++) {
		a = alias_find(argv[i]);
		if (!a) {
			sh_builtin_error("%s: not found", argv[i]);
			st = 1;
			continue;
		}
		a->dead = 1;	/* may be in use by the lexer: never freed */
	}
	return st;
}

/* ---- ulimit ------------------------------------------------------------- */
static const struct {
	char opt;
	int res;
	int unit;		/* the limit is shown divided by this */
	const char *name;
} limits[] = {
	{'c', RLIMIT_CORE, 512, "core file size (blocks)"},
	{'d', RLIMIT_DATA, 1024, "data seg size (kbytes)"},
	{'f', RLIMIT_FSIZE, 512, "file size (blocks)"},
	{'n', RLIMIT_NOFILE, 1, "open files"},
	{'s', RLIMIT_STACK, 1024, "stack size (kbytes)"},
	{'t', RLIMIT_CPU, 1, "cpu time (seconds)"},
	{'v', RLIMIT_AS, 1024, "virtual memory (kbytes)"},
	{0, 0, 0, NULL}
};

static void print_limit(rlim_t v, int unit)
{
	if (v == RLIM_INFINITY)
		sh_outs("unlimited\n");
	else
		sh_outf("%llu\n", (unsigned long long)(v / (rlim_t)unit));
}

int sh_ulimit_builtin(int argc, char **argv)
{
	int i = 1, hard = 0, soft = 0, all = 0, k = 2;	/* default -f */
	struct rlimit rl;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *o;
		for (o = argv[i] + 1; *o; o++) {
			int j;
			if (*o == 'H')
				hard = 1;
			else if (*o == 'S')
				soft = 1;
			else if (*o == 'a')
				all = 1;
			else {
				for (j = 0; limits[j].opt && limits[j].opt != *o; j++)
					;
				if (!limits[j].opt) {
					sh_builtin_error("-%c: bad option", *o);
					return 2;
				}
				k = j;
			}
		}
	}
	if (!hard && !soft) {
		/* show the soft limit; set both */
		soft = 1;
		if (i < argc)
			hard = 1;
	}
	if (all) {
		int j;
		for (j = 0; limits[j].opt; j++) {
			if (getrlimit(limits[j].res, &rl) < 0)
				continue;
			sh_outf("-%c: %-26s ", limits[j].opt, limits[j].name);
			print_limit(hard && !soft ? rl.rlim_max : rl.rlim_cur,
				    limits[j].unit);
		}
		return 0;
	}
	if (getrlimit(limits[k].res, &rl) < 0) {
		sh_builtin_error("%s", strerror(errno));
		return 1;
	}
	if (i >= argc) {
		print_limit(hard && !soft ? rl.rlim_max : rl.rlim_cur, limits[k].unit);
		return 0;
	}
	{
		rlim_t v;
		if (!strcmp(argv[i], "unlimited")) {
			v = RLIM_INFINITY;
		} else {
			char *end;
			unsigned long long n = strtoull(argv[i], &end, 10);
			if (!*argv[i] || *end || argv[i][0] == '-') {
				sh_builtin_error("%s: bad number", argv[i]);
				return 1;
			}
			v = (rlim_t)n * (rlim_t)limits[k].unit;
		}
		if (hard)
			rl.rlim_max = v;
		if (soft)
			rl.rlim_cur = v;
		if (setrlimit(limits[k].res, &rl) < 0) {
			sh_builtin_error("%s", strerror(errno));
			return 1;
		}
	}
	return 0;
}
