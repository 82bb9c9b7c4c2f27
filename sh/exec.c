/* exec.c - evaluation of the syntax tree: lists, pipelines, compound
 * commands, functions, simple commands and the search for utilities. */
#include "sh.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

int sh_status;
int sh_skip, sh_skip_count;
int sh_loop_depth, sh_func_depth, sh_eval_depth;
pid_t sh_rootpid;
int sh_interactive;
int sh_subshell;
const char *sh_arg0 = "sh";
const char *sh_script;
struct sh_arena *sh_exec_arena;

#define MAX_EVAL_DEPTH 4000

/* ---- functions ---------------------------------------------------------- */
static struct func *funcs;

struct func *sh_func_lookup(const char *name)
{
	struct func *f;
	for (f = funcs; f; f = f->next)
		if (!strcmp(f->name, name))
			return f;
	return NULL;
}

void sh_func_each(sh_name_fn fn, void *ctx)
{
	for (struct func *f = funcs; f; f = f->next)
		fn(f->name, ctx);
}

void sh_func_define(const char *name, struct node *body)
{
	struct func *f = sh_func_lookup(name);
	if (!f) {
		f = sh_xmalloc(sizeof *f);
		f->name = sh_xstrdup(name);
		f->next = funcs;
		funcs = f;
	} else {
		sh_arena_unref(f->arena);
	}
	f->body = body;
	f->arena = sh_exec_arena;
	sh_arena_ref(f->arena);
}

int sh_func_unset(const char *name)
{
	struct func **pp, *f;
	for (pp = &funcs; (f = *pp); pp = &f->next)
		if (!strcmp(f->name, name)) {
			*pp = f->next;
			sh_arena_unref(f->arena);
			free(f->name);
			free(f);
			return 0;
		}
	return 0;
}

/* ---- processes ---------------------------------------------------------- */
void sh_reset_child(void)
{
	sh_subshell++;
	sh_traps_child();
	if (sh_interactive) {
		sh_interactive = 0;
		sh_set_interactive_signals(0);
	}
}

/* Exit a forked child: EXIT traps run, then _exit. */
static _Noreturn void child_exit(int status)
{
	sh_exit(status);
}

int sh_status_of(int ws)
{
	if (WIFEXITED(ws))
		return WEXITSTATUS(ws);
	if (WIFSIGNALED(ws))
		return 128 + WTERMSIG(ws);
	if (WIFSTOPPED(ws))
		return 128 + WSTOPSIG(ws);
	return 1;
}

/* ---- utility search ----------------------------------------------------- */
/* Search PATH; returns a temp string, or NULL (errno ENOENT/EACCES). */
char *sh_find_path(const char *name, const char *path, int want_exec)
{
	int eacces = 0;
	size_t nl = strlen(name);
	if (!path)
		path = SH_DEFPATH;
	for (;;) {
		const char *colon = strchr(path, ':');
		size_t dl = colon ? (size_t)(colon - path) : strlen(path);
		char *full = sh_talloc(dl + nl + 2);
		struct stat st;
		if (dl) {
			memcpy(full, path, dl);
			full[dl] = '/';
			memcpy(full + dl + 1, name, nl + 1);
		} else {
			memcpy(full, name, nl + 1);
		}
		if (stat(full, &st) == 0 && !S_ISDIR(st.st_mode)) {
			if (!want_exec || access(full, X_OK) == 0)
				return full;
			eacces = 1;
		}
		if (!colon)
			break;
		path = colon + 1;
	}
	errno = eacces ? EACCES : ENOENT;
	return NULL;
}

/* ---- remembered utility locations (hash) --------------------------------- */
struct hashent {
	struct hashent *next;
	char *name, *path;
};
static struct hashent *hashtab[64];

static unsigned hash_of(const char *s)
{
	unsigned h = 5381;
	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h % 64;
}

void sh_hash_clear(void)
{
	for (int i = 0; i < 64; i++)
		while (hashtab[i]) {
			struct hashent *e = hashtab[i];
			hashtab[i] = e->next;
			free(e->name);
			free(e->path);
			free(e);
		}
}

static void hash_forget(const char *name)
{
	struct hashent **pp, *e;
	for (pp = &hashtab[hash_of(name)]; (e = *pp); pp = &e->next)
		if (!strcmp(e->name, name)) {
			*pp = e->next;
			free(e->name);
			free(e->path);
			free(e);
			return;
		}
}

