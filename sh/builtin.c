/* builtin.c - the builtin table and the core builtins. */
#include "sh.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <unistd.h>

void sh_builtin_error(const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	sh_warn("%s: %s", sh_cur_builtin ? sh_cur_builtin : "sh", msg);
}

_Noreturn void sh_special_error(const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	sh_error("%s: %s", sh_cur_builtin ? sh_cur_builtin : "sh", msg);
}

/* Parse a non-negative decimal number; -1 if invalid. */
static long number(const char *s)
{
	char *end;
	long n;
	if (!*s || *s == '-' || *s == '+')
		return -1;
	errno = 0;
	n = strtol(s, &end, 10);
	if (*end || errno || n < 0)
		return -1;
	return n;
}

static int b_colon(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

static int b_false(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return 1;
}

static int b_exit(int argc, char **argv)
{
	int st = sh_status;
	if (argc > 1) {
		long n;
		char *end;
		n = strtol(argv[1], &end, 10);
		if (!*argv[1] || *end)
			sh_special_error("Illegal number: %s", argv[1]);
		st = (int)(n & 255);
	}
	sh_exit(st);
}

static int b_return(int argc, char **argv)
{
	int st = sh_status;
	if (argc > 1) {
		char *end;
		long n = strtol(argv[1], &end, 10);
		if (!*argv[1] || *end)
			sh_special_error("Illegal number: %s", argv[1]);
		st = (int)(n & 255);
	}
	sh_skip = SKIP_RETURN;
	sh_status = st;
	return st;
}

static int b_break(int argc, char **argv)
{
	long n = 1;
	if (argc > 1) {
		n = number(argv[1]);
		if (n < 1)
			sh_special_error("Illegal number: %s", argv[1]);
	}
	if (!sh_loop_depth)
		return 0;
	if (n > sh_loop_depth)
		n = sh_loop_depth;
	sh_skip = argv[0][0] == 'b' ? SKIP_BREAK : SKIP_CONT;
	sh_skip_count = (int)n;
	return 0;
}

static int b_shift(int argc, char **argv)
{
	long n = 1;
	int i;
	if (argc > 1) {
		n = number(argv[1]);
		if (n < 0)
			sh_special_error("Illegal number: %s", argv[1]);
	}
	if (n > sh_pos.n)
		sh_special_error("can't shift that many");
	for (i = 0; i < n; i++)
		free(sh_pos.v[i]);
	memmove(sh_pos.v, sh_pos.v + n, sizeof *sh_pos.v * (size_t)(sh_pos.n - n + 1));
	sh_pos.n -= (int)n;
	return 0;
}

static int export_like(int argc, char **argv, int flag)
{
	int i = 1;
	if (i < argc && !strcmp(argv[i], "-p"))
		i++;
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (i >= argc) {
		sh_var_list(flag, flag == V_EXPORT ? "export " : "readonly ");
		return 0;
	}
	for (; i < argc; i++) {
		char *eq = strchr(argv[i], '=');
		size_t n = eq ? (size_t)(eq - argv[i]) : strlen(argv[i]);
		/* export and readonly are special: the error exits a
		 * non-interactive shell (POSIX 2.8.1) unless run by command */
		if (!sh_is_name_n(argv[i], n))
			sh_special_error("%s: bad variable name", argv[i]);
		if (sh_setvar_assign(argv[i], flag) < 0)
			sh_raise(SH_EXERROR);
	}
	return 0;
}

static int b_export(int argc, char **argv)
{
	return export_like(argc, argv, V_EXPORT);
}

static int b_readonly(int argc, char **argv)
{
	return export_like(argc, argv, V_READONLY);
}

static int b_unset(int argc, char **argv)
{
	int i = 1, funcs = 0, st = 0;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (!strcmp(argv[i], "-f"))
			funcs = 1;
		else if (!strcmp(argv[i], "-v"))
			funcs = 0;
		else {
			sh_builtin_error("%s: bad option", argv[i]);
			return 2;
		}
	}
	for (; i < argc; i++) {
		if (funcs)
			sh_func_unset(argv[i]);
		else if (sh_unsetvar(argv[i]) < 0)
			st = 1;
	}
	return st;
}

