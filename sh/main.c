/* sh - the POSIX shell
 *
 * APPLET(sh, BIN)
 * usage: sh [-abCefhilmnuvx] [-o OPTION] [-c STRING [NAME [ARG...]] | -s [ARG...] | FILE [ARG...]]
 *
 * The POSIX command language interpreter.  Commands are read from STRING
 * (-c), standard input (-s, or no FILE) or FILE; the ARGs become the
 * positional parameters ($0 is NAME or FILE).  An interactive shell (-i, or
 * standard input and error are terminals) prompts with PS1/PS2 and edits
 * lines with emacs-style keys and a history.  A login shell (-l, or a name
 * starting with '-') first reads /etc/profile and $HOME/.profile; an
 * interactive one then reads the file named by $ENV.
 *
 * -a  export every variable assigned    -m  job control
 * -b  notify of job completion          -n  read commands but do not run them
 * -C  do not overwrite files with >     -u  unset variables are an error
 * -e  exit when a command fails         -v  print input lines as read
 * -f  no pathname expansion             -x  trace commands
 * -o OPTION  set an option by name (errexit, noglob, nounset, xtrace,
 *            verbose, noexec, noclobber, allexport, monitor, pipefail, ...)
 */
#include "sh.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

/* Read, parse and run commands from the current source until its end.
 * The top-level loop owns the error handler; nested loops (".") let
 * errors propagate to it. */
int sh_cmdloop(int top)
{
	struct sh_jmp jmp;
	struct sh_arena *volatile a = NULL;
	sh_mark_t mark = sh_tmark();
	int depth = sh_src_depth();
	const char *script = sh_script;	/* a "." file's name is undone on errors */
	volatile int ran = 0;	/* "." of a file without commands returns 0 */

	if (top) {
		jmp.prev = sh_handler;
		if (setjmp(jmp.jb)) {
			/* error recovery */
			int kind = sh_exception;
			sh_handler = &jmp;
			if (sh_subshell || !sh_interactive)
				sh_exit(sh_status ? sh_status : 2);
			if (kind == SH_EXINT)
				sh_errs("\n");
			sh_unredirect_to(0);
			sh_pop_all_locals(0);
			sh_loop_depth = sh_func_depth = sh_eval_depth = 0;
			sh_skip = SKIP_NONE;
			sh_pop_to(depth);
			sh_script = script;
			sh_trelease(mark);
			if (a)
				sh_arena_unref(a);
			a = NULL;
			sh_exec_arena = NULL;
			sh_pending_sig = 0;
			if (kind == SH_EXINT)
				sh_status = 130;
		}
		sh_handler = &jmp;
	}
	for (;;) {
		struct node *n;
		if (top && sh_interactive)
			sh_job_notify();
		a = sh_arena_new();
		sh_cur_arena = a;
		n = sh_parse_command();
		if (n == SH_EOF_NODE) {
			sh_arena_unref(a);
			a = NULL;
			if (top && sh_interactive && sh_opt[OPT_ignoreeof]) {
				sh_errs("Use \"exit\" to leave the shell.\n");
				continue;
			}
			break;
		}
		if (n) {
			int flags = 0;
			ran = 1;
			sh_input_sync();
			sh_exec_arena = a;
			/* the last command of "sh -c" can replace the shell */
			if (top && !sh_interactive && sh_at_src_end() &&
			    !sh_have_traps() && !sh_subshell && sh_script == NULL &&
			    !sh_opt[OPT_s])
				flags = EV_EXIT;
			sh_eval(n, flags);
			sh_exec_arena = NULL;
		}
		sh_arena_unref(a);
		a = NULL;
		sh_trelease(mark);
		if (sh_skip) {
			if (!top || sh_skip == SKIP_RETURN)
				break;
			sh_skip = SKIP_NONE;
		}
	}
	if (top)
		sh_handler = jmp.prev;
	return sh_opt[OPT_n] || (!top && !ran) ? 0 : sh_status;
}

int sh_run_script_file(const char *path, int argc, char **argv)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		sh_warnx("%s: %s", path, strerror(errno));
		return errno == ENOENT ? 127 : 126;
	}
	fd = sh_move_fd_high(fd);
	sh_pop_to(0);
	sh_arg0 = sh_xstrdup(path);
	sh_script = sh_arg0;
	sh_set_params(argc - 1, argv + 1);
	sh_lineno = 1;
	sh_push_fd(fd, 0);
	return sh_cmdloop(1);
}

static void set_defaults(void)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%ld", (long)getppid());
	sh_setvar("PPID", buf, 0);
	sh_setvar("IFS", " \t\n", 0);
	sh_setvar("OPTIND", "1", 0);
	if (!sh_getvar("PS1"))
		sh_setvar("PS1", geteuid() ? "$ " : "# ", 0);
	if (!sh_getvar("PS2"))
		sh_setvar("PS2", "> ", 0);
	if (!sh_getvar("PS4"))
		sh_setvar("PS4", "+ ", 0);
	sh_init_pwd();
}

/* Source a file if it exists; errors in it do not end the shell. */
static void source_file(const char *path)
{
	struct sh_jmp jmp, *prev = sh_handler;
	struct sh_buf b = {0};
	const char *s;
	if (access(path, R_OK) < 0)
		return;
	sh_buf_adds(&b, ". '");
	for (s = path; *s; s++) {
		if (*s == '\'')
			sh_buf_adds(&b, "'\\''");
		else
			sh_buf_addc(&b, *s);
	}
	sh_buf_addc(&b, '\'');
	jmp.prev = prev;
	if (!setjmp(jmp.jb)) {
		sh_handler = &jmp;
		sh_eval_string(sh_buf_cstr(&b));
	}
	sh_handler = prev;
	sh_cur_arena = NULL;
	free(b.s);
}

