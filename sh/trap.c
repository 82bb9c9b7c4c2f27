/* trap.c - signal dispositions, trap actions and the EXIT trap. */
#include "sh.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef NSIG
#define NSIG 65
#endif

static char *actions[NSIG];	/* NULL: default; "": ignored */
/* A subshell lists its parent's traps ("saved=$(trap)") until it changes
 * one itself. */
static char *inherited[NSIG];
static int use_inherited;
static volatile sig_atomic_t pending[NSIG];
volatile int sh_pending_sig;
static int in_trap;
static int exit_trap_done;

static const struct {
	int num;
	const char *name;
} signames[] = {
	{SIGHUP, "HUP"}, {SIGINT, "INT"}, {SIGQUIT, "QUIT"}, {SIGILL, "ILL"},
	{SIGTRAP, "TRAP"}, {SIGABRT, "ABRT"}, {SIGBUS, "BUS"}, {SIGFPE, "FPE"},
	{SIGKILL, "KILL"}, {SIGUSR1, "USR1"}, {SIGSEGV, "SEGV"},
	{SIGUSR2, "USR2"}, {SIGPIPE, "PIPE"}, {SIGALRM, "ALRM"},
	{SIGTERM, "TERM"}, {SIGCHLD, "CHLD"}, {SIGCONT, "CONT"},
	{SIGSTOP, "STOP"}, {SIGTSTP, "TSTP"}, {SIGTTIN, "TTIN"},
	{SIGTTOU, "TTOU"}, {SIGURG, "URG"}, {SIGXCPU, "XCPU"},
	{SIGXFSZ, "XFSZ"}, {SIGVTALRM, "VTALRM"}, {SIGPROF, "PROF"},
	{SIGWINCH, "WINCH"}, {SIGIO, "IO"}, {SIGSYS, "SYS"}, {0, NULL}
};

int sh_sig_num(const char *name)
{
	int i;
	char *end;
	long n;
	if (!strcmp(name, "EXIT"))
		return 0;
	n = strtol(name, &end, 10);
	if (*name && !*end)
		return n >= 0 && n < NSIG ? (int)n : -1;
	if (!strncmp(name, "SIG", 3))
		name += 3;
	for (i = 0; signames[i].name; i++)
		if (!strcmp(signames[i].name, name))
			return signames[i].num;
	return -1;
}

const char *sh_sig_name(int sig)
{
	int i;
	if (sig == 0)
		return "EXIT";
	for (i = 0; signames[i].name; i++)
		if (signames[i].num == sig)
			return signames[i].name;
	return NULL;
}

static volatile sig_atomic_t last_sig;

int sh_last_signal(void)
{
	return last_sig;
}

static void on_signal(int sig)
{
	last_sig = sig;
	pending[sig] = 1;
	sh_pending_sig = 1;
}

static void set_handler(int sig, void (*fn)(int))
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

/* Interactive shells ignore TERM and QUIT and catch INT themselves. */
void sh_set_interactive_signals(int on)
{
	if (on) {
		if (!actions[SIGINT])
			set_handler(SIGINT, on_signal);
		if (!actions[SIGQUIT])
			set_handler(SIGQUIT, SIG_IGN);
		if (!actions[SIGTERM])
			set_handler(SIGTERM, SIG_IGN);
	} else {
		if (!actions[SIGINT])
			set_handler(SIGINT, SIG_DFL);
		if (!actions[SIGQUIT])
			set_handler(SIGQUIT, SIG_DFL);
		if (!actions[SIGTERM])
			set_handler(SIGTERM, SIG_DFL);
	}
}

void sh_trap_init(void)
{
	/* signals ignored on entry stay ignored (and cannot be trapped) */
}

static int ignored_on_entry(int sig)
{
	struct sigaction sa;
	if (sigaction(sig, NULL, &sa) < 0)
		return 0;
	return sa.sa_handler == SIG_IGN && !actions[sig];
}

/* Run pending trap actions; $? is preserved around each. */
void sh_run_traps(void)
{
	int sig;
	if (in_trap)
		return;
	sh_pending_sig = 0;
	for (sig = 1; sig < NSIG; sig++) {
		if (!pending[sig])
			continue;
		pending[sig] = 0;
		if (actions[sig] && *actions[sig]) {
			int st = sh_status, skip = sh_skip;
			char *act = sh_xstrdup(actions[sig]);
			in_trap = 1;
			sh_eval_string(act);
			in_trap = 0;
			free(act);
			if (sh_skip == skip)
				sh_status = st;
		} else if (sig == SIGINT && sh_interactive) {
			sh_raise(SH_EXINT);
		}
	}
}

