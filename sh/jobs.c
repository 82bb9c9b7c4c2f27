/* jobs.c - jobs: process groups and the terminal under job control (set
 * -m), foreground waits, background and stopped jobs, and the wait, jobs,
 * fg and bg builtins.
 *
 * A job is started with sh_job_begin, gets its processes from
 * sh_fork_job, and ends with sh_job_fg (wait in the foreground) or
 * sh_job_bg.  Only background and stopped jobs are kept in the table.
 */
#include "sh.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

enum { J_RUNNING, J_STOPPED, J_DONE };

struct job {
	int id, state, bg;
	pid_t pgid;
	int n, cap;
	pid_t *pids;
	int *status;		/* per process, valid once done[] */
	int lastsig;		/* signal that ended the last process */
	int core;
	unsigned char *done;
	char *cmd;
};

static struct job **table;
static int njobs, captable;
static struct job *cur;		/* the job being started */
pid_t sh_lastbg;
static int ttyfd = -1;
static pid_t shell_pgid;

/* Job control is done by the interactive shell itself, never by its
 * subshells. */
static int jobctl(void)
{
	return sh_opt[OPT_m] && !sh_subshell && ttyfd >= 0;
}

void sh_jobs_fd_relocate(int fd)
{
	if (fd == ttyfd) {
		int n = fcntl(fd, F_DUPFD_CLOEXEC, 10);
		if (n >= 0) {
			close(fd);
			ttyfd = n;
		}
	}
}

/* Take the terminal: called once when an interactive shell starts. */
void sh_jobctl_init(void)
{
	int fd = 2;
	if (!isatty(fd))
		return;
	fd = fcntl(fd, F_DUPFD_CLOEXEC, 10);
	if (fd < 0)
		return;
	ttyfd = fd;
	for (;;) {
		pid_t fg = tcgetpgrp(ttyfd);
		if (fg < 0) {
			close(ttyfd);
			ttyfd = -1;
			return;
		}
		if (fg == getpgrp())
			break;
		kill(0, SIGTTIN);	/* wait until we are in the foreground */
	}
	signal(SIGTSTP, SIG_IGN);
	signal(SIGTTIN, SIG_IGN);
	signal(SIGTTOU, SIG_IGN);
	setpgid(0, 0);
	shell_pgid = getpgrp();
	tcsetpgrp(ttyfd, shell_pgid);
}

static void job_free(struct job *j)
{
	if (!j)
		return;
	free(j->pids);
	free(j->status);
	free(j->done);
	free(j->cmd);
	free(j);
}

static void table_remove(struct job *j)
{
	int i;
	for (i = 0; i < njobs; i++)
		if (table[i] == j) {
			memmove(table + i, table + i + 1,
				sizeof *table * (size_t)(njobs - i - 1));
			njobs--;
			break;
		}
	job_free(j);
}

static void table_add(struct job *j)
{
	int i, id = 1;
	for (i = 0; i < njobs; i++)
		if (table[i] == j)
			return;
	for (i = 0; i < njobs; i++)
		if (table[i]->id >= id)
			id = table[i]->id + 1;
	j->id = id;
	if (njobs == captable) {
		captable = captable ? captable * 2 : 8;
		table = sh_xrealloc(table, sizeof *table * (size_t)captable);
	}
	table[njobs++] = j;
}

void sh_job_begin(const char *cmd)
{
	job_free(cur);
	cur = sh_xmalloc(sizeof *cur);
	memset(cur, 0, sizeof *cur);
	cur->cmd = sh_xstrdup(cmd ? cmd : "");
}

static void add_pid(struct job *j, pid_t pid)
{
	if (j->n == j->cap) {
		j->cap = j->cap ? j->cap * 2 : 4;
		j->pids = sh_xrealloc(j->pids, sizeof *j->pids * (size_t)j->cap);
		j->status = sh_xrealloc(j->status, sizeof *j->status * (size_t)j->cap);
		j->done = sh_xrealloc(j->done, (size_t)j->cap);
	}
	j->pids[j->n] = pid;
	j->status[j->n] = 0;
	j->done[j->n] = 0;
	j->n++;
}

/* Fork; with a job, the child joins the job's process group. */
pid_t sh_fork_job(int bg)
{
	int jc = cur && jobctl();
	pid_t pid;
	sh_flush();
	pid = fork();
	if (pid < 0)
		sh_error("fork: %s", strerror(errno));
	if (pid == 0) {
		if (jc) {
			setpgid(0, cur->pgid ? cur->pgid : 0);
			if (!bg)
				tcsetpgrp(ttyfd, getpgrp());
		}
		sh_reset_child();
		if (ttyfd >= 0) {
			/* the shell ignored them itself for job control;
			 * ignored on entry, they stay ignored */
			signal(SIGTSTP, SIG_DFL);
			signal(SIGTTIN, SIG_DFL);
			signal(SIGTTOU, SIG_DFL);
		}
		if (bg && !jc) {
			signal(SIGINT, SIG_IGN);
			signal(SIGQUIT, SIG_IGN);
		}
		job_free(cur);
		cur = NULL;
		return 0;
	}
	if (cur) {
		if (jc) {
			if (!cur->pgid)
				cur->pgid = pid;
			setpgid(pid, cur->pgid);
		}
		add_pid(cur, pid);
	}
	return pid;
}

