/* svscan - supervise every service in a directory
 *
 * APPLET(svscan, SBIN)
 * usage: svscan [-t SECONDS] [DIR]
 *
 * Start a supervise process for each subdirectory of DIR (default: the current
 * directory) whose name does not begin with a dot, and start it again (at most once a
 * second) if it exits. DIR is scanned again every few seconds and on SIGHUP: new
 * directories get a supervise, a removed one's supervise is sent SIGTERM. A directory
 * already supervised (its supervise/lock is held, e.g. by a supervise that outlived an
 * earlier svscan) is left alone. SIGTERM or SIGINT: send SIGTERM to every supervise
 * (each stops its service and logger), wait for them and exit.
 *
 * -t SECONDS  rescan interval (default 5; 0: only on SIGHUP)
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

int supervise_main(int argc, char **argv);

struct entry {
	char *name;
	pid_t pid;
	int seen;
	struct timespec started;
};

static struct entry *ents;
static size_t nents;

static long long now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static long long ms_of(const struct timespec *t)
{
	return (long long)t->tv_sec * 1000 + t->tv_nsec / 1000000;
}

/* Is name/supervise/lock held by some process? */
static int locked(const char *name)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/supervise/lock", name);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	int held = flock(fd, LOCK_EX | LOCK_NB) && errno == EWOULDBLOCK;
	close(fd);	/* drops the lock if we took it */
	return held;
}

static void spawn(struct entry *e, int sfd)
{
	if (locked(e->name))
		return;
	clock_gettime(CLOCK_MONOTONIC, &e->started);
	fflush(stdout);
	pid_t pid = fork();
	if (pid < 0) {
		warn_errno("%s: fork", e->name);
		return;
	}
	if (pid == 0) {
		close(sfd);
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, 0);
		char *argv[] = { "supervise", e->name, 0 };
		applet_name = "supervise";
		prctl(PR_SET_NAME, "supervise", 0, 0, 0);	/* what ps shows */
		int r = supervise_main(2, argv);
		fflush(0);
		_exit(r);
	}
	e->pid = pid;
}

/* Returns the time in ms until the next spawn that waits for its back-off, or -1. */
static long scan(int sfd)
{
	DIR *d = opendir(".");
	if (!d) {
		warn_errno("opendir");
		return 1000;
	}
	for (size_t i = 0; i < nents; i++)
		ents[i].seen = 0;
	struct dirent *de;
	while ((errno = 0, de = readdir(d))) {
		struct stat st;
		if (de->d_name[0] == '.' || stat(de->d_name, &st) || !S_ISDIR(st.st_mode))
			continue;
		size_t i;
		for (i = 0; i < nents; i++)
			if (!strcmp(ents[i].name, de->d_name))
				break;
		if (i == nents) {
			ents = xrealloc(ents, (nents + 1) * sizeof *ents);
			ents[nents++] = (struct entry){ .name = xstrdup(de->d_name) };
			ents[i].started.tv_sec = -10;
		}
		ents[i].seen = 1;
	}
	if (errno)
		warn_errno("readdir");
	closedir(d);
	long wait = -1;
	for (size_t i = 0; i < nents; i++) {
		struct entry *e = &ents[i];
		if (!e->seen) {
			if (e->pid > 0)
				kill(e->pid, SIGTERM);
			continue;
		}
		if (e->pid > 0)
			continue;
		long long left = ms_of(&e->started) + 1000 - now_ms();
		if (left <= 0)
			spawn(e, sfd);
		else if (wait < 0 || left < wait)
			wait = (long)left;
	}
	/* forget removed directories whose supervise has ended */
	size_t k = 0;
	for (size_t i = 0; i < nents; i++) {
		if (!ents[i].seen && ents[i].pid <= 0)
			free(ents[i].name);
		else
			ents[k++] = ents[i];
	}
	nents = k;
	return wait;
}

int svscan_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "t:");
	int c;
	long interval = 5000;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 't': {
			char *end;
			long v = strtol(o.arg, &end, 10);
			if (*end || end == o.arg || v < 0 || v > 86400) {
				warn_msg("%s: invalid interval", o.arg);
				return 1;
			}
			interval = v * 1000;
			break;
		}
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc > 1)
		return usage();
	const char *dir = argc ? argv[0] : ".";
	if (chdir(dir)) {
		warn_errno("%s", dir);
		return 1;
	}
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigprocmask(SIG_BLOCK, &set, 0);
	int sfd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
	if (sfd < 0) {
		warn_errno("signalfd");
		return 1;
	}
	int stopping = 0, rescan = 1;
	long long next_scan = 0;
	for (;;) {
		long timeout = -1;
		if (!stopping && (rescan || (interval && now_ms() >= next_scan))) {
			timeout = scan(sfd);
			rescan = 0;
			next_scan = now_ms() + interval;
		} else if (!stopping) {
			/* supervise processes waiting for their back-off */
			for (size_t i = 0; i < nents; i++)
				if (ents[i].pid <= 0) {
					long long left = ms_of(&ents[i].started) + 1000 - now_ms();
					if (left <= 0)
						spawn(&ents[i], sfd);
					else if (timeout < 0 || left < timeout)
						timeout = (long)left;
				}
		}
		if (!stopping && interval) {
			long long left = next_scan - now_ms();
			if (left < 0)
				left = 0;
			if (timeout < 0 || left < timeout)
				timeout = (long)left;
		}
		if (stopping) {
			size_t alive = 0;
			for (size_t i = 0; i < nents; i++)
				alive += ents[i].pid > 0;
			if (!alive)
				return 0;
		}
		struct pollfd p = { .fd = sfd, .events = POLLIN };
		if (poll(&p, 1, (int)timeout) < 0 && errno != EINTR) {
			warn_errno("poll");
			sleep(1);
		}
		struct signalfd_siginfo si;
		while (read(sfd, &si, sizeof si) == sizeof si) {
			if (si.ssi_signo == SIGHUP)
				rescan = 1;
			else if ((si.ssi_signo == SIGTERM || si.ssi_signo == SIGINT) && !stopping) {
				stopping = 1;
				for (size_t i = 0; i < nents; i++)
					if (ents[i].pid > 0)
						kill(ents[i].pid, SIGTERM);
			}
		}
		int status;
		pid_t pid;
		while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
			for (size_t i = 0; i < nents; i++)
				if (ents[i].pid == pid) {
					ents[i].pid = 0;
					if (!stopping)
						rescan = 1;
				}
	}
}