/* Signals a child must set back to their defaults before it execs: the
 * caught ones (exec would reset them, but one could arrive before) and
 * those an interactive shell ignores (jobs.c adds the job control stops).
 * Computed in the parent, so a vfork child only has to make the system
 * calls. */
int sh_child_signals(int *sigs)
{
	int sig, n = 0;
	for (sig = 1; sig < NSIG; sig++) {
		int reset = actions[sig] && *actions[sig];
		if (!actions[sig] && sh_interactive &&
		    (sig == SIGINT || sig == SIGQUIT || sig == SIGTERM))
			reset = 1;
		if (reset)
			sigs[n++] = sig;
	}
	return n;
}

/* Any trap set?  (The shell cannot exec its last command then.) */
int sh_have_traps(void)
{
	int sig;
	for (sig = 0; sig < NSIG; sig++)
		if (actions[sig] && *actions[sig])
			return 1;
	return 0;
}

void sh_trap_exit(void)
{
	char *act;
	if (exit_trap_done || !actions[0])
		return;
	exit_trap_done = 1;
	act = actions[0];
	actions[0] = NULL;
	if (*act) {
		struct sh_jmp jmp, *prev = sh_handler;
		jmp.prev = prev;
		if (!setjmp(jmp.jb)) {
			sh_handler = &jmp;
			sh_eval_string(act);
		}
		sh_handler = prev;
	}
	free(act);
}

_Noreturn void sh_exit(int status)
{
	sh_status = status;
	sh_trap_exit();		/* an "exit" in the trap does not return */
	sh_flush();
	_exit(status & 255);
}

/* A subshell: trapped signals go back to their defaults. */
void sh_traps_child(void)
{
	int sig;
	for (sig = 0; sig < NSIG; sig++) {
		free(inherited[sig]);
		inherited[sig] = actions[sig] ? sh_xstrdup(actions[sig]) : NULL;
		if (!actions[sig] || !*actions[sig])
			continue;
		free(actions[sig]);
		actions[sig] = NULL;
		if (sig)
			set_handler(sig, SIG_DFL);
	}
	use_inherited = 1;
	exit_trap_done = 0;
}

static void print_trap(int sig)
{
	const char *a = use_inherited ? inherited[sig] : actions[sig], *s;
	if (!a)
		return;
	sh_outs("trap -- '");
	for (s = a; *s; s++) {
		if (*s == '\'')
			sh_outs("'\\''");
		else
			sh_outc(*s);
	}
	sh_outf("' %s\n", sh_sig_name(sig));
}

int sh_trap_builtin(int argc, char **argv)
{
	int i = 1, sig, st = 0;
	const char *action;
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (i < argc && !strcmp(argv[i], "-p")) {
		if (++i < argc) {
			for (; i < argc; i++) {
				sig = sh_sig_num(argv[i]);
				if (sig < 0) {
					sh_builtin_error("%s: bad trap", argv[i]);
					st = 1;
				} else {
					print_trap(sig);
				}
			}
			return st;
		}
	}
	if (i >= argc) {
		for (sig = 0; sig < NSIG; sig++)
			if (sh_sig_name(sig))
				print_trap(sig);
		return 0;
	}
	use_inherited = 0;
	if (!strcmp(argv[i], "-l")) {
		for (sig = 1; sig < NSIG; sig++)
			if (sh_sig_name(sig))
				sh_outf("%d) %s\n", sig, sh_sig_name(sig));
		return 0;
	}
	action = argv[i];
	/* "trap n..." with an unsigned integer first: reset those */
	if (sh_sig_num(action) >= 0 && action[0] >= '0' && action[0] <= '9') {
		action = "-";
	} else {
		i++;
	}
	for (; i < argc; i++) {
		sig = sh_sig_num(argv[i]);
		if (sig < 0 || sig == SIGKILL || sig == SIGSTOP) {
			sh_builtin_error("%s: bad trap", argv[i]);
			st = 1;
			continue;
		}
		if (sig && ignored_on_entry(sig) && !sh_interactive)
			continue;
		free(actions[sig]);
		actions[sig] = NULL;
		if (!strcmp(action, "-")) {
			if (sig) {
				if (sh_interactive && (sig == SIGINT ||
				    sig == SIGQUIT || sig == SIGTERM))
					sh_set_interactive_signals(1);
				else
					set_handler(sig, SIG_DFL);
			}
			continue;
		}
		actions[sig] = sh_xstrdup(action);
		if (sig)
			set_handler(sig, *action ? on_signal : SIG_IGN);
	}
	return st;
}