/* The remembered location of name, or NULL. */
static char *hash_lookup(const char *name)
{
	struct hashent *e;
	for (e = hashtab[hash_of(name)]; e; e = e->next)
		if (!strcmp(e->name, name))
			return e->path;
	return NULL;
}

/* PATH search through the table; NULL with errno as sh_find_path. */
char *sh_hash_find(const char *name)
{
	struct hashent *e;
	char *p = hash_lookup(name);
	if (p)
		return p;
	p = sh_find_path(name, sh_getvar("PATH"), 1);
	if (p) {
		e = sh_xmalloc(sizeof *e);
		e->name = sh_xstrdup(name);
		e->path = sh_xstrdup(p);
		e->next = hashtab[hash_of(name)];
		hashtab[hash_of(name)] = e;
	}
	return p;
}

void sh_hash_list(void)
{
	for (int i = 0; i < 64; i++)
		for (struct hashent *e = hashtab[i]; e; e = e->next)
			sh_outf("%s\n", e->path);
}

/* exec a utility in this (child) process; never returns. */
static _Noreturn void do_exec(const char *path, char **argv, char **envp)
{
	int e;
	execve(path, argv, envp);
	e = errno;
	if (e == ENOEXEC) {
		/* a script without #!: run it in this subshell */
		int argc = 0;
		while (argv[argc])
			argc++;
		sh_exit(sh_run_script_file(path, argc, argv));
	}
	sh_warn("%s: %s", argv[0], strerror(e));
	sh_exit(e == ENOENT ? 127 : 126);
}

/* ---- xtrace ------------------------------------------------------------- */
static int needs_quote(const char *s)
{
	if (!*s)
		return 1;
	for (; *s; s++)
		if (!(isalnum((unsigned char)*s) || strchr("_-./=:,+%@^", *s)))
			return 1;
	return 0;
}

static void trace_word(struct sh_buf *b, const char *s)
{
	if (!needs_quote(s)) {
		sh_buf_adds(b, s);
		return;
	}
	sh_buf_addc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			sh_buf_adds(b, "'\\''");
		else
			sh_buf_addc(b, *s);
	}
	sh_buf_addc(b, '\'');
}

static void xtrace(char **assigns, int na, char **argv, int argc)
{
	struct sh_buf b = {0};
	const char *ps4 = sh_getvar("PS4");
	int i;
	sh_buf_adds(&b, ps4 ? ps4 : "+ ");
	for (i = 0; i < na; i++) {
		const char *eq = strchr(assigns[i], '=');
		if (i)
			sh_buf_addc(&b, ' ');
		sh_buf_add(&b, assigns[i], (size_t)(eq - assigns[i]) + 1);
		trace_word(&b, eq + 1);
	}
	for (i = 0; i < argc; i++) {
		if (i || na)
			sh_buf_addc(&b, ' ');
		trace_word(&b, argv[i]);
	}
	sh_buf_addc(&b, '\n');
	sh_flush();
	sh_write_all(2, b.s, b.len);
	free(b.s);
}

/* ---- command text for job listings -------------------------------------- */
static void word_text(struct sh_buf *b, struct word *w)
{
	struct part *p;
	for (p = w->parts; p; p = p->next) {
		if (p->type == P_LIT)
			sh_buf_add(b, p->u.lit.s, p->u.lit.n);
		else if (p->type == P_PARAM) {
			sh_buf_adds(b, "${");
			sh_buf_adds(b, p->u.param.name);
			sh_buf_adds(b, "}");
		} else if (p->type == P_TILDE) {
			sh_buf_addc(b, '~');
			sh_buf_adds(b, p->u.tilde.user);
		} else {
			sh_buf_adds(b, "$(...)");
		}
	}
}

static void node_text_r(struct sh_buf *b, struct node *n, int depth)
{
	static const char *const names[] = {
		[N_SUBSHELL] = "( ... )", [N_GROUP] = "{ ... }",
		[N_IF] = "if ...", [N_WHILE] = "while ...", [N_UNTIL] = "until ...",
		[N_FOR] = "for ...", [N_CASE] = "case ...", [N_FUNC] = "function",
	};
	struct word *w;
	struct nodelist *l;
	if (!n || depth > 20)
		return;
	switch (n->type) {
	case N_CMD:
		for (w = n->u.cmd.args; w; w = w->next) {
			word_text(b, w);
			if (w->next)
				sh_buf_addc(b, ' ');
		}
		break;
	case N_PIPE:
		for (l = n->u.pipe; l; l = l->next) {
			node_text_r(b, l->n, depth + 1);
			if (l->next)
				sh_buf_adds(b, " | ");
		}
		break;
	case N_AND:
	case N_OR:
	case N_SEQ:
		node_text_r(b, n->u.bin.l, depth + 1);
		sh_buf_adds(b, n->type == N_AND ? " && " : n->type == N_OR ?
			    " || " : "; ");
		node_text_r(b, n->u.bin.r, depth + 1);
		break;
	case N_NOT:
		sh_buf_adds(b, "! ");
		node_text_r(b, n->u.body, depth + 1);
		break;
	case N_BG:
		node_text_r(b, n->u.body, depth + 1);
		sh_buf_adds(b, " &");
		break;
	default:
		sh_buf_adds(b, names[n->type] ? names[n->type] : "...");
	}
}

