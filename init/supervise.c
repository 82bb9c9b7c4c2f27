/* supervise - run one service and keep it running
 *
 * APPLET(supervise, SBIN)
 * usage: supervise DIR
 *
 * Run DIR/run (in DIR, in a new session) and restart it whenever it exits, at most once a
 * second. After run exits, DIR/finish (if executable) runs with two arguments: run's exit
 * code (-1 if a signal killed it) and the signal number (0 if none). A file DIR/down
 * means: do not start run until told to (sv up). If DIR/log/ exists, DIR/log/run is
 * supervised too, reading run's standard output through a pipe that this process holds,
 * so it survives restarts of either side.
 *
 * State lives in DIR/supervise/: status (read by sv), pid, stat, lock (held while
 * supervised) and the FIFO control, which takes runit's one-byte commands: u (up),
 * d (down), o (once), x (exit), p (pause), c (continue), t k h a i q 1 2 (send TERM,
 * KILL, HUP, ALRM, INT, QUIT, USR1, USR2). A supervise started while run is still alive
 * (its predecessor died) adopts it. SIGTERM acts like x: stop run, then the logger, then
 * exit. Normally started by svscan and controlled with sv.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"
#include "svstat.h"

enum { S_DOWN, S_RUN, S_FINISH };
static const char *const state_names[] = { "down", "run", "finish" };

struct svc {
	const char *dir;	/* "." or "log", relative to the service directory */
	int state, pid;
	int pidfd;		/* an adopted process: readable once it has exited */
	int adopted;		/* not our child: watched through pidfd or by polling */
	unsigned long long start;
	char want, normally;
	int paused, term;
	struct timespec since;	/* CLOCK_REALTIME of the last change */
	struct timespec started;	/* CLOCK_MONOTONIC of the last start of run */
	int exitcode, sig;
	int ctl, lock;
	int in, out;		/* standard input/output for its processes, -1: inherit */
};

static struct svc svcs[2];
static int nsvc, exiting, pipe_r = -1, pipe_w = -1;
static sigset_t blocked;

static void set_now(struct svc *s)
{
	clock_gettime(CLOCK_REALTIME, &s->since);
}

static void write_file(const struct svc *s, const char *name, const char *text)
{
	char tmp[4200], path[4200];
	snprintf(tmp, sizeof tmp, "%s/supervise/%s.new", s->dir, name);
	snprintf(path, sizeof path, "%s/supervise/%s", s->dir, name);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0 || full_write(fd, text, strlen(text)) < 0 || close(fd) || rename(tmp, path)) {
		warn_errno("%s", path);
		if (fd >= 0)
			close(fd);
	}
}

static void write_status(const struct svc *s)
{
	char buf[512];
	snprintf(buf, sizeof buf,
		 "%s pid=%d since=%lld.%09ld want=%c normally=%c paused=%d term=%d start=%llu "
		 "exit=%d sig=%d\n", state_names[s->state], s->pid, (long long)s->since.tv_sec,
		 s->since.tv_nsec, s->want, s->normally, s->paused, s->term, s->start,
		 s->exitcode, s->sig);
	write_file(s, "status", buf);
	if (s->pid)
		snprintf(buf, sizeof buf, "%d\n", s->pid);
	else
		buf[0] = 0;
	write_file(s, "pid", buf);
	snprintf(buf, sizeof buf, "%s%s\n", state_names[s->state],
		 s->want == 'u' && s->state != S_RUN ? ", want up" :
		 s->want == 'd' && s->state == S_RUN ? ", want down" : "");
	write_file(s, "stat", buf);
}