/* Start a foreground utility with vfork: the child only joins the job's
 * process group, resets signals and execs, touching nothing of the
 * parent's memory but the exec error.  Returns the pid, or -1 with *err
 * set if the exec failed (that child is reaped and not part of the job). */
static volatile int spawn_err;
/* what the child needs, outside the stack frame vfork shares */
static struct {
	int jc, tty, ns, block;
	pid_t pgid;
	int sigs[(NSIG > 65 ? NSIG : 65) + 3];
	sigset_t old;
} sp;

pid_t sh_spawn_job(const char *path, char **argv, char **envp, int *err)
{
	sigset_t all;
	pid_t pid;
	int e;
	sp.jc = cur && jobctl();
	sp.pgid = sp.jc ? cur->pgid : 0;
	sp.tty = ttyfd;
	sp.ns = sh_child_signals(sp.sigs);
	if (ttyfd >= 0) {
		/* as in sh_fork_job: only when the shell ignored them */
		sp.sigs[sp.ns++] = SIGTSTP;
		sp.sigs[sp.ns++] = SIGTTIN;
		sp.sigs[sp.ns++] = SIGTTOU;
	}
	sh_flush();
	/* A handler run in the child before its reset would work on the
	 * shell's memory, so signals stay blocked until then.  With no
	 * disposition to reset, no handler is installed (a caught signal
	 * is always reset): a signal gets its default or ignored action in
	 * the child, as after the exec. */
	sp.block = sp.ns > 0;
	if (sp.block) {
		sigfillset(&all);
		sigprocmask(SIG_SETMASK, &all, &sp.old);
	}
	spawn_err = 0;
	pid = vfork();
	if (pid == 0) {
		struct sigaction sa;
		int i;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = SIG_DFL;
		if (sp.jc) {
			setpgid(0, sp.pgid);
			tcsetpgrp(sp.tty, sp.pgid ? sp.pgid : getpid());
		}
		for (i = 0; i < sp.ns; i++)
			sigaction(sp.sigs[i], &sa, NULL);
		if (sp.block)
			sigprocmask(SIG_SETMASK, &sp.old, NULL);
		execve(path, argv, envp);
		spawn_err = errno ? errno : ENOEXEC;
		_exit(127);
	}
	e = errno;
	if (sp.block)
		sigprocmask(SIG_SETMASK, &sp.old, NULL);
	if (pid < 0)
		sh_error("fork: %s", strerror(e));
	if (spawn_err) {
		int ws;
		*err = spawn_err;
		while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
			;
		if (sp.jc && !sp.pgid)
			tcsetpgrp(ttyfd, shell_pgid);
		return -1;
	}
	if (cur) {
		if (sp.jc) {
			if (!cur->pgid)
				cur->pgid = pid;
			setpgid(pid, cur->pgid);
		}
		add_pid(cur, pid);
	}
	return pid;
}

pid_t sh_fork(int bg)
{
	struct job *saved = cur;
	pid_t pid;
	cur = NULL;
	pid = sh_fork_job(bg);
	cur = saved;
	return pid;
}

static void record(struct job *j, int i, int ws)
{
	if (WIFSTOPPED(ws)) {
		j->state = J_STOPPED;
		j->status[i] = 128 + WSTOPSIG(ws);
		return;
	}
	j->done[i] = 1;
	j->status[i] = sh_status_of(ws);
	if (i == j->n - 1 && WIFSIGNALED(ws)) {
		j->lastsig = WTERMSIG(ws);
		j->core = WCOREDUMP(ws) != 0;
	}
}

static const char *signal_text(int sig)
{
	static const struct { int sig; const char *msg; } msgs[] = {
		{SIGKILL, "Killed"}, {SIGTERM, "Terminated"},
		{SIGSEGV, "Segmentation fault"}, {SIGABRT, "Aborted"},
		{SIGHUP, "Hangup"}, {SIGQUIT, "Quit"}, {SIGBUS, "Bus error"},
		{SIGFPE, "Floating point exception"}, {SIGINT, "Interrupt"},
		{SIGILL, "Illegal instruction"}, {SIGALRM, "Alarm clock"},
		{SIGUSR1, "User defined signal 1"}, {SIGPIPE, "Broken pipe"},
		{SIGUSR2, "User defined signal 2"}, {SIGTRAP, "Trace/breakpoint trap"},
		{SIGSYS, "Bad system call"}, {SIGXCPU, "CPU time limit exceeded"},
		{SIGXFSZ, "File size limit exceeded"}, {0, NULL}
	};
	int i;
	for (i = 0; msgs[i].msg; i++)
		if (msgs[i].sig == sig)
			return msgs[i].msg;
	return "Signal";
}

