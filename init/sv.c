/* sv - control and query supervised services
 *
 * APPLET(sv, SBIN)
 * usage: sv [-v] [-w SEC] COMMAND SERVICE...
 *
 * Commands (runit's; the first letter is enough): status, up, down, once, restart
 * (term, cont, up), pause, cont, hup, alarm, interrupt, quit, 1, 2, term, kill, exit,
 * check (wait until each service is in the state it is wanted in). A SERVICE that does
 * not start with . or / is looked up in $SVDIR (default /etc/service).
 *
 * status prints "run: SVC: (pid N) Ss" or "down: SVC: Ss" with ", normally up",
 * ", want up", ", got TERM", ... and the log service's status after "; ".
 *
 * -v      wait for up, down, restart, once, exit to take effect and print
 *         "ok: STATUS" (or "timeout: STATUS")
 * -w SEC  how long -v and check wait (default 7)
 *
 * Exit status: the number of services that failed (at most 99); 100 on a usage error.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"
#include "svstat.h"

static const struct {
	const char *name, *bytes;
} cmds[] = {
	{ "status", "" }, { "up", "u" }, { "down", "d" }, { "once", "o" },
	{ "restart", "tcu" }, { "pause", "p" }, { "cont", "c" }, { "hup", "h" },
	{ "alarm", "a" }, { "interrupt", "i" }, { "quit", "q" }, { "1", "1" }, { "2", "2" },
	{ "term", "t" }, { "kill", "k" }, { "exit", "x" }, { "check", "" },
	{ "shutdown", "x" }, { "force-stop", "dx" }, { "start", "u" }, { "stop", "d" },
	{ "reload", "h" },
};

static char *service_path(const char *name)
{
	size_t len = strlen(name);
	if (name[0] == '.' || name[0] == '/' || (len && name[len - 1] == '/'))
		return xstrdup(name);
	const char *dir = getenv("SVDIR");
	if (!dir || !*dir)
		dir = "/etc/service";
	char *p = xmalloc(strlen(dir) + len + 2);
	sprintf(p, "%s/%s", dir, name);
	return p;
}

/* Is a supervise process reading dir's control FIFO? 1 yes, 0 no (errno set). */
static int running(const char *dir)
{
	char path[4200];
	if (snprintf(path, sizeof path, "%s/supervise/control", dir) >= (int)sizeof path) {
		errno = ENAMETOOLONG;
		return 0;
	}
	int fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return 0;
	close(fd);
	return 1;
}

static int normally_up(const char *dir)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/down", dir);
	return access(path, F_OK) != 0;
}

/* Appends one service's status to buf. */
static void format(char *buf, size_t size, const char *name, const char *dir,
		   const struct svstat *s)
{
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	long long age = now.tv_sec - s->since_sec;
	if (age < 0)
		age = 0;
	int up = normally_up(dir);
	size_t n = strlen(buf);
	if (s->pid)
		n += snprintf(buf + n, size - n, "%s: %s: (pid %d) %llds", s->state, name, s->pid, age);
	else
		n += snprintf(buf + n, size - n, "%s: %s: %llds", s->state, name, age);
	if (n >= size)
		return;
	if (s->pid && !up)
		strncat(buf, ", normally down", size - strlen(buf) - 1);
	if (!s->pid && up)
		strncat(buf, ", normally up", size - strlen(buf) - 1);
	if (s->pid && s->paused)
		strncat(buf, ", paused", size - strlen(buf) - 1);
	if (s->pid && s->want == 'd')
		strncat(buf, ", want down", size - strlen(buf) - 1);
	if (!s->pid && s->want == 'u')
		strncat(buf, ", want up", size - strlen(buf) - 1);
	if (s->pid && s->term)
		strncat(buf, ", got TERM", size - strlen(buf) - 1);
}

/* The status line of a service (and its logger); 0, or -1 after a warning. */
static int status_line(char *buf, size_t size, const char *name, const char *dir,
		       struct svstat *main)
{
	if (!running(dir)) {
		if (errno == ENXIO || errno == ENOENT)
			warn_msg("%s: supervise not running", name);
		else
			warn_errno("%s: supervise/control", name);
		return -1;
	}
	if (svstat_read(dir, main)) {
		warn_errno("%s: supervise/status", name);
		return -1;
	}
	buf[0] = 0;
	format(buf, size, name, dir, main);
	char logdir[4200];
	struct svstat log;
	snprintf(logdir, sizeof logdir, "%s/log", dir);
	if (running(logdir) && svstat_read(logdir, &log) == 0) {
		strncat(buf, "; ", size - strlen(buf) - 1);
		format(buf, size, "log", logdir, &log);
	}
	return 0;
}