/* fork and exec ./run or ./finish in the service directory. */
static int spawn(struct svc *s, const char *prog, char *arg1, char *arg2)
{
	pid_t pid = fork();
	if (pid < 0) {
		warn_errno("%s: fork", s->dir);
		return -1;
	}
	if (pid == 0) {
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, 0);
		if (s->in >= 0 && dup2(s->in, 0) < 0)
			_exit(111);
		if (s->out >= 0 && dup2(s->out, 1) < 0)
			_exit(111);
		if (strcmp(s->dir, ".") && chdir(s->dir)) {
			warn_errno("%s", s->dir);
			_exit(111);
		}
		setsid();
		char *argv[] = { (char *)prog, arg1, arg2, 0 };
		execv(prog, argv);
		warn_errno("%s/%s", s->dir, prog + 2);
		_exit(errno == ENOENT ? 127 : 126);
	}
	s->pid = pid;
	s->adopted = 0;
	s->start = svstat_starttime(pid);
	set_now(s);
	return 0;
}

static void start_run(struct svc *s)
{
	clock_gettime(CLOCK_MONOTONIC, &s->started);
	if (spawn(s, "./run", 0, 0) == 0) {
		s->state = S_RUN;
		s->term = 0;
		s->paused = 0;
	}
	write_status(s);
}

static int is_executable(const struct svc *s, const char *name)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", s->dir, name);
	return access(path, X_OK) == 0;
}

/* The process of s ended (status unknown for an adopted one: exitcode -1, sig 0). */
static void ended(struct svc *s, int status, int known)
{
	if (s->pidfd >= 0) {
		close(s->pidfd);
		s->pidfd = -1;
	}
	s->pid = 0;
	s->start = 0;
	s->adopted = 0;
	s->paused = 0;
	if (s->state == S_RUN) {
		s->exitcode = !known ? -1 : WIFEXITED(status) ? WEXITSTATUS(status) : -1;
		s->sig = known && WIFSIGNALED(status) ? WTERMSIG(status) : 0;
		if (is_executable(s, "finish")) {
			char a1[16], a2[16];
			snprintf(a1, sizeof a1, "%d", s->exitcode);
			snprintf(a2, sizeof a2, "%d", s->sig);
			if (spawn(s, "./finish", a1, a2) == 0) {
				s->state = S_FINISH;
				write_status(s);
				return;
			}
		}
	}
	s->state = S_DOWN;
	s->term = 0;
	set_now(s);
	write_status(s);
}

static void send_signal(struct svc *s, int sig)
{
	if (s->state != S_RUN || !s->pid)
		return;
	if (kill(s->pid, sig) && errno != ESRCH)
		warn_errno("%s: kill %d", s->dir, s->pid);
}

static void stop(struct svc *s)
{
	if (s->state != S_RUN)
		return;
	send_signal(s, SIGTERM);
	send_signal(s, SIGCONT);
	s->term = 1;
	s->paused = 0;
}

static void command(struct svc *s, char c)
{
	switch (c) {
	case 'u': s->want = 'u'; break;
	case 'd': s->want = 'd'; stop(s); break;
	case 'o':
		s->want = 'd';
		if (s->state == S_DOWN && !exiting)
			start_run(s);
		break;
	case 'x':
		exiting = 1;
		stop(&svcs[0]);
		break;
	case 'p': send_signal(s, SIGSTOP); s->paused = s->state == S_RUN; break;
	case 'c': send_signal(s, SIGCONT); s->paused = 0; break;
	case 't': send_signal(s, SIGTERM); s->term = s->state == S_RUN; break;
	case 'k': send_signal(s, SIGKILL); break;
	case 'h': send_signal(s, SIGHUP); break;
	case 'a': send_signal(s, SIGALRM); break;
	case 'i': send_signal(s, SIGINT); break;
	case 'q': send_signal(s, SIGQUIT); break;
	case '1': send_signal(s, SIGUSR1); break;
	case '2': send_signal(s, SIGUSR2); break;
	default: return;
	}
	write_status(s);
}

/* Adopt the process a previous supervise left running, if the status file names one
 * that still exists with the same start time. */