/* Like other shells, say why a foreground job died of a signal. */
static void report_signal(struct job *j)
{
	if (!j->lastsig || j->lastsig == SIGINT || j->lastsig == SIGPIPE)
		return;
	sh_flush();
	sh_errs(signal_text(j->lastsig));
	sh_errs(j->core ? " (core dumped)\n" : "\n");
}

static int all_done(struct job *j)
{
	int i;
	for (i = 0; i < j->n; i++)
		if (!j->done[i])
			return 0;
	return 1;
}

/* Wait for a job in the foreground; returns its status. */
static int wait_fg(struct job *j)
{
	int jc = jobctl() && j->pgid, i, st = 0, pst = 0;
	if (jc)
		tcsetpgrp(ttyfd, j->pgid);
	j->state = J_RUNNING;
	for (i = 0; i < j->n && j->state != J_STOPPED; i++) {
		int ws;
		while (!j->done[i]) {
			pid_t r = waitpid(j->pids[i], &ws, jc ? WUNTRACED : 0);
			if (r == j->pids[i]) {
				record(j, i, ws);
				if (j->state == J_STOPPED)
					break;
			} else if (r < 0 && errno != EINTR) {
				j->done[i] = 1;
				j->status[i] = 127;
			}
		}
	}
	if (jc) {
		tcsetpgrp(ttyfd, shell_pgid);
	}
	if (j->state == J_STOPPED) {
		table_add(j);
		j->bg = 1;
		sh_outf("\n[%d]+ Stopped\t%s\n", j->id, j->cmd);
		sh_flush();
		for (i = 0; i < j->n; i++)
			if (j->status[i] > 128)
				return j->status[i];
		return 128 + SIGTSTP;
	}
	for (i = 0; i < j->n; i++) {
		st = j->status[i];
		if (st)
			pst = st;
	}
	if (sh_interactive && j->n && st == 128 + SIGINT)
		sh_errs("\n");
	report_signal(j);
	return sh_opt[OPT_pipefail] ? pst : st;
}

int sh_job_fg(void)
{
	struct job *j = cur;
	int st;
	cur = NULL;
	if (!j)
		return 0;
	st = wait_fg(j);
	if (j->state != J_STOPPED)
		job_free(j);
	return st;
}

void sh_job_bg(void)
{
	struct job *j = cur;
	cur = NULL;
	if (!j)
		return;
	j->bg = 1;
	if (j->n)
		sh_lastbg = j->pids[j->n - 1];
	table_add(j);
	if (sh_interactive) {
		sh_outf("[%d] %ld\n", j->id, (long)sh_lastbg);
		sh_flush();
	}
}

/* Collect state changes of the table's jobs without blocking. */
void sh_reap(void)
{
	int i, k;
	for (i = 0; i < njobs; i++) {
		struct job *j = table[i];
		for (k = 0; k < j->n; k++) {
			int ws;
			if (j->done[k])
				continue;
			if (waitpid(j->pids[k], &ws, WNOHANG |
				    (jobctl() ? WUNTRACED : 0)) == j->pids[k])
				record(j, k, ws);
		}
		if (all_done(j))
			j->state = J_DONE;
	}
}

/* "Running", "Stopped", "Done", "Exit 3" or the signal that ended it. */
static const char *state_name(struct job *j)
{
	static char buf[32];
	if (j->state == J_STOPPED)
		return "Stopped";
	if (j->state != J_DONE)
		return "Running";
	if (j->lastsig)
		return signal_text(j->lastsig);
	if (j->status[j->n - 1]) {
		snprintf(buf, sizeof buf, "Exit %d", j->status[j->n - 1]);
		return buf;
	}
	return "Done";
}

void sh_job_notify(void)
{
	int i;
	sh_reap();
	for (i = 0; i < njobs;) {
		if (table[i]->state == J_DONE) {
			sh_outf("[%d]%c %s\t%s\n", table[i]->id,
				i == njobs - 1 ? '+' : ' ', state_name(table[i]),
				table[i]->cmd);
			table_remove(table[i]);
		} else {
			i++;
		}
	}
	sh_flush();
}

int sh_wait_pid(pid_t pid, int *ws)
{
	for (;;) {
		pid_t r = waitpid(pid, ws, 0);
		if (r == pid)
			break;
		if (r < 0 && errno != EINTR) {
			*ws = 0;
			return 127;
		}
	}
	return sh_status_of(*ws);
}