static int b_set(int argc, char **argv)
{
	int i;
	if (argc == 1) {
		sh_var_list(0, NULL);
		return 0;
	}
	for (i = 1; i < argc; i++) {
		char *a = argv[i];
		int on, j;
		if (a[0] != '-' && a[0] != '+')
			break;
		if (!strcmp(a, "--")) {
			i++;
			sh_set_params(argc - i, argv + i);
			return 0;
		}
		if (!strcmp(a, "-")) {
			sh_opt[OPT_x] = sh_opt[OPT_v] = 0;
			i++;
			break;
		}
		on = a[0] == '-';
		for (j = 1; a[j]; j++) {
			if (a[j] == 'o') {
				if (i + 1 >= argc) {
					sh_list_options(!on);
					continue;
				}
				if (sh_set_option(argv[++i], 0, on) < 0)
					sh_special_error("%s: bad option name", argv[i]);
				continue;
			}
			if (sh_set_option(a + j, 1, on) < 0)
				sh_special_error("-%c: bad option", a[j]);
		}
	}
	if (i < argc)
		sh_set_params(argc - i, argv + i);
	return 0;
}

/* Find a file for "." : names with a slash as given, others in PATH. */
static int b_dot(int argc, char **argv)
{
	const char *path;
	int fd, st;
	if (argc < 2)
		sh_special_error("filename argument required");
	path = argv[1];
	if (!strchr(path, '/')) {
		path = sh_find_path(argv[1], sh_getvar("PATH"), 0);
		if (!path)
			path = argv[1];
	}
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		sh_special_error("%s: %s", argv[1], strerror(errno));
	fd = sh_move_fd_high(fd);
	{
		struct sh_params saved = sh_pos;
		int has_args = argc > 2;
		int depth = sh_src_depth(), line = sh_lineno;
		const char *script = sh_script;
		if (has_args) {
			sh_pos.v = NULL;
			sh_pos.n = 0;
			sh_set_params(argc - 2, argv + 2);
		}
		sh_push_fd(fd, 0);
		sh_lineno = 1;
		sh_script = argv[1];	/* messages name the file being read */
		st = sh_cmdloop(0);
		sh_pop_to(depth);
		sh_lineno = line;
		sh_script = script;
		close(fd);
		if (has_args) {
			sh_free_params(&sh_pos);
			sh_pos = saved;
		}
	}
	if (sh_skip == SKIP_RETURN) {
		sh_skip = SKIP_NONE;
		st = sh_status;
	}
	return st;
}

static int b_eval(int argc, char **argv)
{
	struct sh_buf b = {0};
	int i, st;
	char *s;
	for (i = 1; i < argc; i++) {
		if (i > 1)
			sh_buf_addc(&b, ' ');
		sh_buf_adds(&b, argv[i]);
	}
	s = sh_tstrdup(b.s ? sh_buf_cstr(&b) : "");
	free(b.s);
	st = sh_eval_string(s);
	return st;
}

static int b_exec(int argc, char **argv)
{
	char *path;
	if (argc < 2)
		return 0;
	path = strchr(argv[1], '/') ? argv[1] :
	       sh_find_path(argv[1], sh_getvar("PATH"), 1);
	if (path) {
		sh_flush();
		execve(path, argv + 1, sh_environ());
	}
	{
		int e = path ? errno : ENOENT;
		sh_warn("exec: %s: %s", argv[1], e == ENOENT ? "not found" :
			strerror(e));
		if (!sh_interactive)
			sh_exit(e == ENOENT ? 127 : 126);
		return e == ENOENT ? 127 : 126;
	}
}

static int b_wait(int argc, char **argv)
{
	return sh_waitcmd(argc, argv);
}