static void adopt(struct svc *s)
{
	struct svstat st;
	if (svstat_read(s->dir, &st))
		return;
	s->exitcode = st.exitcode;
	s->sig = st.sig;
	int state = !strcmp(st.state, "run") ? S_RUN : !strcmp(st.state, "finish") ? S_FINISH : -1;
	if (state < 0 || st.pid <= 0 || !st.start || svstat_starttime(st.pid) != st.start)
		return;
	s->state = state;
	s->pid = st.pid;
	s->start = st.start;
	s->adopted = 1;
	s->term = st.term;
	s->paused = st.paused;
	s->since.tv_sec = st.since_sec;
	s->since.tv_nsec = st.since_nsec;
	if (st.want == 'u' || st.want == 'd')
		s->want = st.want;
	clock_gettime(CLOCK_MONOTONIC, &s->started);
	s->started.tv_sec -= 2;	/* it ran long enough: no back-off when it ends */
#ifdef SYS_pidfd_open
	s->pidfd = syscall(SYS_pidfd_open, st.pid, 0);
	if (s->pidfd >= 0)
		fcntl(s->pidfd, F_SETFD, FD_CLOEXEC);
#endif
}

static int setup(struct svc *s, const char *dir)
{
	char path[4200];
	memset(s, 0, sizeof *s);
	s->dir = dir;
	s->pidfd = s->ctl = s->lock = s->in = s->out = -1;
	snprintf(path, sizeof path, "%s/supervise", dir);
	if (mkdir(path, 0700) && errno != EEXIST) {
		warn_errno("%s", path);
		return -1;
	}
	snprintf(path, sizeof path, "%s/supervise/lock", dir);
	s->lock = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (s->lock < 0) {
		warn_errno("%s", path);
		return -1;
	}
	if (flock(s->lock, LOCK_EX | LOCK_NB)) {
		if (errno == EWOULDBLOCK)
			warn_msg("%s: already supervised", dir);
		else
			warn_errno("%s", path);
		return -1;
	}
	snprintf(path, sizeof path, "%s/supervise/control", dir);
	if (mkfifo(path, 0600) && errno != EEXIST) {
		warn_errno("%s", path);
		return -1;
	}
	/* read-write: the FIFO never reports end of file, and writers find a reader */
	s->ctl = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC);
	if (s->ctl < 0) {
		warn_errno("%s", path);
		return -1;
	}
	snprintf(path, sizeof path, "%s/down", dir);
	s->normally = access(path, F_OK) ? 'u' : 'd';
	s->want = s->normally;
	s->exitcode = s->sig = 0;
	set_now(s);
	adopt(s);
	return 0;
}

/* The pipe between run and log/run: taken over from an adopted logger or run when one
 * survives (so their pipe lives on), otherwise a new one. */
static int open_log_pipe(void)
{
	int fds[2];
	char path[64];
	struct stat st;
	for (int i = 1; i >= 0; i--) {
		struct svc *s = &svcs[i];
		if (!s->adopted || s->state != S_RUN)
			continue;
		snprintf(path, sizeof path, "/proc/%d/fd/%d", s->pid, i == 1 ? 0 : 1);
		int fd = open(path, O_RDWR | O_CLOEXEC);
		if (fd < 0)
			continue;
		if (fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode)) {
			pipe_r = fd;
			pipe_w = fcntl(fd, F_DUPFD_CLOEXEC, 3);
			if (pipe_w >= 0)
				return 0;
			pipe_r = -1;
		}
		close(fd);
	}
	if (pipe2(fds, O_CLOEXEC)) {
		warn_errno("pipe");
		return -1;
	}
	pipe_r = fds[0];
	pipe_w = fds[1];
	return 0;
}

static long ms_until(const struct timespec *t)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	long long ms = (long long)(t->tv_sec - now.tv_sec) * 1000 + (t->tv_nsec - now.tv_nsec) / 1000000;
	return ms < 0 ? 0 : ms > 60000 ? 60000 : (long)ms + 1;
}