static char *node_text(struct node *n)
{
	struct sh_buf b = {0};
	char *s;
	node_text_r(&b, n, 0);
	s = sh_tstrdup(b.s ? sh_buf_cstr(&b) : "");
	free(b.s);
	return s;
}

/* ---- simple commands ---------------------------------------------------- */
const char *sh_cur_builtin;

static int run_builtin(const struct sh_builtin *b, int argc, char **argv)
{
	const char *saved = sh_cur_builtin;
	int st;
	sh_cur_builtin = argv[0];
	st = b->fn(argc, argv);
	sh_cur_builtin = saved;
	if (sh_flush() < 0 && st == 0) {
		sh_warn("%s: write error: %s", argv[0], strerror(errno));
		st = 1;
	}
	return st;
}

static int call_function(struct func *f, int argc, char **argv, int flags)
{
	struct sh_params saved = sh_pos;
	struct sh_arena *sa = sh_exec_arena, *fa = f->arena;
	struct node *body = f->body;
	int st, loops;
	if (sh_func_depth >= 1000)
		sh_error("%s: function nesting too deep", argv[0]);
	sh_pos.v = NULL;
	sh_pos.n = 0;
	sh_set_params(argc - 1, argv + 1);
	sh_pos.optind_done = 0;
	sh_arena_ref(fa);
	sh_exec_arena = fa;
	sh_func_depth++;
	loops = sh_loop_depth;
	sh_loop_depth = 0;	/* break/continue do not cross functions */
	sh_push_locals();
	st = sh_eval(body, flags & EV_TESTED);
	sh_pop_locals();
	sh_loop_depth = loops;
	sh_func_depth--;
	sh_exec_arena = sa;
	sh_arena_unref(fa);
	sh_free_params(&sh_pos);
	sh_pos = saved;
	if (sh_skip == SKIP_RETURN) {
		sh_skip = SKIP_NONE;
		st = sh_status;
	}
	return st;
}

/* A special builtin run through "command": its errors are ordinary
 * failures instead of aborting the shell. */
static int run_protected(const struct sh_builtin *bi, int argc, char **argv)
{
	struct sh_jmp jmp, *prev = sh_handler;
	int rdepth = sh_redir_depth() - 1;
	int st;
	jmp.prev = prev;
	if (setjmp(jmp.jb)) {
		sh_handler = prev;
		if (sh_exception != SH_EXERROR)
			sh_raise(sh_exception);
		sh_unredirect_to(rdepth);
		sh_pop_temp();
		return 2;
	}
	sh_handler = &jmp;
	st = run_builtin(bi, argc, argv);
	sh_handler = prev;
	sh_unredirect();
	sh_pop_temp();
	return st;
}

/* A simple command after expansion. */
struct scmd {
	struct word *aw;	/* assignment words, expanded one by one */
	int argc, na;
	char **argv, **assigns;
	int nofunc;		/* "command": skip functions */
	int special_ok;		/* special builtins keep their properties */
	int defpath;		/* "command -p": default PATH */
};

static void expand_simple(struct node *n, struct scmd *c)
{
	struct word *w;
	memset(c, 0, sizeof *c);
	c->special_ok = 1;
	c->aw = n->u.cmd.assign;
	for (w = c->aw; w; w = w->next)
		c->na++;
	c->assigns = sh_talloc(sizeof *c->assigns * (size_t)(c->na + 1));
	c->argv = sh_expand_args(n->u.cmd.args, &c->argc);
}

enum { AS_PERM, AS_TEMP };

/* Expand and perform the assignments in order, so that a=1 b=$a sees the
 * new a; AS_TEMP ones last for one builtin, function or utility.  Then
 * trace the command. */