static int b_local(int argc, char **argv)
{
	int i;
	if (!sh_func_depth) {
		sh_builtin_error("not in a function");
		return 2;
	}
	for (i = 1; i < argc; i++) {
		char *eq = strchr(argv[i], '=');
		if (eq) {
			char *name = sh_tstrndup(argv[i], (size_t)(eq - argv[i]));
			if (!sh_is_name(name)) {
				sh_builtin_error("%s: bad variable name", argv[i]);
				return 1;
			}
			sh_local(name, eq + 1, 1);
		} else {
			if (!sh_is_name(argv[i])) {
				sh_builtin_error("%s: bad variable name", argv[i]);
				return 1;
			}
			sh_local(argv[i], NULL, 0);
		}
	}
	return 0;
}

/* ---- cd / pwd ----------------------------------------------------------- */
/* Lexically canonicalize an absolute path: drop ".", "//", resolve "..". */
static char *canon(const char *path)
{
	size_t n = strlen(path), o = 0;
	char *out = sh_talloc(n + 2);
	const char *p = path;
	while (*p) {
		const char *s;
		size_t len;
		while (*p == '/')
			p++;
		s = p;
		while (*p && *p != '/')
			p++;
		len = (size_t)(p - s);
		if (!len || (len == 1 && s[0] == '.'))
			continue;
		if (len == 2 && s[0] == '.' && s[1] == '.') {
			while (o > 0 && out[o - 1] != '/')
				o--;
			if (o > 0)
				o--;
			continue;
		}
		out[o++] = '/';
		memcpy(out + o, s, len);
		o += len;
	}
	if (!o)
		out[o++] = '/';
	out[o] = 0;
	return out;
}

static char *getcwd_t(void)
{
	size_t cap = 256;
	for (;;) {
		char *b = sh_talloc(cap);
		if (getcwd(b, cap))
			return b;
		if (errno != ERANGE)
			return NULL;
		cap *= 2;
	}
}

static int b_cd(int argc, char **argv)
{
	int i = 1, physical = 0, print = 0;
	const char *dir, *pwd = sh_getvar("PWD");
	char *target = NULL;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (!strcmp(argv[i], "-P"))
			physical = 1;
		else if (!strcmp(argv[i], "-L"))
			physical = 0;
		else {
			sh_builtin_error("%s: bad option", argv[i]);
			return 2;
		}
	}
	if (i >= argc) {
		dir = sh_getvar("HOME");
		if (!dir || !*dir) {
			sh_builtin_error("HOME not set");
			return 1;
		}
	} else {
		dir = argv[i];
		if (!strcmp(dir, "-")) {
			dir = sh_getvar("OLDPWD");
			if (!dir) {
				sh_builtin_error("OLDPWD not set");
				return 1;
			}
			print = 1;
		}
	}
	/* CDPATH for relative names not starting with . or .. */
	if (dir[0] != '/' && strncmp(dir, "./", 2) && strcmp(dir, ".") &&
	    strncmp(dir, "../", 3) && strcmp(dir, "..")) {
		const char *cp = sh_getvar("CDPATH");
		while (cp && *cp) {
			const char *colon = strchr(cp, ':');
			size_t dl = colon ? (size_t)(colon - cp) : strlen(cp);
			char *t = sh_talloc(dl + strlen(dir) + 2);
			struct stat st;
			memcpy(t, cp, dl);
			t[dl] = 0;
			if (dl && t[dl - 1] != '/')
				strcat(t, "/");
			strcat(t, dir);
			if (stat(t, &st) == 0 && S_ISDIR(st.st_mode)) {
				target = t;
				if (dl)
					print = 1;
				break;
			}
			if (!colon)
				break;
			cp = colon + 1;
		}
	}
	if (!target)
		target = (char *)dir;
	if (!physical && target[0] != '/' && pwd && pwd[0] == '/') {
		char *t = sh_talloc(strlen(pwd) + strlen(target) + 2);
		strcpy(t, pwd);
		strcat(t, "/");
		strcat(t, target);
		target = t;
	}
	if (!physical && target[0] == '/')
		target = canon(target);
	if (chdir(target) < 0) {
		sh_builtin_error("%s: %s", dir, strerror(errno));
		return 1;
	}
	if (physical || target[0] != '/') {
		target = getcwd_t();
		if (!target)
			target = (char *)dir;
	}
	if (pwd)
		sh_setvar("OLDPWD", pwd, 0);
	sh_setvar("PWD", target, 0);
	if (print)
		sh_outf("%s\n", target);
	return 0;
}