static int send(const char *name, const char *dir, const char *bytes)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/supervise/control", dir);
	int fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENXIO || errno == ENOENT)
			warn_msg("%s: supervise not running", name);
		else
			warn_errno("%s: supervise/control", name);
		return -1;
	}
	int r = full_write(fd, bytes, strlen(bytes)) < 0 ? -1 : 0;
	if (r)
		warn_errno("%s: supervise/control", name);
	close(fd);
	return r;
}

/* Has the service reached what cmd asked for? */
static int reached(char cmd, const char *dir, const struct svstat *s,
		   const struct timespec *sent)
{
	switch (cmd) {
	case 'u': return !strcmp(s->state, "run");
	case 'd': return !strcmp(s->state, "down");
	case 'o': return s->pid || strcmp(s->state, "down") ||
		s->since_sec > sent->tv_sec ||
		(s->since_sec == sent->tv_sec && s->since_nsec >= sent->tv_nsec);
	case 'r': return !strcmp(s->state, "run") && (s->since_sec > sent->tv_sec ||
		(s->since_sec == sent->tv_sec && s->since_nsec >= sent->tv_nsec));
	case 'x': return !running(dir);
	case 'c': return s->want == 'u' ? !strcmp(s->state, "run") : !strcmp(s->state, "down");
	}
	return 1;
}

int sv_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "+vw:");
	int c, verbose = 0;
	double wait = 7;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'v': verbose = 1; break;
		case 'w': {
			char *end;
			wait = strtod(o.arg, &end);
			if (*end || end == o.arg || wait < 0) {
				warn_msg("%s: invalid timeout", o.arg);
				return 100;
			}
			break;
		}
		default: usage(); return 100;
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc < 2) {
		usage();
		return 100;
	}
	const char *cmdname = argv[0];
	size_t ci, ncmds = sizeof cmds / sizeof cmds[0];
	for (ci = 0; ci < ncmds; ci++)
		if (!strcmp(cmds[ci].name, cmdname))
			break;
	if (ci == ncmds && strlen(cmdname) == 1)
		for (ci = 0; ci < ncmds; ci++)
			if (cmds[ci].name[0] == cmdname[0])
				break;
	if (ci == ncmds) {
		warn_msg("%s: unknown command", cmdname);
		usage();
		return 100;
	}
	const char *cname = cmds[ci].name;
	/* what to wait for: u d o r(estart) x c(heck), or 0 */
	char check = 0;
	if (!strcmp(cname, "check"))
		check = 'c';
	else if (verbose) {
		if (!strcmp(cname, "restart"))
			check = 'r';
		else if (!strcmp(cname, "force-stop"))
			check = 'd';
		else if (strchr("udox", cmds[ci].bytes[0]) && cmds[ci].bytes[0])
			check = cmds[ci].bytes[0];
	}
	int failed = 0;
	char line[1024];
	struct svstat st;
	for (int i = 1; i < argc; i++) {
		char *dir = service_path(argv[i]);
		const char *name = argv[i];
		if (!strcmp(cname, "status")) {
			if (status_line(line, sizeof line, name, dir, &st))
				failed++;
			else
				puts(line);
			free(dir);
			continue;
		}
		struct timespec sent;
		clock_gettime(CLOCK_REALTIME, &sent);
		if (*cmds[ci].bytes && send(name, dir, cmds[ci].bytes)) {
			failed++;
			free(dir);
			continue;
		}
		if (check) {
			struct timespec start, now;
			clock_gettime(CLOCK_MONOTONIC, &start);
			int ok = 0;
			for (;;) {
				if (check == 'x' && !running(dir)) {
					ok = 1;
					break;
				}
				if (svstat_read(dir, &st) == 0 && reached(check, dir, &st, &sent)) {
					ok = 1;
					break;
				}
				clock_gettime(CLOCK_MONOTONIC, &now);
				if ((now.tv_sec - start.tv_sec) + (now.tv_nsec - start.tv_nsec) / 1e9 >= wait)
					break;
				nanosleep(&(struct timespec){ 0, 50000000 }, 0);
			}
			if (check == 'x') {
				if (ok)
					printf("ok: %s: supervise not running\n", name);
				else
					printf("timeout: %s: supervise still running\n", name);
			} else if (status_line(line, sizeof line, name, dir, &st) == 0)
				printf("%s: %s\n", ok ? "ok" : "timeout", line);
			else
				ok = 0;
			if (!ok)
				failed++;
		}
		free(dir);
	}
	return failed > 99 ? 99 : failed;
}