static void do_assigns(struct scmd *c, int mode)
{
	struct word *w;
	int i = 0;
	if (mode == AS_TEMP)
		sh_push_temp();
	for (w = c->aw; w; w = w->next, i++) {
		char *a = sh_expand_str(w, X_ASSIGN), *eq = strchr(a, '=');
		c->assigns[i] = a;
		if (mode == AS_PERM) {
			if (sh_setvar_assign(a, 0) < 0)
				sh_raise(SH_EXERROR);
			continue;
		}
		*eq = 0;
		sh_temp_assign(a, eq + 1);
		*eq = '=';
	}
	if (sh_opt[OPT_x] && (c->argc || c->na))
		xtrace(c->assigns, c->na, c->argv, c->argc);
}

/* "command [-p] name ...": drop the prefix, remember its effects. */
static void strip_command(struct scmd *c)
{
	for (;;) {
		if (strcmp(c->argv[0], "command"))
			return;
		if (c->argc > 1 && c->argv[1][0] != '-') {
			c->argv++;
			c->argc--;
		} else if (c->argc > 2 && !strcmp(c->argv[1], "-p") &&
			   c->argv[2][0] != '-') {
			c->argv += 2;
			c->argc -= 2;
			c->defpath = 1;
		} else {
			return;		/* -v, -V: the builtin itself */
		}
		c->nofunc = 1;
		c->special_ok = 0;
	}
}

static int run_special(struct node *n, struct scmd *c,
		       const struct sh_builtin *bi)
{
	int st, temp;
	if (!c->special_ok) {
		do_assigns(c, AS_TEMP);
		if (!strcmp(c->argv[0], "exec") && c->argc == 1) {
			/* "command exec >file": the redirections stay */
			int r = sh_redirect(n->redir, 0);
			sh_pop_temp();
			return r < 0 ? 1 : sh_last_cmdsub_status;
		}
		if (sh_redirect(n->redir, RD_SAVE) < 0) {
			sh_pop_temp();
			return 1;
		}
		return run_protected(bi, c->argc, c->argv);
	}
	/* "x=1 exec cmd": cmd gets x in its environment */
	temp = !strcmp(c->argv[0], "exec") && c->argc > 1;
	do_assigns(c, temp ? AS_TEMP : AS_PERM);
	if (!strcmp(c->argv[0], "exec") && c->argc == 1) {
		/* exec with only redirections: they stay */
		if (sh_redirect(n->redir, 0) < 0)
			sh_raise(SH_EXERROR);
		return sh_last_cmdsub_status;
	}
	if (sh_redirect(n->redir, RD_SAVE) < 0) {
		sh_status = 1;
		sh_raise(SH_EXERROR);	/* fatal for special builtins */
	}
	st = run_builtin(bi, c->argc, c->argv);
	sh_unredirect();
	if (temp)
		sh_pop_temp();
	return st;
}

static int run_regular(struct node *n, struct scmd *c, struct func *fn,
		       const struct sh_builtin *bi, int flags)
{
	int st;
	do_assigns(c, AS_TEMP);
	if (sh_redirect(n->redir, RD_SAVE) < 0) {
		sh_pop_temp();
		return 1;
	}
	if (fn)
		st = call_function(fn, c->argc, c->argv, flags);
	else
		st = run_builtin(bi, c->argc, c->argv);
	sh_unredirect();
	sh_pop_temp();
	return st;
}

static int run_external(struct node *n, struct scmd *c, int flags)
{
	char *path = c->argv[0];
	int st = 0;
	/* temporary, exported assignments: the child inherits them */
	do_assigns(c, AS_TEMP);
	if (!strchr(path, '/')) {
		path = c->defpath ? sh_find_path(path, SH_DEFPATH, 1) :
			sh_hash_find(path);
		if (!path) {
			int e = errno;
			sh_pop_temp();
			/* the message goes where the command's stderr would */
			if (sh_redirect(n->redir, RD_SAVE) < 0)
				return 1;
			sh_warn("%s: %s", c->argv[0], e == EACCES ?
				"Permission denied" : "not found");
			sh_unredirect();
			return e == EACCES ? 126 : 127;
		}
	}
	if (!(flags & EV_EXIT)) {
		/* vfork: redirections are made (and undone) here, the child
		 * only execs */
		char **env = sh_environ();
		int err = 0;
		if (sh_redirect(n->redir, RD_SAVE) < 0) {
			sh_pop_temp();
			return 1;
		}
		sh_job_begin(node_text(n));
		if (sh_spawn_job(path, c->argv, env, &err) < 0) {
			if (err == ENOEXEC) {
				/* a script without #!: a subshell runs it */
				if (sh_fork_job(0) == 0)
					sh_exit(sh_run_script_file(path,
						c->argc, c->argv));
			} else {
				sh_warn("%s: %s", c->argv[0], strerror(err));
				st = err == ENOENT ? 127 : 126;
				hash_forget(c->argv[0]);	/* it moved */
			}
		}
		sh_unredirect();
		sh_pop_temp();
		if (err && err != ENOEXEC) {
			sh_job_fg();
			return st;
		}
		return sh_job_fg();
	}
	/* in the child (or the last command of one) */
	if (sh_redirect(n->redir, 0) < 0)
		child_exit(1);
	do_exec(path, c->argv, sh_environ());
}