static int pwd_valid(const char *pwd)
{
	struct stat a, b;
	return pwd && pwd[0] == '/' && stat(pwd, &a) == 0 &&
	       stat(".", &b) == 0 && a.st_dev == b.st_dev &&
	       a.st_ino == b.st_ino && !strstr(pwd, "/./") &&
	       !strstr(pwd, "/../");
}

static int b_pwd(int argc, char **argv)
{
	const char *pwd = sh_getvar("PWD");
	if (!(argc > 1 && !strcmp(argv[argc - 1], "-P")) && pwd_valid(pwd)) {
		sh_outf("%s\n", pwd);
		return 0;
	}
	pwd = getcwd_t();
	if (!pwd) {
		sh_builtin_error("%s", strerror(errno));
		return 1;
	}
	sh_outf("%s\n", pwd);
	return 0;
}

void sh_init_pwd(void)
{
	const char *pwd = sh_getvar("PWD");
	if (!pwd_valid(pwd)) {
		char *c = getcwd_t();
		if (c)
			sh_setvar("PWD", c, V_EXPORT);
	}
}

/* ---- type / command ----------------------------------------------------- */
static void out_squoted(const char *s)
{
	sh_outc('\'');
	for (; *s; s++) {
		if (*s == '\'')
			sh_outs("'\\''");
		else
			sh_outc(*s);
	}
	sh_outc('\'');
}

/* describe a command name: mode 'v' (command -v) or 'V' (type) */
static int describe(const char *name, int mode)
{
	const struct sh_builtin *b;
	const char *a;
	char *p;
	if ((a = sh_alias_get(name))) {
		if (mode == 'v') {
			sh_outf("alias %s=", name);
			out_squoted(a);
			sh_outc('\n');
		} else {
			sh_outf("%s is an alias for %s\n", name, a);
		}
		return 0;
	}
	if (sh_reserved(name)) {
		if (mode == 'v')
			sh_outf("%s\n", name);
		else
			sh_outf("%s is a shell keyword\n", name);
		return 0;
	}
	b = sh_find_builtin(name);
	if (b && b->special) {
		sh_outf(mode == 'v' ? "%s\n" : "%s is a special shell builtin\n", name);
		return 0;
	}
	if (sh_func_lookup(name)) {
		sh_outf(mode == 'v' ? "%s\n" : "%s is a function\n", name);
		return 0;
	}
	if (b) {
		sh_outf(mode == 'v' ? "%s\n" : "%s is a shell builtin\n", name);
		return 0;
	}
	p = strchr(name, '/') ? (access(name, X_OK) == 0 ? (char *)name : NULL)
			      : sh_find_path(name, sh_getvar("PATH"), 1);
	if (p) {
		if (mode == 'v')
			sh_outf("%s\n", p);
		else
			sh_outf("%s is %s\n", name, p);
		return 0;
	}
	if (mode == 'V') {
		sh_flush();
		sh_warnx("%s: not found", name);
	}
	return 127;
}

static int b_type(int argc, char **argv)
{
	int i, st = 0;
	for (i = 1; i < argc; i++)
		if (describe(argv[i], 'V'))
			st = 127;
	return st;
}

static int b_command(int argc, char **argv)
{
	int i = 1, mode = 0, st = 0;
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *o;
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		for (o = argv[i] + 1; *o; o++) {
			if (*o == 'v' || *o == 'V')
				mode = *o;
			else if (*o != 'p') {
				sh_builtin_error("-%c: bad option", *o);
				return 2;
			}
		}
	}
	if (!mode) {
		/* "command" with options only, or "command -p name": the
		 * evaluator handles the plain forms */
		if (i >= argc)
			return 0;
		{
			const struct sh_builtin *b = sh_find_builtin(argv[i]);
			if (b)
				return b->fn(argc - i, argv + i);
		}
		return 127;
	}
	for (; i < argc; i++)
		if (describe(argv[i], mode))
			st = mode == 'v' ? 1 : 127;
	return st;
}

