/* sh.h - shared declarations for ring3's POSIX shell.
 *
 * Phases: input.c (sources) -> parse.c (lexer + recursive-descent parser
 * producing the AST below) -> expand.c/arith.c/glob.c (word expansion) ->
 * exec.c/redir.c (evaluation) with var.c, jobs.c, trap.c and the builtins.
 * All external symbols start with sh_ because the shell is linked into the
 * multi-call binary together with every other applet.
 */
#ifndef SH_H
#define SH_H

#include <setjmp.h>
#include <stddef.h>
#include <sys/types.h>

/* ---- memory (mem.c) ---------------------------------------------------- */
void *sh_xmalloc(size_t n);
void *sh_xrealloc(void *p, size_t n);
char *sh_xstrdup(const char *s);

/* Temporary allocations: freed in bulk back to a mark (after each command,
 * and by the error handler), so expansion code never frees by hand. */
typedef unsigned long sh_mark_t;
void *sh_talloc(size_t n);
void *sh_trealloc(void *p, size_t n);
char *sh_tstrdup(const char *s);
char *sh_tstrndup(const char *s, size_t n);
sh_mark_t sh_tmark(void);
void sh_trelease(sh_mark_t m);

/* Parse arenas: one per parsed unit, reference counted because function
 * definitions keep their body (and so the arena) alive. */
struct sh_arena;
struct sh_arena *sh_arena_new(void);
void sh_arena_ref(struct sh_arena *a);
void sh_arena_unref(struct sh_arena *a);
void *sh_aalloc(size_t n);		/* from the current parse arena */
char *sh_astrndup(const char *s, size_t n);
extern struct sh_arena *sh_cur_arena;

/* Growable string buffer (malloc'd, or temp when .tmp is set). */
struct sh_buf {
	char *s;
	size_t len, cap;
};
void sh_buf_add(struct sh_buf *b, const char *s, size_t n);
void sh_buf_addc(struct sh_buf *b, int c);
void sh_buf_adds(struct sh_buf *b, const char *s);
char *sh_buf_cstr(struct sh_buf *b);	/* NUL terminate, return s */

/* ---- errors and output (mem.c) ------------------------------------------ */
enum { SH_EXERROR = 1, SH_EXINT, SH_EXEXIT };
struct sh_jmp {
	jmp_buf jb;
	struct sh_jmp *prev;
};
extern struct sh_jmp *sh_handler;
extern int sh_exception;
_Noreturn void sh_raise(int kind);
/* Print "sh: [where: ]msg" and raise an error (status 2). */
_Noreturn void sh_error(const char *fmt, ...);
_Noreturn void sh_syntax(const char *fmt, ...);
void sh_warn(const char *fmt, ...);	/* message with location, no raise */
void sh_warnx(const char *fmt, ...);	/* "sh: msg" */
_Noreturn void sh_exit(int status);	/* run EXIT trap, flush, _exit */

void sh_out(const char *s, size_t n);	/* buffered stdout */
void sh_outs(const char *s);
void sh_outc(int c);
void sh_outf(const char *fmt, ...);
int sh_flush(void);			/* returns -1 on write error */
struct sh_buf;
struct sh_buf *sh_capture(struct sh_buf *b);	/* stdout into b (NULL: fd 1) */
void sh_errs(const char *s);		/* unbuffered stderr */
int sh_write_all(int fd, const char *s, size_t n);
/* Decimal text of v in buf (at least 24 bytes); returns the length. */
size_t sh_fmt_int(char *buf, long long v);