static int eval_simple(struct node *n, int flags)
{
	struct scmd c;
	const struct sh_builtin *bi = NULL;
	struct func *fn = NULL;

	sh_last_cmdsub_status = 0;
	expand_simple(n, &c);
	if (c.argc == 0) {
		/* redirections first (messages of the assignments go
		 * there too), then the assignments */
		if (sh_redirect(n->redir, RD_SAVE) < 0)
			return 1;
		do_assigns(&c, AS_PERM);
		sh_unredirect();
		return sh_last_cmdsub_status;
	}
	strip_command(&c);
	if (!strchr(c.argv[0], '/')) {
		/* special builtins, then functions, then the others */
		bi = sh_find_builtin(c.argv[0]);
		if (!(bi && bi->special) && !c.nofunc)
			fn = sh_func_lookup(c.argv[0]);
		if (fn)
			bi = NULL;
	}
	if (bi && bi->special)
		return run_special(n, &c, bi);
	if (fn || bi)
		return run_regular(n, &c, fn, bi, flags);
	return run_external(n, &c, flags);
}

/* ---- compound commands -------------------------------------------------- */
static int pure_words(struct word *w);

/* A member of the job that only exits with status st (a utility that
 * could not be started). */
static void failed_member(int st)
{
	if (sh_fork_job(0) == 0)
		_exit(st);
}

/* Start a pipeline member that is a plain utility with vfork, as a simple
 * command: its words and redirections are expanded here, which only
 * happens when that cannot change the shell (the member is a subshell),
 * and the pipe ends are put on 0 and 1 around the spawn.  Returns 0 when
 * the member needs a forked subshell instead. */
static int spawn_member(struct node *m, int in, int out)
{
	struct redir *r;
	char **argv, *path;
	int argc, err = 0;
	if (m->type != N_CMD || m->u.cmd.assign || !m->u.cmd.args ||
	    sh_opt[OPT_u] || sh_opt[OPT_x] || in == 1 || out == 0 ||
	    !pure_words(m->u.cmd.args))
		return 0;
	for (r = m->redir; r; r = r->next)
		if (!pure_words(r->target))
			return 0;
	argv = sh_expand_args(m->u.cmd.args, &argc);
	if (!argc)
		return 0;
	path = argv[0];
	if (!strchr(path, '/')) {
		if (sh_find_builtin(path) || sh_func_lookup(path))
			return 0;
		/* a subshell's search is not remembered by the shell */
		path = hash_lookup(path);
		if (!path)
			path = sh_find_path(argv[0], sh_getvar("PATH"), 1);
		if (!path)
			return 0;	/* the subshell says "not found" */
	}
	sh_redirect_pipe(in, out);
	if (sh_redirect(m->redir, RD_SAVE) < 0) {
		sh_unredirect();
		failed_member(1);
		return 1;
	}
	if (sh_spawn_job(path, argv, sh_environ(), &err) < 0) {
		if (err == ENOEXEC) {
			if (sh_fork_job(0) == 0)
				sh_exit(sh_run_script_file(path, argc, argv));
		} else {
			sh_warn("%s: %s", argv[0], strerror(err));
			failed_member(err == ENOENT ? 127 : 126);
		}
	}
	sh_unredirect();
	sh_unredirect();
	return 1;
}

