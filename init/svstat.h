/* svstat.h: the status record a supervise process keeps in <service>/supervise/status,
 * read by sv and by a restarted supervise (see docs/supervision.md). One text line:
 *   STATE pid=N since=SEC.NSEC want=u|d normally=u|d paused=0|1 term=0|1 start=TICKS
 *   exit=N sig=N
 * STATE is run, finish or down; since is CLOCK_REALTIME of the last state change; start is
 * the process's start time (field 22 of /proc/PID/stat), which tells a live process from
 * a recycled pid. The file is replaced with rename(), so readers never see half of it. */
#ifndef SVSTAT_H
#define SVSTAT_H

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct svstat {
	char state[8];		/* "run", "finish", "down" */
	int pid;
	long long since_sec;
	long since_nsec;
	char want;		/* 'u' or 'd' */
	char normally;		/* 'u' or 'd' */
	int paused, term;
	unsigned long long start;
	int exitcode, sig;
};

#define SVSTAT_FMT "%7s pid=%d since=%lld.%ld want=%c normally=%c paused=%d term=%d " \
	"start=%llu exit=%d sig=%d"

/* Reads DIR/supervise/status (dir "." for the current one). Returns 0, or -1 with errno. */
static inline int svstat_read(const char *dir, struct svstat *s)
{
	char path[4096], buf[512];
	if (snprintf(path, sizeof path, "%s/supervise/status", dir) >= (int)sizeof path) {
		errno = ENAMETOOLONG;
		return -1;
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	memset(s, 0, sizeof *s);
	if (sscanf(buf, SVSTAT_FMT, s->state, &s->pid, &s->since_sec, &s->since_nsec, &s->want,
		   &s->normally, &s->paused, &s->term, &s->start, &s->exitcode, &s->sig) != 11)
		return -1;
	return 0;
}

/* The start time of process pid in clock ticks since boot, or 0 if it does not exist. */
static inline unsigned long long svstat_starttime(int pid)
{
	char path[64], buf[1024];
	snprintf(path, sizeof path, "/proc/%d/stat", pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	char *p = strrchr(buf, ')');
	if (!p)
		return 0;
	/* fields after the command: 3 state ... 22 starttime */
	int field = 2;
	char state = 0;
	for (p++; *p && field < 22; ) {
		while (*p == ' ')
			p++;
		field++;
		if (field == 3)
			state = *p;
		if (field == 22)
			break;
		while (*p && *p != ' ')
			p++;
	}
	if (field != 22 || state == 'Z' || state == 'X')
		return 0;
	unsigned long long v = 0;
	while (*p >= '0' && *p <= '9')
		v = v * 10 + (unsigned)(*p++ - '0');
	return v;
}

#endif