/* Login shells (-l, or $0 starting with '-') read /etc/profile and
 * $HOME/.profile first. */
static void source_profiles(void)
{
	const char *home;
	source_file("/etc/profile");
	home = sh_getvar("HOME");
	if (home && *home) {
		char *p = sh_xmalloc(strlen(home) + 11);
		strcpy(p, home);
		strcat(p, "/.profile");
		source_file(p);
		free(p);
	}
}

/* Interactive shells source $ENV (after parameter expansion) first. */
static void source_env(void)
{
	struct sh_jmp jmp, *prev = sh_handler;
	struct sh_arena *a = sh_arena_new();
	jmp.prev = prev;
	if (!setjmp(jmp.jb)) {
		char *cmd;
		struct word *w;
		sh_handler = &jmp;
		sh_cur_arena = a;
		w = sh_parse_heredoc_text(sh_getvar("ENV"));
		cmd = sh_expand_heredoc(w);
		if (*cmd) {
			struct sh_buf b = {0};
			sh_buf_adds(&b, ". ");
			sh_buf_adds(&b, "'");
			sh_buf_adds(&b, cmd);	/* quotes in the name: rare */
			sh_buf_adds(&b, "'");
			sh_eval_string(sh_buf_cstr(&b));
			free(b.s);
		}
	}
	sh_handler = prev;
	sh_arena_unref(a);
	sh_cur_arena = NULL;
}

static _Noreturn void bad_usage(const char *fmt, const char *arg)
{
	char msg[256];
	snprintf(msg, sizeof msg, fmt, arg);
	sh_warnx("%s", msg);
	sh_errs("usage: sh [-abCefhilmnuvx] [-o OPTION] [-c STRING [NAME [ARG...]] | -s [ARG...] | FILE [ARG...]]\n");
	_exit(2);
}

int sh_main(int argc, char **argv)
{
	int i, cflag = 0, sflag = 0, iflag = 0, login = 0, interactive;
	const char *cmd = NULL;

	sh_rootpid = getpid();
	login = argv[0] && argv[0][0] == '-';
	sh_var_init(environ);
	set_defaults();
	sh_trap_init();
	sh_opt[OPT_h] = 0;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		int on, j;
		if (a[0] != '-' && a[0] != '+')
			break;
		if (!strcmp(a, "--") || !strcmp(a, "-")) {
			i++;
			break;
		}
		on = a[0] == '-';
		for (j = 1; a[j]; j++) {
			switch (a[j]) {
			case 'c': cflag = on; break;
			case 's': sflag = on; break;
			case 'i': iflag = on; break;
			case 'l': login = on; break;
			case 'o':
				if (i + 1 >= argc) {
					sh_list_options(!on);
					sh_flush();
					break;
				}
				if (sh_set_option(argv[++i], 0, on) < 0)
					bad_usage("%s: bad option name", argv[i]);
				break;
			default:
				if (sh_set_option(a + j, 1, on) < 0) {
					char o[2] = {a[j], 0};
					bad_usage("-%s: bad option", o);
				}
			}
		}
	}

	if (cflag) {
		if (i >= argc)
			bad_usage("%s", "-c requires an argument");
		cmd = argv[i++];
		if (i < argc)
			sh_arg0 = argv[i++];
		else if (argv[0] && *argv[0])
			sh_arg0 = argv[0];
		sh_set_params(argc - i, argv + i);
		sh_script = NULL;
		sh_push_string(cmd, strlen(cmd), NULL);
		interactive = iflag;
	} else if (!sflag && i < argc) {
		struct stat st;
		int fd;
		sh_arg0 = argv[i];
		sh_script = argv[i];
		fd = open(argv[i], O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			sh_warnx("%s: %s", argv[i], strerror(errno));
			sh_exit(errno == ENOENT ? 127 : 126);
		}
		if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
			sh_warnx("%s: %s", argv[i], strerror(EISDIR));
			sh_exit(126);
		}
		fd = sh_move_fd_high(fd);
		sh_set_params(argc - i - 1, argv + i + 1);
		sh_push_fd(fd, 0);
		interactive = iflag;
	} else {
		sh_arg0 = argv[0] && *argv[0] ? argv[0] : "sh";
		if (strchr(sh_arg0, '/'))
			sh_arg0 = strrchr(sh_arg0, '/') + 1;
		sh_set_params(argc - i, argv + i);
		interactive = iflag || (isatty(0) && isatty(2));
		sh_opt[OPT_s] = 1;
		sh_push_fd(0, interactive);
	}
	if (login)
		source_profiles();
	if (interactive) {
		sh_interactive = 1;
		sh_opt[OPT_i] = 1;
		sh_set_interactive_signals(1);
		if (isatty(0) && !sh_opt[OPT_vi])
			sh_opt[OPT_emacs] = 1;
		if (isatty(0) && isatty(2)) {
			sh_opt[OPT_m] = 1;
			sh_jobctl_init();
		}
		if (sh_getvar("ENV") && geteuid() == getuid())
			source_env();
		sh_history_load();
	}
	sh_exit(sh_cmdloop(1));
}