static int eval_pipe(struct node *n, int flags)
{
	struct nodelist *l;
	int prev = -1;
	sh_job_begin(node_text(n));
	for (l = n->u.pipe; l; l = l->next) {
		int fds[2] = {-1, -1};
		/* close-on-exec: members started with vfork must not keep
		 * other members' pipe ends */
		if (l->next && pipe2(fds, O_CLOEXEC) < 0) {
			if (prev >= 0)
				close(prev);
			sh_error("pipe: %s", strerror(errno));
		}
		if (spawn_member(l->n, prev, fds[1])) {
			/* started */
		} else if (sh_fork_job(0) == 0) {
			if (prev >= 0) {
				dup2(prev, 0);
				close(prev);
			}
			if (fds[1] >= 0) {
				close(fds[0]);
				dup2(fds[1], 1);
				close(fds[1]);
			}
			child_exit(sh_eval(l->n, EV_EXIT | (flags & EV_TESTED)));
		}
		if (prev >= 0)
			close(prev);
		if (fds[1] >= 0)
			close(fds[1]);
		prev = fds[0];
	}
	return sh_job_fg();
}

static int eval_subshell(struct node *n, int flags)
{
	if (!(flags & EV_EXIT)) {
		sh_job_begin(node_text(n));
		if (sh_fork_job(0))
			return sh_job_fg();
	}
	if (sh_redirect(n->redir, 0) < 0)
		child_exit(1);
	child_exit(sh_eval(n->u.body, EV_EXIT | (flags & EV_TESTED)));
}

static int eval_bg(struct node *n)
{
	sh_job_begin(node_text(n->u.body));
	if (sh_fork_job(1) == 0) {
		if (!sh_opt[OPT_m]) {
			int fd = open("/dev/null", O_RDONLY);
			if (fd >= 0 && fd != 0) {
				dup2(fd, 0);
				close(fd);
			}
		}
		child_exit(sh_eval(n->u.body, EV_EXIT));
	}
	sh_job_bg();
	return 0;
}

/* After a loop body: consume break/continue aimed at this loop.
 * Returns 1 if the loop must end. */
static int loop_skip(void)
{
	if (sh_skip == SKIP_BREAK || sh_skip == SKIP_CONT) {
		if (--sh_skip_count > 0)
			return 1;
		if (sh_skip == SKIP_BREAK) {
			sh_skip = SKIP_NONE;
			return 1;
		}
		sh_skip = SKIP_NONE;
		return 0;
	}
	return sh_skip != SKIP_NONE;
}

static int eval_loop(struct node *n, int flags)
{
	int st = 0, c;
	sh_loop_depth++;
	for (;;) {
		sh_mark_t m = sh_tmark();
		c = sh_eval(n->u.loop.cond, EV_TESTED);
		sh_trelease(m);
		if (sh_skip) {
			if (loop_skip())
				break;
			continue;
		}
		if ((n->type == N_WHILE) != (c == 0))
			break;
		st = sh_eval(n->u.loop.body, flags & EV_TESTED);
		sh_trelease(m);
		if (sh_skip && loop_skip())
			break;
	}
	sh_loop_depth--;
	return st;
}

static int eval_for(struct node *n, int flags)
{
	int argc, i, st = 0;
	char **argv;
	sh_mark_t m = sh_tmark();
	if (n->u.forn.has_in) {
		argv = sh_expand_args(n->u.forn.words, &argc);
	} else {
		argv = sh_pos.v;
		argc = sh_pos.n;
		/* the parameters may change in the body: copy */
		argv = sh_talloc(sizeof *argv * (size_t)(argc + 1));
		for (i = 0; i < argc; i++)
			argv[i] = sh_tstrdup(sh_pos.v[i]);
	}
	sh_loop_depth++;
	for (i = 0; i < argc; i++) {
		sh_mark_t m2 = sh_tmark();
		if (sh_setvar(n->u.forn.var, argv[i], 0) < 0)
			sh_raise(SH_EXERROR);
		st = sh_eval(n->u.forn.body, flags & EV_TESTED);
		sh_trelease(m2);
		if (sh_skip && loop_skip())
			break;
	}
	sh_loop_depth--;
	sh_trelease(m);
	return st;
}

static int eval_case(struct node *n, int flags)
{
	char *subj = sh_expand_str(n->u.casen.subject, 0);
	size_t sl = strlen(subj);
	struct caseitem *ci;
	int st = 0;
	for (ci = n->u.casen.items; ci; ci = ci->next) {
		struct word *p;
		for (p = ci->pats; p; p = p->next) {
			struct sh_pat pat;
			struct word one = *p;
			one.next = NULL;
			sh_expand_pat(&one, &pat);
			if (sh_pmatch(pat.s, pat.q, pat.n, subj, sl))
				goto found;
		}
		continue;
	found:
		for (;;) {
			st = ci->body ? sh_eval(ci->body, flags & EV_TESTED) : 0;
			if (!ci->fallthrough || !ci->next || sh_skip)
				break;
			ci = ci->next;
		}
		return st;
	}
	return 0;
}