static void reap(void)
{
	int status;
	pid_t pid;
	while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
		for (int i = 0; i < nsvc; i++)
			if (svcs[i].pid == pid && !svcs[i].adopted)
				ended(&svcs[i], status, 1);
}

int supervise_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "+");
	if (opt_next(&o) != -1)
		return usage();
	argc -= o.ind;
	argv += o.ind;
	if (argc != 1)
		return usage();
	if (chdir(argv[0])) {
		warn_errno("%s", argv[0]);
		return 1;
	}
	sigemptyset(&blocked);
	sigaddset(&blocked, SIGCHLD);
	sigaddset(&blocked, SIGTERM);
	sigaddset(&blocked, SIGHUP);
	sigaddset(&blocked, SIGINT);
	sigprocmask(SIG_BLOCK, &blocked, 0);
	signal(SIGPIPE, SIG_IGN);
	int sfd = signalfd(-1, &blocked, SFD_NONBLOCK | SFD_CLOEXEC);
	if (sfd < 0) {
		warn_errno("signalfd");
		return 1;
	}
	if (setup(&svcs[0], "."))
		return 1;
	nsvc = 1;
	struct stat st;
	if (stat("log", &st) == 0 && S_ISDIR(st.st_mode)) {
		if (setup(&svcs[1], "log"))
			return 1;
		nsvc = 2;
		while (open_log_pipe())
			sleep(1);
		svcs[0].out = pipe_w;
		svcs[1].in = pipe_r;
	}
	for (int i = 0; i < nsvc; i++)
		write_status(&svcs[i]);

	for (;;) {
		int timeout = -1;
		/* start what should run; the logger first so no output waits */
		for (int i = nsvc - 1; i >= 0; i--) {
			struct svc *s = &svcs[i];
			if (s->state != S_DOWN || s->want != 'u' || exiting)
				continue;
			struct timespec next = s->started;
			next.tv_sec += 1;
			long ms = ms_until(&next);
			if (ms == 0)
				start_run(s);
			else if (timeout < 0 || ms < timeout)
				timeout = ms;
		}
		if (exiting && svcs[0].state == S_DOWN) {
			if (nsvc == 1 || svcs[1].state == S_DOWN)
				break;
			if (pipe_w >= 0) {	/* the logger sees end of file and exits */
				close(pipe_w);
				pipe_w = svcs[0].out = -1;
			}
		}
		struct pollfd p[5];
		int n = 0;
		p[n++] = (struct pollfd){ .fd = sfd, .events = POLLIN };
		for (int i = 0; i < nsvc; i++)
			p[n++] = (struct pollfd){ .fd = svcs[i].ctl, .events = POLLIN };
		for (int i = 0; i < nsvc; i++) {
			if (!svcs[i].adopted)
				continue;
			if (svcs[i].pidfd >= 0)
				p[n++] = (struct pollfd){ .fd = svcs[i].pidfd, .events = POLLIN };
			else if (timeout < 0 || timeout > 1000)
				timeout = 1000;	/* no pidfd: look once a second */
		}
		if (poll(p, n, timeout) < 0 && errno != EINTR) {
			warn_errno("poll");
			sleep(1);
			continue;
		}
		struct signalfd_siginfo si;
		while (read(sfd, &si, sizeof si) == sizeof si) {
			if (si.ssi_signo == SIGTERM || si.ssi_signo == SIGINT)
				command(&svcs[0], 'x');
		}
		reap();
		for (int i = 0; i < nsvc; i++) {
			char buf[64];
			ssize_t r;
			while ((r = read(svcs[i].ctl, buf, sizeof buf)) > 0)
				for (ssize_t j = 0; j < r; j++)
					command(&svcs[i], buf[j]);
		}
		for (int i = 0; i < nsvc; i++) {
			struct svc *s = &svcs[i];
			if (s->adopted && s->pid && svstat_starttime(s->pid) != s->start)
				ended(s, 0, 0);
		}
	}
	for (int i = 0; i < nsvc; i++)
		write_status(&svcs[i]);
	return 0;
}