static struct job *find_spec(const char *spec)
{
	int i;
	if (!njobs)
		return NULL;
	if (spec[0] != '%') {
		pid_t pid = (pid_t)strtol(spec, NULL, 10);
		int k;
		for (i = 0; i < njobs; i++)
			for (k = 0; k < table[i]->n; k++)
				if (table[i]->pids[k] == pid)
					return table[i];
		return NULL;
	}
	if (!strcmp(spec, "%%") || !strcmp(spec, "%+") || !strcmp(spec, "%"))
		return table[njobs - 1];
	if (!strcmp(spec, "%-"))
		return table[njobs > 1 ? njobs - 2 : 0];
	if (spec[1] >= '0' && spec[1] <= '9') {
		for (i = 0; i < njobs; i++)
			if (table[i]->id == atoi(spec + 1))
				return table[i];
		return NULL;
	}
	for (i = njobs; i-- > 0;)
		if (!strncmp(table[i]->cmd, spec + 1, strlen(spec + 1)))
			return table[i];
	return NULL;
}

/* For kill: a job's process group (negative) or a plain pid. */
pid_t sh_job_pid(const char *spec)
{
	struct job *j;
	if (spec[0] != '%')
		return (pid_t)strtol(spec, NULL, 10);
	j = find_spec(spec);
	if (!j || !j->n)
		return -1;
	return j->pgid ? -j->pgid : j->pids[j->n - 1];
}

/* Block for a background job; a trapped signal interrupts (-1). */
static int wait_job(struct job *j)
{
	int k;
	for (k = 0; k < j->n; k++) {
		while (!j->done[k]) {
			int ws;
			pid_t r = waitpid(j->pids[k], &ws, 0);
			if (r == j->pids[k]) {
				record(j, k, ws);
			} else if (r < 0 && errno == EINTR) {
				if (sh_pending_sig)
					return -1;
			} else if (r < 0) {
				j->done[k] = 1;
				j->status[k] = 127;
			}
		}
	}
	j->state = J_DONE;
	return j->status[j->n - 1];
}

int sh_waitcmd(int argc, char **argv)
{
	int i, st = 0;
	if (argc < 2) {
		while (njobs) {
			if (wait_job(table[0]) < 0)
				goto interrupted;
			table_remove(table[0]);
		}
		return 0;
	}
	for (i = 1; i < argc; i++) {
		struct job *j = find_spec(argv[i]);
		if (!j) {
			if (argv[i][0] == '%')
				sh_builtin_error("%s: no such job", argv[i]);
			st = 127;
			continue;
		}
		st = wait_job(j);
		if (st < 0)
			goto interrupted;
		table_remove(j);
	}
	return st;
interrupted:
	st = 128 + sh_last_signal();
	sh_run_traps();
	return st;
}

int sh_jobs_builtin(int argc, char **argv)
{
	int i, pflag = argc > 1 && !strcmp(argv[1], "-p");
	sh_reap();
	for (i = 0; i < njobs; i++) {
		struct job *j = table[i];
		if (pflag)
			sh_outf("%ld\n", (long)(j->pgid ? j->pgid : j->pids[0]));
		else
			sh_outf("[%d]%c %s\t%s\n", j->id,
				i == njobs - 1 ? '+' : i == njobs - 2 ? '-' : ' ',
				state_name(j), j->cmd);
	}
	for (i = 0; i < njobs;) {
		if (table[i]->state == J_DONE && !pflag)
			table_remove(table[i]);
		else
			i++;
	}
	return 0;
}

static void cont(struct job *j)
{
	int k;
	if (j->pgid)
		kill(-j->pgid, SIGCONT);
	else
		for (k = 0; k < j->n; k++)
			if (!j->done[k])
				kill(j->pids[k], SIGCONT);
	j->state = J_RUNNING;
}

int sh_fg_builtin(int argc, char **argv)
{
	struct job *j = find_spec(argc > 1 ? argv[1] : "%%");
	int st;
	if (!j) {
		sh_builtin_error("%s: no such job", argc > 1 ? argv[1] : "current");
		return 1;
	}
	sh_outf("%s\n", j->cmd);
	sh_flush();
	if (jobctl() && j->pgid)
		tcsetpgrp(ttyfd, j->pgid);
	cont(j);
	st = wait_fg(j);
	if (j->state != J_STOPPED)
		table_remove(j);
	return st;
}

int sh_bg_builtin(int argc, char **argv)
{
	struct job *j = find_spec(argc > 1 ? argv[1] : "%%");
	if (!j) {
		sh_builtin_error("%s: no such job", argc > 1 ? argv[1] : "current");
		return 1;
	}
	cont(j);
	sh_outf("[%d] %s &\n", j->id, j->cmd);
	return 0;
}