static int eval_redirected(struct node *n, int flags)
{
	int st;
	if (sh_redirect(n->redir, RD_SAVE) < 0)
		return 1;
	st = sh_eval(n->u.body, flags & ~EV_EXIT);
	sh_unredirect();
	return st;
}

static int eval_compound_redir(struct node *n, int flags);

int sh_eval(struct node *n, int flags)
{
	int st = 0, check = 0;
	if (!n)
		return sh_status = 0;
	if (sh_opt[OPT_n] && !sh_interactive)
		return 0;
	if (++sh_eval_depth > MAX_EVAL_DEPTH) {
		sh_eval_depth = 0;
		sh_error("evaluation nesting too deep");
	}
	sh_cur_line = n->lineno;
	switch (n->type) {
	case N_CMD:
		st = eval_simple(n, flags);
		check = 1;
		break;
	case N_PIPE:
		st = eval_pipe(n, flags);
		check = 1;
		break;
	case N_AND:
	case N_OR:
		st = sh_eval(n->u.bin.l, (flags & ~EV_EXIT) | EV_TESTED);
		if (sh_skip)
			break;
		if ((st == 0) == (n->type == N_AND))
			st = sh_eval(n->u.bin.r, flags);
		break;
	case N_SEQ:
		st = sh_eval(n->u.bin.l, flags & ~EV_EXIT);
		if (sh_skip)
			break;
		st = sh_eval(n->u.bin.r, flags);
		break;
	case N_BG:
		st = eval_bg(n);
		break;
	case N_NOT:
		st = !sh_eval(n->u.body, (flags & ~EV_EXIT) | EV_TESTED);
		break;
	case N_SUBSHELL:
		st = eval_subshell(n, flags);
		check = 1;
		break;
	case N_GROUP:
		if (n->redir)
			st = eval_redirected(n, flags);
		else
			st = sh_eval(n->u.body, flags);
		break;
	case N_FUNC:
		sh_func_define(n->u.func.name, n->u.func.body);
		st = 0;
		break;
	default:
		st = eval_compound_redir(n, flags);
		break;
	}
	sh_eval_depth--;
	sh_status = st;
	if (sh_pending_sig)
		sh_run_traps();
	if (check && st && sh_opt[OPT_e] && !(flags & EV_TESTED) && !sh_skip)
		sh_exit(st);
	if ((flags & EV_EXIT) && !sh_skip)
		sh_exit(st);
	return st;
}

static int eval_compound(struct node *n, int flags)
{
	switch (n->type) {
	case N_IF: {
		int c = sh_eval(n->u.ifn.cond, EV_TESTED);
		if (sh_skip)
			return c;
		if (c == 0)
			return sh_eval(n->u.ifn.then, flags);
		if (n->u.ifn.els)
			return sh_eval(n->u.ifn.els, flags);
		return 0;
	}
	case N_WHILE:
	case N_UNTIL:
		return eval_loop(n, flags);
	case N_FOR:
		return eval_for(n, flags);
	case N_CASE:
		return eval_case(n, flags);
	}
	return 0;
}

static int eval_compound_redir(struct node *n, int flags)
{
	int st;
	if (!n->redir)
		return eval_compound(n, flags & ~EV_EXIT);
	if (sh_redirect(n->redir, RD_SAVE) < 0)
		return 1;
	st = eval_compound(n, flags & ~EV_EXIT);
	sh_unredirect();
	return st;
}

/* ---- command substitution ----------------------------------------------- */
/* Can $(...) run in the shell itself?  A simple command naming a builtin
 * that changes nothing but its output, with words whose expansion has no
 * side effects (no assignments, errors, nested substitutions or
 * arithmetic), behaves the same without the subshell. */
static int pure_words(struct word *w);

static int pure_parts(struct part *p)
{
	for (; p; p = p->next) {
		if (p->type == P_LIT || p->type == P_TILDE)
			continue;
		if (p->type != P_PARAM || p->u.param.op == PO_ASSIGN ||
		    p->u.param.op == PO_ERROR)
			return 0;
		if (p->u.param.arg && !pure_words(p->u.param.arg))
			return 0;
	}
	return 1;
}

static int pure_words(struct word *w)
{
	for (; w; w = w->next)
		if (!pure_parts(w->parts))
			return 0;
	return 1;
}

