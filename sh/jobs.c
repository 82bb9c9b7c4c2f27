/* jobs.c - background jobs, waiting, and the wait/jobs builtins. */
#include "sh.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

struct job {
	pid_t pid;
	int status;	/* exit status once done */
	int done;
	int id;
	char *cmd;
};
static struct job *jobs;
static int njobs, capjobs, nextid = 1;
pid_t sh_lastbg;

static void job_remove(int i)
{
	free(jobs[i].cmd);
	memmove(jobs + i, jobs + i + 1, sizeof *jobs * (size_t)(njobs - i - 1));
	njobs--;
	if (!njobs)
		nextid = 1;
}

void sh_job_add(pid_t pgid, pid_t *pids, int n, const char *cmd, int bg)
{
	(void)pgid;
	(void)n;
	if (!bg)
		return;
	sh_reap();
	if (njobs == capjobs) {
		capjobs = capjobs ? capjobs * 2 : 8;
		jobs = sh_xrealloc(jobs, sizeof *jobs * (size_t)capjobs);
	}
	jobs[njobs].pid = pids[0];
	jobs[njobs].status = 0;
	jobs[njobs].done = 0;
	jobs[njobs].id = nextid++;
	jobs[njobs].cmd = sh_xstrdup(cmd);
	njobs++;
	if (sh_interactive)
		sh_outf("[%d] %ld\n", jobs[njobs - 1].id, (long)pids[0]), sh_flush();
}

static struct job *find(pid_t pid)
{
	int i;
	for (i = 0; i < njobs; i++)
		if (jobs[i].pid == pid)
			return &jobs[i];
	return NULL;
}

/* Collect finished background jobs without blocking. */
void sh_reap(void)
{
	int i;
	for (i = 0; i < njobs; i++) {
		int ws;
		if (jobs[i].done)
			continue;
		if (waitpid(jobs[i].pid, &ws, WNOHANG) == jobs[i].pid) {
			jobs[i].done = 1;
			jobs[i].status = sh_status_of(ws);
		}
	}
}

void sh_job_notify(void)
{
	int i;
	sh_reap();
	for (i = 0; i < njobs;) {
		if (jobs[i].done) {
			if (sh_interactive)
				sh_outf("[%d] Done\t%s\n", jobs[i].id, jobs[i].cmd);
			job_remove(i);
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

pid_t sh_job_pid(const char *spec)
{
	int i;
	if (spec[0] != '%')
		return (pid_t)strtol(spec, NULL, 10);
	if (!njobs)
		return -1;
	if (!strcmp(spec, "%%") || !strcmp(spec, "%+") || !strcmp(spec, "%"))
		return jobs[njobs - 1].pid;
	if (!strcmp(spec, "%-"))
		return njobs > 1 ? jobs[njobs - 2].pid : jobs[0].pid;
	for (i = 0; i < njobs; i++)
		if (jobs[i].id == atoi(spec + 1))
			return jobs[i].pid;
	return -1;
}

/* Block for one job; a trapped signal interrupts with 128+n. */
static int wait_job(struct job *j)
{
	int ws;
	while (!j->done) {
		pid_t r = waitpid(j->pid, &ws, 0);
		if (r == j->pid) {
			j->done = 1;
			j->status = sh_status_of(ws);
			break;
		}
		if (r < 0 && errno == EINTR && sh_pending_sig)
			return -1;
		if (r < 0 && errno != EINTR) {
			j->done = 1;
			j->status = 127;
		}
	}
	return j->status;
}

int sh_waitcmd(int argc, char **argv)
{
	int i, st = 0;
	if (argc < 2) {
		while (njobs) {
			if (wait_job(&jobs[0]) < 0)
				goto interrupted;
			job_remove(0);
		}
		return 0;
	}
	for (i = 1; i < argc; i++) {
		pid_t pid = sh_job_pid(argv[i]);
		struct job *j = pid > 0 ? find(pid) : NULL;
		if (!j) {
			st = 127;
			continue;
		}
		st = wait_job(j);
		if (st < 0)
			goto interrupted;
		job_remove((int)(j - jobs));
	}
	return st;
interrupted:
	{
		int sig;
		for (sig = 1; sig < 65; sig++)
			;
		sh_run_traps();
		return 128 + SIGINT;
	}
}

int sh_jobs_builtin(int argc, char **argv)
{
	int i, pflag = argc > 1 && !strcmp(argv[1], "-p");
	sh_reap();
	for (i = 0; i < njobs; i++) {
		if (pflag)
			sh_outf("%ld\n", (long)jobs[i].pid);
		else
			sh_outf("[%d] %c %s\t%s\n", jobs[i].id,
				i == njobs - 1 ? '+' : i == njobs - 2 ? '-' : ' ',
				jobs[i].done ? "Done" : "Running", jobs[i].cmd);
	}
	for (i = 0; i < njobs;) {
		if (jobs[i].done && !pflag)
			job_remove(i);
		else
			i++;
	}
	return 0;
}

int sh_fg_builtin(int argc, char **argv)
{
	pid_t pid = sh_job_pid(argc > 1 ? argv[1] : "%%");
	struct job *j = pid > 0 ? find(pid) : NULL;
	int st;
	if (!j) {
		sh_builtin_error("no such job");
		return 1;
	}
	sh_outf("%s\n", j->cmd);
	sh_flush();
	kill(j->pid, SIGCONT);
	st = wait_job(j);
	job_remove((int)(j - jobs));
	return st < 0 ? 130 : st;
}

int sh_bg_builtin(int argc, char **argv)
{
	pid_t pid = sh_job_pid(argc > 1 ? argv[1] : "%%");
	struct job *j = pid > 0 ? find(pid) : NULL;
	if (!j) {
		sh_builtin_error("no such job");
		return 1;
	}
	kill(j->pid, SIGCONT);
	return 0;
}