/* hash: list remembered locations, -r forgets them, names are looked up. */
static int b_hash(int argc, char **argv)
{
	int i = 1, st = 0;
	if (i < argc && !strcmp(argv[i], "-r")) {
		sh_hash_clear();
		i++;
	}
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (argc == 1) {
		sh_hash_list();
		return 0;
	}
	for (; i < argc; i++) {
		if (strchr(argv[i], '/') || sh_find_builtin(argv[i]) ||
		    sh_func_lookup(argv[i]))
			continue;
		if (!sh_hash_find(argv[i])) {
			sh_builtin_error("%s: not found", argv[i]);
			st = 1;
		}
	}
	return st;
}

static int b_echo(int argc, char **argv)
{
	return sh_echo_builtin(argc, argv);
}

static int b_times(int argc, char **argv)
{
	return sh_times_builtin(argc, argv);
}

int sh_times_builtin(int argc, char **argv)
{
	struct tms t;
	long hz = sysconf(_SC_CLK_TCK);
	clock_t v[4];
	int i;
	(void)argc;
	(void)argv;
	if (hz <= 0)
		hz = 100;
	times(&t);
	v[0] = t.tms_utime;
	v[1] = t.tms_stime;
	v[2] = t.tms_cutime;
	v[3] = t.tms_cstime;
	for (i = 0; i < 4; i++) {
		long c = (long)v[i];
		long cs = c * 100 / hz;	/* hundredths */
		sh_outf("%ldm%ld.%02lds%c", cs / 6000, (cs / 100) % 60, cs % 100,
			i % 2 ? '\n' : ' ');
	}
	return 0;
}

static const struct sh_builtin builtins[] = {
	{".", b_dot, 1},
	{":", b_colon, 1},
	{"[", sh_test_builtin, 0},
	{"alias", sh_alias_builtin, 0},
	{"bg", sh_bg_builtin, 0},
	{"break", b_break, 1},
	{"cd", b_cd, 0},
	{"command", b_command, 0},
	{"continue", b_break, 1},
	{"echo", b_echo, 0},
	{"eval", b_eval, 1},
	{"exec", b_exec, 1},
	{"exit", b_exit, 1},
	{"export", b_export, 1},
	{"false", b_false, 0},
	{"fc", sh_fc_builtin, 0},
	{"fg", sh_fg_builtin, 0},
	{"getopts", sh_getopts_builtin, 0},
	{"hash", b_hash, 0},
	{"jobs", sh_jobs_builtin, 0},
	{"kill", sh_kill_builtin, 0},
	{"local", b_local, 0},
	{"printf", sh_printf_builtin, 0},
	{"pwd", b_pwd, 0},
	{"read", sh_read_builtin, 0},
	{"readonly", b_readonly, 1},
	{"return", b_return, 1},
	{"set", b_set, 1},
	{"shift", b_shift, 1},
	{"test", sh_test_builtin, 0},
	{"times", b_times, 1},
	{"trap", sh_trap_builtin, 1},
	{"true", b_colon, 0},
	{"type", b_type, 0},
	{"ulimit", sh_ulimit_builtin, 0},
	{"umask", sh_umask_builtin, 0},
	{"unalias", sh_unalias_builtin, 0},
	{"unset", b_unset, 1},
	{"wait", b_wait, 0},
	{NULL, NULL, 0}
};

/* The table is sorted by name (strcmp order): binary search. */
const struct sh_builtin *sh_find_builtin(const char *name)
{
	size_t lo = 0, hi = sizeof builtins / sizeof *builtins - 1;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(name, builtins[mid].name);
		if (!c)
			return &builtins[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

void sh_builtin_each(sh_name_fn fn, void *ctx)
{
	for (size_t i = 0; builtins[i].name; i++)
		fn(builtins[i].name, ctx);
}