/* ---- AST (parse.c) ------------------------------------------------------ */
enum { P_LIT, P_PARAM, P_CMDSUB, P_ARITH, P_TILDE };
enum {
	PO_NONE, PO_DEFAULT, PO_ASSIGN, PO_ERROR, PO_ALT, PO_LEN,
	PO_RSMALL, PO_RLARGE, PO_LSMALL, PO_LLARGE
};
struct word;
struct node;
struct part {
	struct part *next;
	unsigned char type;
	unsigned char quoted;	/* P_LIT: literal is quoted; else inside "..." */
	union {
		struct { char *s; size_t n; } lit;
		struct {
			char *name;
			unsigned char op, colon;
			struct word *arg;
		} param;
		struct node *cmd;		/* P_CMDSUB */
		struct word *arith;		/* P_ARITH */
		struct { char *user; int first; } tilde;	/* P_TILDE */
	} u;
};
struct word {
	struct word *next;
	struct part *parts;
};
enum {
	R_IN, R_OUT, R_APPEND, R_CLOBBER, R_RDWR, R_DUPIN, R_DUPOUT,
	R_HERE
};
struct redir {
	struct redir *next;
	int type, fd;
	struct word *target;	/* file, fd word, or here-doc body */
	int quoted_here;	/* here-doc delimiter was quoted: no expansion */
	int strip;		/* <<- */
	char *delim;		/* here-doc delimiter while pending */
	struct redir *here_src;	/* here-doc: the pending entry */
};
enum {
	N_CMD, N_PIPE, N_AND, N_OR, N_SEQ, N_BG, N_NOT, N_SUBSHELL, N_GROUP,
	N_IF, N_WHILE, N_UNTIL, N_FOR, N_CASE, N_FUNC
};
struct nodelist {
	struct nodelist *next;
	struct node *n;
};
struct caseitem {
	struct caseitem *next;
	struct word *pats;
	struct node *body;
	int fallthrough;	/* ;& */
};
struct node {
	int type, lineno;
	struct redir *redir;
	union {
		struct { struct word *assign, *args; } cmd;
		struct { struct node *l, *r; } bin;
		struct nodelist *pipe;
		struct node *body;		/* BG NOT SUBSHELL GROUP */
		struct { struct node *cond, *then, *els; } ifn;
		struct { struct node *cond, *body; } loop;
		struct {
			char *var;
			struct word *words;
			int has_in;
			struct node *body;
		} forn;
		struct { struct word *subject; struct caseitem *items; } casen;
		struct { char *name; struct node *body; } func;
	} u;
};

/* ---- input (input.c) --------------------------------------------------- */
void sh_push_string(const char *s, size_t n, void *alias);
void sh_push_fd(int fd, int interactive);
void sh_pop_source(void);
void sh_pop_to(int depth);
int sh_src_depth(void);
int sh_getc(void);			/* -1 at end of the current unit */
void sh_ungetc(int c);
void sh_input_sync(void);		/* give back read-ahead on stdin */
void sh_set_prompt(int which);		/* 1 = PS1, 2 = PS2 */
int sh_at_src_end(void);
extern int sh_lineno;		/* lexer position */
extern int sh_cur_line;		/* line of the command being run ($LINENO) */

/* ---- parser (parse.c) -------------------------------------------------- */
#define SH_EOF_NODE ((struct node *)-1)
struct node *sh_parse_command(void);	/* NULL: empty line; SH_EOF_NODE */
struct word *sh_parse_heredoc_text(const char *s);
int sh_is_name(const char *s);
int sh_is_name_n(const char *s, size_t n);
const char *sh_reserved(const char *s);

/* ---- variables (var.c) ------------------------------------------------- */
enum { V_EXPORT = 1, V_READONLY = 2, V_UNSET = 4 };
struct var {
	struct var *next;
	char *name, *val;	/* val NULL: declared but unset */
	size_t cap;		/* bytes allocated for val, 0 if not known */
	int flags;
};
struct var *sh_var_lookup(const char *name);
const char *sh_getvar(const char *name);
int sh_setvar(const char *name, const char *val, int flags);	/* -1 readonly */
void sh_setvar_int(const char *name, long long v);
int sh_unsetvar(const char *name);
int sh_setvar_assign(const char *assign, int flags);	/* "name=value" */
char **sh_environ(void);
void sh_var_init(char **envp);
void sh_var_list(int flags_mask, const char *prefix);
/* Calls fn for each set variable, each function and each builtin (for completion). */
typedef void (*sh_name_fn)(const char *name, void *ctx);
void sh_var_each(sh_name_fn fn, void *ctx);
void sh_func_each(sh_name_fn fn, void *ctx);
void sh_builtin_each(sh_name_fn fn, void *ctx);
void sh_local(const char *name, const char *val, int has_val);
void sh_push_locals(void);
void sh_pop_locals(void);
void sh_pop_all_locals(int depth);
void sh_ifs_changed(void);
/* temporary assignments for one command (prefix assignments) */
void sh_push_temp(void);
void sh_temp_assign(const char *name, const char *val);
void sh_pop_temp(void);