static const struct sh_builtin *inline_builtin(struct node *n)
{
	static const char *const pure[] = {
		":", "[", "echo", "false", "printf", "pwd", "test", "true", NULL
	};
	struct part *p;
	int i;
	if (!n || n->type != N_CMD || n->redir || n->u.cmd.assign ||
	    !n->u.cmd.args || sh_opt[OPT_u] || sh_opt[OPT_x] || sh_opt[OPT_n])
		return NULL;
	p = n->u.cmd.args->parts;
	if (!p || p->next || p->type != P_LIT || p->quoted)
		return NULL;
	for (i = 0; pure[i]; i++)
		if (!strcmp(pure[i], p->u.lit.s))
			break;
	if (!pure[i] || sh_func_lookup(p->u.lit.s) ||
	    !pure_words(n->u.cmd.args->next))
		return NULL;
	return sh_find_builtin(p->u.lit.s);
}

static int cmdsub_inline(const struct sh_builtin *bi, struct node *n,
			 char **out, size_t *outlen)
{
	struct sh_buf b = {0}, *volatile old = NULL;
	struct sh_jmp jmp, *prev = sh_handler;
	sh_mark_t m = sh_tmark();
	volatile int st = 2;
	size_t i, j;
	jmp.prev = prev;
	if (!setjmp(jmp.jb)) {
		char **argv;
		int argc;
		sh_handler = &jmp;
		argv = sh_expand_args(n->u.cmd.args, &argc);
		sh_subshell++;	/* messages look as they would from a subshell */
		old = sh_capture(&b);
		st = run_builtin(bi, argc, argv);
	} else {
		if (sh_exception != SH_EXERROR) {
			sh_capture(old);
			sh_subshell--;
			sh_handler = prev;
			free(b.s);
			sh_raise(sh_exception);
		}
	}
	sh_handler = prev;
	sh_capture(old);
	sh_subshell--;
	sh_trelease(m);
	/* NUL bytes cannot live in shell strings: drop them */
	for (i = j = 0; i < b.len; i++)
		if (b.s[i])
			b.s[j++] = b.s[i];
	*out = b.s ? b.s : sh_xmalloc(1);
	*outlen = j;
	return st;
}

int sh_run_cmdsub(struct node *n, char **out, size_t *outlen)
{
	int fds[2], ws;
	pid_t pid;
	char *buf = NULL;
	size_t len = 0, cap = 0;
	const struct sh_builtin *bi = inline_builtin(n);
	if (bi)
		return cmdsub_inline(bi, n, out, outlen);
	if (pipe(fds) < 0)
		sh_error("pipe: %s", strerror(errno));
	pid = sh_fork(0);
	if (pid == 0) {
		close(fds[0]);
		if (fds[1] != 1) {
			dup2(fds[1], 1);
			close(fds[1]);
		}
		child_exit(sh_eval(n, EV_EXIT));
	}
	close(fds[1]);
	for (;;) {
		ssize_t r;
		if (len + 4096 > cap) {
			cap = cap ? cap * 2 : 8192;
			buf = sh_xrealloc(buf, cap);
		}
		r = read(fds[0], buf + len, cap - len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		/* NUL bytes cannot live in shell strings: drop them */
		{
			size_t i, j = len;
			for (i = len; i < len + (size_t)r; i++)
				if (buf[i])
					buf[j++] = buf[i];
			len = j;
		}
	}
	close(fds[0]);
	*out = buf ? buf : sh_xmalloc(1);
	*outlen = len;
	return sh_wait_pid(pid, &ws);
}

/* ---- strings ------------------------------------------------------------ */
int sh_eval_string(const char *s)
{
	struct sh_arena *sa = sh_cur_arena, *ea = sh_exec_arena;
	struct sh_arena *a = sh_arena_new();
	int depth = sh_src_depth(), st = 0, line = sh_lineno;
	sh_push_string(s, strlen(s), NULL);
	sh_lineno = sh_cur_line;
	for (;;) {
		struct node *n;
		sh_cur_arena = a;
		n = sh_parse_command();
		if (n == SH_EOF_NODE)
			break;
		if (!n)
			continue;
		sh_exec_arena = a;
		st = sh_eval(n, 0);
		sh_exec_arena = ea;
		if (sh_skip)
			break;
	}
	sh_pop_to(depth);
	sh_cur_arena = sa;
	sh_exec_arena = ea;
	sh_arena_unref(a);
	sh_lineno = line;
	return st;
}