/* positional parameters */
struct sh_params {
	int n;
	char **v;
	int optind_done;
};
extern struct sh_params sh_pos;
void sh_set_params(int n, char **v);
void sh_free_params(struct sh_params *p);

/* options */
enum {
	OPT_e, OPT_f, OPT_u, OPT_x, OPT_v, OPT_n, OPT_C, OPT_a, OPT_b, OPT_m,
	OPT_i, OPT_s, OPT_h, OPT_pipefail, OPT_ignoreeof, OPT_nolog, OPT_vi,
	OPT_emacs, OPT_COUNT
};
extern char sh_opt[OPT_COUNT];
int sh_set_option(const char *name_or_letter, int is_letter, int on);
void sh_dollar_minus(char *buf);
void sh_list_options(int reusable);

/* ---- expansion (expand.c, arith.c, glob.c) ------------------------------ */
enum { X_FIELDS = 1, X_NOGLOB = 2, X_ASSIGN = 4, X_PATTERN = 8 };
char **sh_expand_args(struct word *w, int *argc);	/* temp memory */
char *sh_expand_str(struct word *w, int flags);		/* no splitting */
/* expanded pattern: chars with a parallel "quoted" mask */
struct sh_pat {
	char *s;
	unsigned char *q;
	size_t n;
};
void sh_expand_pat(struct word *w, struct sh_pat *p);
char *sh_expand_heredoc(struct word *w);
long long sh_arith(const char *expr);
int sh_pmatch(const char *pat, const unsigned char *q, size_t pn,
	      const char *s, size_t sn);
int sh_has_glob(const char *s, const unsigned char *q, size_t n);
void sh_glob(const char *pat, const unsigned char *q, size_t n,
	     char ***out, int *outn, int *outcap);
int sh_sortcmp(const void *a, const void *b);
extern int sh_last_cmdsub_status;

/* ---- execution (exec.c) ------------------------------------------------ */
#define SH_DEFPATH "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
enum { EV_EXIT = 1, EV_TESTED = 2, EV_BG = 4 };
int sh_eval(struct node *n, int flags);
int sh_eval_string(const char *s);
extern int sh_status;		/* $? */
extern int sh_skip;		/* pending break/continue/return */
extern int sh_skip_count;
enum { SKIP_NONE, SKIP_BREAK, SKIP_CONT, SKIP_RETURN };
extern int sh_loop_depth, sh_func_depth, sh_eval_depth;
extern pid_t sh_rootpid;
extern int sh_interactive;
extern int sh_subshell;	/* nonzero in a forked child */
extern const char *sh_arg0;	/* $0 */
extern const char *sh_script;	/* file name for messages, or NULL */
char *sh_find_path(const char *name, const char *path, int want_exec);
pid_t sh_fork(int bg);		/* fork with child-side resets */
char *sh_hash_find(const char *name);	/* PATH search, remembered */
void sh_hash_clear(void);
void sh_hash_list(void);
void sh_reset_child(void);
int sh_run_cmdsub(struct node *n, char **out, size_t *outlen);

struct func {
	struct func *next;
	char *name;
	struct node *body;
	struct sh_arena *arena;
};
struct func *sh_func_lookup(const char *name);
void sh_func_define(const char *name, struct node *body);
int sh_func_unset(const char *name);

/* ---- redirection (redir.c) ---------------------------------------------- */
enum { RD_SAVE = 1 };
int sh_redirect(struct redir *r, int flags);	/* -1 on error (printed) */
void sh_unredirect(void);			/* undo the last push */
void sh_redirect_pipe(int in, int out);	/* a frame with 0 and 1 on pipe ends */
int sh_redir_depth(void);
void sh_unredirect_to(int depth);
int sh_move_fd_high(int fd);

/* ---- jobs and traps (jobs.c, trap.c) ------------------------------------ */
struct job;
int sh_wait_pid(pid_t pid, int *status);	/* foreground wait */
void sh_job_begin(const char *cmd);	/* then sh_fork_job, sh_job_fg/bg */
pid_t sh_fork_job(int bg);
pid_t sh_spawn_job(const char *path, char **argv, char **envp, int *err);
int sh_child_signals(int *sigs);
int sh_job_fg(void);
void sh_job_bg(void);
void sh_jobctl_init(void);
int sh_waitcmd(int argc, char **argv);
void sh_reap(void);
extern pid_t sh_lastbg;
int sh_status_of(int wstatus);
void sh_trap_init(void);
void sh_run_traps(void);
extern volatile int sh_pending_sig;
int sh_sig_num(const char *name);
const char *sh_sig_name(int sig);
void sh_trap_exit(void);
void sh_traps_child(void);
void sh_set_interactive_signals(int on);
int sh_jobs_builtin(int argc, char **argv);
int sh_fg_builtin(int argc, char **argv);
int sh_bg_builtin(int argc, char **argv);
void sh_job_notify(void);
pid_t sh_job_pid(const char *spec);

/* ---- builtins ----------------------------------------------------------- */
typedef int (*sh_builtin_fn)(int argc, char **argv);
struct sh_builtin {
	const char *name;
	sh_builtin_fn fn;
	int special;
};
const struct sh_builtin *sh_find_builtin(const char *name);
int sh_printf_builtin(int argc, char **argv);
int sh_test_builtin(int argc, char **argv);
int sh_echo_builtin(int argc, char **argv);
int sh_read_builtin(int argc, char **argv);
int sh_getopts_builtin(int argc, char **argv);
int sh_umask_builtin(int argc, char **argv);
int sh_kill_builtin(int argc, char **argv);
int sh_trap_builtin(int argc, char **argv);
int sh_alias_builtin(int argc, char **argv);
int sh_unalias_builtin(int argc, char **argv);
int sh_times_builtin(int argc, char **argv);
int sh_ulimit_builtin(int argc, char **argv);
const char *sh_alias_get(const char *name);
void sh_builtin_error(const char *fmt, ...);	/* "sh: name: msg" */
extern const char *sh_cur_builtin;
/* special builtin errors abort a non-interactive shell */
_Noreturn void sh_special_error(const char *fmt, ...);

/* ---- glue between the parts --------------------------------------------- */
int sh_cmdloop(int top);			/* main.c: read-eval loop */
int sh_run_script_file(const char *path, int argc, char **argv);
extern struct sh_arena *sh_exec_arena;		/* arena of the running tree */
int sh_last_signal(void);			/* trap.c */
int sh_have_traps(void);
void sh_init_pwd(void);				/* builtin.c */
const char *sh_alias_use(const char *name, void **handle);	/* misc.c */
void sh_alias_done(void *alias);
int sh_escape(const char *s, struct sh_buf *out, int octal0);
int sh_input_fd_relocate(int fd);		/* input.c */
void sh_jobs_fd_relocate(int fd);		/* jobs.c */

/* ---- line editing (edit.c) ---------------------------------------------- */
/* Read one line from the terminal with editing; returns length, 0 at EOF,
 * -1 on interrupt.  The line (with its '\n') is malloc'd in *out. */
ssize_t sh_edit_line(int fd, const char *prompt, char **out);
void sh_history_add(const char *line, size_t n);	/* history.c */
int sh_history_count(void);
const char *sh_history_get(int i);		/* 0 = oldest kept */
void sh_history_load(void);
int sh_fc_builtin(int argc, char **argv);

#endif
