/* ps - report process status
 *
 * APPLET(ps, BIN)
 * usage: ps [-AaedfljLNT] [-o FORMAT]... [-p PIDS] [-u USERS] [-U USERS] [-g SIDS] [-G GROUPS] [-t TTYS] [-s SIDS] [-C NAMES] [--sort KEYS] | ps [aux...]
 *
 * List processes, from /proc. With no selection, the processes of the current user on
 * the current terminal; the selections below add up (a process is listed if any of them
 * takes it). LISTs are separated by commas or spaces.
 *
 * -A, -e      every process
 * -a          every process with a terminal, except session leaders
 * -d          every process except session leaders
 * -N          list the processes the selection does not take (--deselect)
 * -p LIST     these process ids (--pid); --ppid LIST takes their children
 * -u LIST     these effective users, names or numbers (--user); -U real users (--User)
 * -g LIST     these sessions, or effective groups if named; -G real groups (--Group)
 * -s LIST     these sessions (--sid)
 * -t LIST     these terminals: pts/0, tty1, 1 (--tty)
 * -C LIST     these command names
 * -f          full format: UID PID PPID C STIME TTY TIME CMD
 * -l          long format: F S UID PID PPID C PRI NI ADDR SZ WCHAN TTY TIME CMD
 * -j          jobs format: PID PGID SID TTY TIME CMD
 * -L          a line per thread (from /proc/PID/task), its id in an LWP column after
 *             the process ids; with -f also NLWP (threads in the process): ps -eLf
 * -T          the same, the column called SPID
 * -o FORMAT   columns to show, separated by commas or spaces (--format); NAME=HEADER
 *             renames a column (the header runs to the end of the argument), NAME=
 *             leaves it blank: pid ppid pgid sid tpgid uid ruid gid rgid user ruser
 *             group rgroup tty time etime etimes comm args cmd nice pri vsz rss sz
 *             stat s pcpu pmem start stime lstart c f wchan nlwp psr, and lwp (tid, spid)
 *             the thread id: the process id but with -L, -T, H
 * --sort KEYS sort by these columns, -KEY for descending, like -%cpu,+pid
 * --no-headers  print no header line
 * -w          wide output: 132 columns on a terminal, -ww (or not a terminal) unlimited
 *
 * BSD forms: a (all with a terminal), x (also those without one), u (user format:
 * USER PID %CPU %MEM VSZ RSS TTY STAT START TIME COMMAND), j, l, o FORMAT, p PIDS,
 * U USERS, t TTYS, k KEYS, r (only running), h (no header), w, H (threads shown as
 * processes); so `ps aux`, `ps ax`.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

enum kind {
	K_PID, K_PPID, K_PGID, K_SID, K_TPGID, K_UID, K_RUID, K_GID, K_RGID, K_USER, K_RUSER,
	K_GROUP, K_RGROUP, K_TTY, K_TIME, K_ETIME, K_ETIMES, K_COMM, K_ARGS, K_NICE, K_PRI,
	K_OPRI, K_VSZ, K_RSS, K_SZ, K_STAT, K_STATE, K_PCPU, K_PMEM, K_START, K_STIME,
	K_LSTART, K_C, K_F, K_WCHAN, K_NLWP, K_PSR, K_ADDR, K_BSDTIME, K_BSDSTART, K_LWP,
};

struct fdef {
	const char *name, *head;
	int width, left;
	enum kind kind;
};

static const struct fdef fdefs[] = {
	{ "pid", "PID", 5, 0, K_PID }, { "tgid", "TGID", 5, 0, K_PID },
	{ "ppid", "PPID", 5, 0, K_PPID },
	{ "pgid", "PGID", 5, 0, K_PGID }, { "pgrp", "PGRP", 5, 0, K_PGID },
	{ "sid", "SID", 5, 0, K_SID }, { "sess", "SESS", 5, 0, K_SID },
	{ "session", "SESS", 5, 0, K_SID }, { "tpgid", "TPGID", 5, 0, K_TPGID },
	{ "uid", "UID", 5, 0, K_UID }, { "euid", "EUID", 5, 0, K_UID },
	{ "ruid", "RUID", 5, 0, K_RUID }, { "gid", "GID", 5, 0, K_GID },
	{ "egid", "EGID", 5, 0, K_GID }, { "rgid", "RGID", 5, 0, K_RGID },
	{ "user", "USER", 8, 1, K_USER }, { "euser", "EUSER", 8, 1, K_USER },
	{ "uname", "USER", 8, 1, K_USER }, { "ruser", "RUSER", 8, 1, K_RUSER },
	{ "group", "GROUP", 8, 1, K_GROUP }, { "egroup", "EGROUP", 8, 1, K_GROUP },
	{ "rgroup", "RGROUP", 8, 1, K_RGROUP },
	{ "tty", "TT", 8, 1, K_TTY }, { "tt", "TT", 8, 1, K_TTY }, { "tname", "TTY", 8, 1, K_TTY },
	{ "time", "TIME", 8, 0, K_TIME }, { "cputime", "TIME", 8, 0, K_TIME },
	{ "etime", "ELAPSED", 11, 0, K_ETIME }, { "etimes", "ELAPSED", 7, 0, K_ETIMES },
	{ "comm", "COMMAND", 15, 1, K_COMM }, { "ucmd", "CMD", 15, 1, K_COMM },
	{ "ucomm", "COMMAND", 15, 1, K_COMM },
	{ "args", "COMMAND", 27, 1, K_ARGS }, { "command", "COMMAND", 27, 1, K_ARGS },
	{ "cmd", "CMD", 27, 1, K_ARGS },
	{ "nice", "NI", 3, 0, K_NICE }, { "ni", "NI", 3, 0, K_NICE },
	{ "pri", "PRI", 3, 0, K_PRI }, { "opri", "PRI", 3, 0, K_OPRI },
	{ "vsz", "VSZ", 6, 0, K_VSZ }, { "vsize", "VSZ", 6, 0, K_VSZ },
	{ "rss", "RSS", 5, 0, K_RSS }, { "rssize", "RSS", 5, 0, K_RSS },
	{ "rsz", "RSZ", 5, 0, K_RSS }, { "sz", "SZ", 5, 0, K_SZ },
	{ "stat", "STAT", 4, 1, K_STAT }, { "s", "S", 1, 1, K_STATE },
	{ "state", "S", 1, 1, K_STATE },
	{ "pcpu", "%CPU", 4, 0, K_PCPU }, { "%cpu", "%CPU", 4, 0, K_PCPU },
	{ "pmem", "%MEM", 4, 0, K_PMEM }, { "%mem", "%MEM", 4, 0, K_PMEM },
	{ "start", "STARTED", 8, 0, K_START }, { "stime", "STIME", 5, 0, K_STIME },
	{ "start_time", "START", 5, 0, K_STIME }, { "bsdstart", "START", 6, 0, K_BSDSTART },
	{ "lstart", "STARTED", 24, 1, K_LSTART }, { "bsdtime", "TIME", 6, 0, K_BSDTIME },
	{ "c", "C", 2, 0, K_C }, { "f", "F", 1, 0, K_F }, { "flag", "F", 1, 0, K_F },
	{ "flags", "F", 1, 0, K_F }, { "wchan", "WCHAN", 6, 1, K_WCHAN },
	{ "nlwp", "NLWP", 4, 0, K_NLWP }, { "thcount", "THCNT", 5, 0, K_NLWP },
	{ "psr", "PSR", 3, 0, K_PSR }, { "addr", "ADDR", 4, 0, K_ADDR },
	{ "lwp", "LWP", 5, 0, K_LWP }, { "tid", "TID", 5, 0, K_LWP },
	{ "spid", "SPID", 5, 0, K_LWP },
};

/* A line of output: a process, or one of its threads (tid; the pid otherwise). */
struct ent {
	struct proc p;
	pid_t tid;
};

struct col {
	const struct fdef *def;
	char *head;
	int width;
};
static struct col *cols;
static size_t ncols;

struct sortkey {
	enum kind kind;
	int desc;
};
static struct sortkey *keys;
static size_t nkeys;

static long hz;
static double uptime_s;
static unsigned long long mem_total;
static time_t boot_time;

static const struct fdef *find_field(const char *name, size_t len)
{
	for (size_t i = 0; i < sizeof fdefs / sizeof *fdefs; i++)
		if (strlen(fdefs[i].name) == len && !strncasecmp(fdefs[i].name, name, len))
			return &fdefs[i];
	return 0;
}

static void add_col(const struct fdef *d, const char *head)
{
	cols = xrealloc(cols, (ncols + 1) * sizeof *cols);
	struct col *c = &cols[ncols++];
	c->def = d;
	c->head = xstrdup(head ? head : d->head);
	int hl = (int)strlen(c->head);
	c->width = hl > d->width ? hl : d->width;
}

/* -o LIST: NAME=HEADER renames a column; like procps, a header ends at a comma, so
 * "pid=,comm=" leaves both blank */
static int parse_format(const char *s)
{
	while (*s) {
		while (*s == ',' || *s == ' ' || *s == '\t')
			s++;
		if (!*s)
			break;
		size_t n = strcspn(s, ", \t=");
		const struct fdef *d = find_field(s, n);
		if (!d) {
			warn_msg("'%.*s': unknown column", (int)n, s);
			return -1;
		}
		if (s[n] == '=') {
			char head[256];
			size_t hl = strcspn(s + n + 1, ",");
			snprintf(head, sizeof head, "%.*s", (int)hl, s + n + 1);
			add_col(d, head);
			s += n + 1 + hl;
			continue;
		}
		add_col(d, 0);
		s += n;
	}
	return 0;
}

static int parse_sort(const char *s)
{
	while (*s) {
		while (*s == ',' || *s == ' ')
			s++;
		if (!*s)
			break;
		int desc = *s == '-';
		if (*s == '-' || *s == '+')
			s++;
		size_t n = strcspn(s, ", ");
		const struct fdef *d = find_field(s, n);
		if (!d) {
			warn_msg("'%.*s': unknown sort key", (int)n, s);
			return -1;
		}
		keys = xrealloc(keys, (nkeys + 1) * sizeof *keys);
		keys[nkeys].kind = d->kind;
		keys[nkeys++].desc = desc;
		s += n;
	}
	return 0;
}

/* selection: lists of numbers (pids, uids, gids, ttys, sessions) and names */
enum { L_PID, L_PPID, L_EUID, L_RUID, L_SID, L_EGID, L_RGID, L_TTY, L_NUM };
struct list {
	unsigned *v;
	size_t n;
};
static struct list lists[L_NUM];
static char **names;
static size_t nnames;
static int any_list;

static void list_add(int which, unsigned v)
{
	struct list *l = &lists[which];
	l->v = xrealloc(l->v, (l->n + 1) * sizeof *l->v);
	l->v[l->n++] = v;
	any_list = 1;
}

static int in_list(int which, unsigned v)
{
	for (size_t i = 0; i < lists[which].n; i++)
		if (lists[which].v[i] == v)
			return 1;
	return 0;
}

static int parse_list(int which, const char *arg)
{
	char *copy = xstrdup(arg), *save = 0;
	int ret = 0;
	if (!*arg) {
		warn_msg("empty list");
		ret = -1;
	}
	for (char *t = strtok_r(copy, ", \t", &save); t && !ret; t = strtok_r(0, ", \t", &save)) {
		unsigned v;
		char *end;
		switch (which) {
		case L_PID: case L_PPID: case L_SID: {
			errno = 0;
			long n = strtol(t, &end, 10);
			/* a session or group led from outside our pid namespace is 0 */
			long lowest = which == L_SID ? 0 : 1;
			if (end == t || *end || errno || n < lowest || n > 0x7fffffff) {
				if (which == L_SID && (*t < '0' || *t > '9')) {
					gid_t g;	/* -g NAME is an effective group */
					if (!proc_parse_group(t, &g)) {
						list_add(L_EGID, (unsigned)g);
						break;
					}
				}
				warn_msg("'%s': invalid process id", t);
				ret = -1;
			} else
				list_add(which, (unsigned)n);
			break;
		}
		case L_EUID: case L_RUID: {
			uid_t u;
			if (proc_parse_user(t, &u)) {
				warn_msg("'%s': invalid user", t);
				ret = -1;
			} else
				list_add(which, (unsigned)u);
			break;
		}
		case L_EGID: case L_RGID: {
			gid_t g;
			if (proc_parse_group(t, &g)) {
				warn_msg("'%s': invalid group", t);
				ret = -1;
			} else
				list_add(which, (unsigned)g);
			break;
		}
		case L_TTY:
			if (proc_tty_parse(t, &v)) {
				warn_msg("'%s': invalid terminal", t);
				ret = -1;
			} else
				list_add(which, v);
			break;
		}
	}
	free(copy);
	return ret;
}

static void add_names(const char *arg)
{
	char *copy = xstrdup(arg), *save = 0;
	for (char *t = strtok_r(copy, ", \t", &save); t; t = strtok_r(0, ", \t", &save)) {
		names = xrealloc(names, (nnames + 1) * sizeof *names);
		names[nnames++] = xstrdup(t);
	}
	free(copy);
	any_list = 1;
}

/* selection flags */
static int sel_all, sel_tty_noleader, sel_noleader, bsd_a, bsd_x, bsd, running_only,
	negate, no_header, wide;
static int threads_mode;	/* a line per thread: 'L' (-L), 'T' (-T), 'H' (BSD H) */
static uid_t my_euid;
static unsigned my_tty;

static int selected(const struct proc *p)
{
	int ok = 0;
	if (any_list) {
		ok = in_list(L_PID, (unsigned)p->pid) || in_list(L_PPID, (unsigned)p->ppid)
		  || in_list(L_EUID, p->euid) || in_list(L_RUID, p->ruid)
		  || in_list(L_SID, (unsigned)p->sid) || in_list(L_EGID, p->egid)
		  || in_list(L_RGID, p->rgid) || (lists[L_TTY].n && in_list(L_TTY, p->tty));
		for (size_t i = 0; i < nnames && !ok; i++)
			ok = !strcmp(names[i], p->comm);
	}
	if (sel_all)
		ok = 1;
	if (sel_tty_noleader && p->tty && p->pid != p->sid)
		ok = 1;
	if (sel_noleader && p->pid != p->sid)
		ok = 1;
	if (bsd_a && bsd_x)
		ok = 1;
	else if (bsd_a && p->tty)
		ok = 1;
	else if (bsd_x && p->euid == my_euid)
		ok = 1;
	if (!any_list && !sel_all && !sel_tty_noleader && !sel_noleader && !bsd_a && !bsd_x)
		ok = p->euid == my_euid && p->tty == my_tty;
	if (negate)
		ok = !ok;
	if (ok && running_only)
		ok = p->state == 'R';
	return ok;
}

/* formatting */
static void clock_str(char *buf, size_t len, unsigned long long secs, int etime)
{
	unsigned long long d = secs / 86400, h = secs / 3600 % 24, m = secs / 60 % 60, s = secs % 60;
	if (!etime) {
		if (d)
			snprintf(buf, len, "%llu-%02llu:%02llu:%02llu", d, h, m, s);
		else
			snprintf(buf, len, "%02llu:%02llu:%02llu", h, m, s);
	} else if (d)
		snprintf(buf, len, "%llu-%02llu:%02llu:%02llu", d, h, m, s);
	else if (h)
		snprintf(buf, len, "%02llu:%02llu:%02llu", h, m, s);
	else
		snprintf(buf, len, "%02llu:%02llu", m, s);
}

static unsigned long long elapsed(const struct proc *p)
{
	double e = uptime_s - (double)p->start / (double)hz;
	return e > 0 ? (unsigned long long)e : 0;
}

/* per mille of a CPU since the process started */
static unsigned pcpu(const struct proc *p)
{
	double e = uptime_s - (double)p->start / (double)hz;
	if (e <= 0)
		return 0;
	double v = (double)(p->utime + p->stime) / (double)hz * 1000.0 / e;
	return v > 999 ? 999 : (unsigned)v;
}

static unsigned pmem(const struct proc *p)
{
	if (!mem_total)
		return 0;
	unsigned long long kb = p->rss * (unsigned long long)(sysconf(_SC_PAGESIZE) / 1024);
	return (unsigned)(kb * 1000 / mem_total);
}

/* printable copy: control characters become '?' */
static void printable(char *buf, size_t len, const char *s)
{
	size_t i = 0;
	for (; *s && i + 1 < len; s++)
		buf[i++] = (unsigned char)*s < 32 || *s == 127 ? '?' : *s;
	buf[i] = 0;
}

static void start_str(char *buf, size_t len, time_t t, int kind)
{
	time_t now = time(0);
	struct tm tm = *localtime(&t);
	const char *f;
	if (kind == K_LSTART)
		f = "%a %b %e %H:%M:%S %Y";
	else if (kind == K_START)
		f = now - t < 86400 ? "%H:%M:%S" : now - t < 365 * 86400L ? "%b %d" : "  %Y";
	else if (kind == K_BSDSTART)
		f = now - t < 86400 ? " %H:%M" : "%b %d";
	else {
		/* STIME: the time if it was today, the day if this year */
		struct tm today = *localtime(&now);
		f = tm.tm_year != today.tm_year ? " %Y" : tm.tm_yday != today.tm_yday ? "%b%d" : "%H:%M";
	}
	strftime(buf, len, f, &tm);
}

static char *value(const struct ent *e, enum kind k, char *buf, size_t len)
{
	const struct proc *p = &e->p;
	switch (k) {
	case K_PID: snprintf(buf, len, "%d", (int)p->pid); break;
	case K_PPID: snprintf(buf, len, "%d", (int)p->ppid); break;
	case K_PGID: snprintf(buf, len, "%d", (int)p->pgid); break;
	case K_SID: snprintf(buf, len, "%d", (int)p->sid); break;
	case K_TPGID: snprintf(buf, len, "%d", (int)p->tpgid); break;
	case K_UID: snprintf(buf, len, "%u", (unsigned)p->euid); break;
	case K_RUID: snprintf(buf, len, "%u", (unsigned)p->ruid); break;
	case K_GID: snprintf(buf, len, "%u", (unsigned)p->egid); break;
	case K_RGID: snprintf(buf, len, "%u", (unsigned)p->rgid); break;
	case K_USER: snprintf(buf, len, "%s", proc_user_name(p->euid)); break;
	case K_RUSER: snprintf(buf, len, "%s", proc_user_name(p->ruid)); break;
	case K_GROUP: snprintf(buf, len, "%s", proc_group_name(p->egid)); break;
	case K_RGROUP: snprintf(buf, len, "%s", proc_group_name(p->rgid)); break;
	case K_TTY: proc_tty_name(p->tty, buf, len); break;
	case K_TIME: clock_str(buf, len, (p->utime + p->stime) / (unsigned long long)hz, 0); break;
	case K_ETIME: clock_str(buf, len, elapsed(p), 1); break;
	case K_ETIMES: snprintf(buf, len, "%llu", elapsed(p)); break;
	case K_BSDTIME: {
		unsigned long long s = (p->utime + p->stime) / (unsigned long long)hz;
		snprintf(buf, len, "%llu:%02llu", s / 60, s % 60);
		break;
	}
	case K_COMM: {
		char tmp[80];
		printable(tmp, sizeof tmp, p->comm);
		snprintf(buf, len, "%s%s", tmp, p->state == 'Z' ? " <defunct>" : "");
		break;
	}
	case K_ARGS:
		if (p->cmdline && p->cmdlen && p->state != 'Z')
			printable(buf, len, p->cmdline);
		else {
			char tmp[80];
			printable(tmp, sizeof tmp, p->comm);
			snprintf(buf, len, "[%s]%s", tmp, p->state == 'Z' ? " <defunct>" : "");
		}
		break;
	case K_NICE: snprintf(buf, len, "%ld", p->nice); break;
	case K_PRI: snprintf(buf, len, "%ld", 39 - p->priority); break;
	case K_OPRI: snprintf(buf, len, "%ld", p->priority + 60); break;
	case K_VSZ: snprintf(buf, len, "%llu", p->vsize / 1024); break;
	case K_RSS:
		snprintf(buf, len, "%llu", p->rss * (unsigned long long)(sysconf(_SC_PAGESIZE) / 1024));
		break;
	case K_SZ: snprintf(buf, len, "%llu", p->vsize / (unsigned long long)sysconf(_SC_PAGESIZE)); break;
	case K_STATE: snprintf(buf, len, "%c", p->state); break;
	case K_STAT: {
		size_t i = 0;
		buf[i++] = p->state;
		if (p->nice < 0)
			buf[i++] = '<';
		else if (p->nice > 0)
			buf[i++] = 'N';
		if (p->vmlck)
			buf[i++] = 'L';
		if (p->pid == p->sid)
			buf[i++] = 's';
		if (p->threads > 1)
			buf[i++] = 'l';
		if (p->tty && p->tpgid == p->pgid)
			buf[i++] = '+';
		buf[i] = 0;
		break;
	}
	case K_PCPU: { unsigned v = pcpu(p); snprintf(buf, len, "%u.%u", v / 10, v % 10); break; }
	case K_PMEM: { unsigned v = pmem(p); snprintf(buf, len, "%u.%u", v / 10, v % 10); break; }
	case K_C: snprintf(buf, len, "%u", pcpu(p) / 10 > 99 ? 99 : pcpu(p) / 10); break;
	case K_START: case K_STIME: case K_LSTART: case K_BSDSTART:
		start_str(buf, len, boot_time + (time_t)(p->start / (unsigned long long)hz), k);
		break;
	case K_F: snprintf(buf, len, "%lx", (p->flags >> 6) & 7); break;
	case K_WCHAN: {
		char path[64], *w;
		snprintf(path, sizeof path, "/proc/%d/wchan", (int)p->pid);
		w = p->state == 'R' ? 0 : proc_slurp(path, 0);
		snprintf(buf, len, "%s", w && *w && strcmp(w, "0") ? w : "-");
		free(w);
		break;
	}
	case K_NLWP: snprintf(buf, len, "%ld", p->threads); break;
	case K_PSR: snprintf(buf, len, "%d", p->processor); break;
	case K_ADDR: snprintf(buf, len, "-"); break;
	case K_LWP: snprintf(buf, len, "%d", (int)e->tid); break;
	}
	return buf;
}

/* numeric sort value, or -1 for the kinds that sort as text */
static long long sort_num(const struct ent *e, enum kind k)
{
	const struct proc *p = &e->p;
	switch (k) {
	case K_PID: return p->pid;
	case K_PPID: return p->ppid;
	case K_PGID: return p->pgid;
	case K_SID: return p->sid;
	case K_TPGID: return p->tpgid;
	case K_UID: return p->euid;
	case K_RUID: return p->ruid;
	case K_GID: return p->egid;
	case K_RGID: return p->rgid;
	case K_TTY: return p->tty;
	case K_TIME: case K_BSDTIME: return (long long)(p->utime + p->stime);
	case K_ETIME: case K_ETIMES: case K_START: case K_STIME: case K_LSTART: case K_BSDSTART:
		return -(long long)p->start;
	case K_NICE: return p->nice;
	case K_PRI: return -p->priority;
	case K_OPRI: return p->priority;
	case K_VSZ: case K_SZ: return (long long)p->vsize;
	case K_RSS: case K_PMEM: return (long long)p->rss;
	case K_PCPU: case K_C: return pcpu(p);
	case K_F: return (long long)p->flags;
	case K_NLWP: return p->threads;
	case K_PSR: return p->processor;
	case K_LWP: return e->tid;
	default: return -1;
	}
}

static int cmp_proc(const void *a, const void *b)
{
	const struct ent *p = a, *q = b;
	for (size_t i = 0; i < nkeys; i++) {
		enum kind k = keys[i].kind;
		int r;
		long long x = sort_num(p, k), y = sort_num(q, k);
		if (x == -1 && y == -1 && k != K_PID) {
			char b1[4096], b2[4096];
			r = strcmp(value(p, k, b1, sizeof b1), value(q, k, b2, sizeof b2));
		} else
			r = (x > y) - (x < y);
		if (r)
			return keys[i].desc ? -r : r;
	}
	if (p->p.pid != q->p.pid)
		return (p->p.pid > q->p.pid) - (p->p.pid < q->p.pid);
	return (p->tid > q->tid) - (p->tid < q->tid);
}

/* output, cut at the terminal's width unless that is unlimited (0) */
static size_t line_width;

static void print_row(const struct ent *p)
{
	static char line[65536];
	char val[65536];
	size_t pos = 0;
	int carry = 0;	/* how far earlier columns ran past their width */
	for (size_t i = 0; i < ncols; i++) {
		const struct col *c = &cols[i];
		int last = i + 1 == ncols;
		const char *v = p ? value(p, c->def->kind, val, sizeof val) : c->head;
		int vl = (int)strlen(v), w = c->width;
		char tmp[64];
		if (p && c->def->left && !last && vl > w && (c->def->kind == K_USER
		    || c->def->kind == K_RUSER || c->def->kind == K_GROUP || c->def->kind == K_RGROUP
		    || c->def->kind == K_WCHAN)) {
			/* names that do not fit end in '+', like procps */
			if (c->def->kind == K_WCHAN)
				snprintf(tmp, sizeof tmp, "%.*s", w, v);
			else
				snprintf(tmp, sizeof tmp, "%.*s+", w - 1, v);
			v = tmp;
			vl = (int)strlen(v);
		}
		if (i && pos < sizeof line - 1)
			line[pos++] = ' ';
		int pad = w - vl - carry;
		if (pad < 0) {
			carry = -pad;
			pad = 0;
		} else
			carry = 0;
		if (!c->def->left)
			for (; pad > 0 && pos < sizeof line - 1; pad--)
				line[pos++] = ' ';
		for (const char *s = v; *s && pos < sizeof line - 1; s++)
			line[pos++] = *s;
		if (c->def->left && !last)
			for (; pad > 0 && pos < sizeof line - 1; pad--)
				line[pos++] = ' ';
	}
	while (!p && pos && line[pos - 1] == ' ')
		pos--;
	if (line_width && pos > line_width)
		pos = line_width;
	line[pos++] = '\n';
	fwrite(line, 1, pos, stdout);
}

static int cmp_tid(const void *a, const void *b)
{
	pid_t x = *(const pid_t *)a, y = *(const pid_t *)b;
	return (x > y) - (x < y);
}

/* A thread's own CPU times, fields 14 and 15 of /proc/PID/task/TID/stat (in
 * /proc/TID/stat they are the whole process's). */
static void thread_times(pid_t pid, pid_t tid, struct proc *p)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/task/%d/stat", (int)pid, (int)tid);
	char *buf = proc_slurp(path, 0), *s = buf ? strrchr(buf, ')') : 0;
	if (!s)
		goto out;
	/* after the command: state, then fields 4 to 13 */
	s = strchr(s + 2, ' ');
	for (int i = 4; s && i <= 13; i++)
		s = strchr(s + 1, ' ');
	if (s) {
		p->utime = strtoull(s + 1, &s, 10);
		p->stime = strtoull(s, 0, 10);
	}
out:
	free(buf);
}

/* Every thread of process pid as a line of its own, in thread id order. /proc/TID
 * describes the thread TID (its name, state, priority) as a process; the times come
 * from its task directory, but for the main thread, which shows the whole process's
 * like procps. A thread gone meanwhile is left out. */
static void add_threads(pid_t pid, int what, struct ent **ps, size_t *np, size_t *cap)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/task", (int)pid);
	DIR *d = opendir(path);
	if (!d)
		return;
	pid_t *tids = 0;
	size_t nt = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		char *end;
		long t = strtol(de->d_name, &end, 10);
		if (*end || t <= 0)
			continue;
		tids = xrealloc(tids, (nt + 1) * sizeof *tids);
		tids[nt++] = (pid_t)t;
	}
	closedir(d);
	qsort(tids, nt, sizeof *tids, cmp_tid);
	for (size_t i = 0; i < nt; i++) {
		struct ent e;
		if (proc_read(tids[i], &e.p, what))
			continue;
		if (tids[i] != pid)
			thread_times(pid, tids[i], &e.p);
		e.p.pid = pid;
		e.tid = tids[i];
		if (*np == *cap)
			*ps = xrealloc(*ps, (*cap *= 2) * sizeof **ps);
		(*ps)[(*np)++] = e;
	}
	free(tids);
}

static int takes_arg(int c)
{
	return strchr("opuUgGtsCO", c) != 0;
}

static int short_opt(int c, const char *arg, int *fmt_f, int *fmt_l, int *fmt_j)
{
	switch (c) {
	case 'A': case 'e': sel_all = 1; break;
	case 'a': sel_tty_noleader = 1; break;
	case 'd': sel_noleader = 1; break;
	case 'N': negate = 1; break;
	case 'f': *fmt_f = 1; break;
	case 'l': *fmt_l = 1; break;
	case 'j': *fmt_j = 1; break;
	case 'w': wide++; break;
	case 'L': case 'T': threads_mode = c; break;
	case 'o': return parse_format(arg);
	case 'O': return parse_sort(arg);
	case 'p': return parse_list(L_PID, arg);
	case 'u': return parse_list(L_EUID, arg);
	case 'U': return parse_list(L_RUID, arg);
	case 'g': case 's': return parse_list(L_SID, arg);
	case 'G': return parse_list(L_RGID, arg);
	case 't': return parse_list(L_TTY, arg);
	case 'C': add_names(arg); break;
	default:
		warn_msg("invalid option -- '%c'", c);
		return -1;
	}
	return 0;
}

static int long_opt(const char *a, const char *next, int *used)
{
	static const struct { const char *name; int code; } longs[] = {
		{ "pid", 'p' }, { "ppid", 'P' }, { "user", 'u' }, { "User", 'U' },
		{ "group", 'g' }, { "Group", 'G' }, { "sid", 's' }, { "tty", 't' },
		{ "format", 'o' }, { "sort", 'k' }, { "cols", 'w' }, { "columns", 'w' },
		{ "width", 'w' }, { "no-headers", 'h' }, { "no-heading", 'h' }, { "deselect", 'N' },
	};
	const char *eq = strchr(a, '=');
	size_t n = eq ? (size_t)(eq - a) : strlen(a);
	for (size_t i = 0; i < sizeof longs / sizeof *longs; i++) {
		if (strlen(longs[i].name) != n || strncmp(longs[i].name, a, n))
			continue;
		int code = longs[i].code;
		if (code == 'h') { no_header = 1; return 0; }
		if (code == 'N') { negate = 1; return 0; }
		if (code == 'H') return 0;
		const char *arg = eq ? eq + 1 : next;
		if (!arg) {
			warn_msg("option '--%s' requires an argument", a);
			return -1;
		}
		if (!eq)
			*used = 1;
		switch (code) {
		case 'P': return parse_list(L_PPID, arg);
		case 'k': return parse_sort(arg);
		case 'w': {
			char *end;
			long v = strtol(arg, &end, 10);
			if (*end || v <= 0) {
				warn_msg("'%s': invalid width", arg);
				return -1;
			}
			line_width = (size_t)v;
			wide = -1;
			return 0;
		}
		default: {
			int f, l, j;
			return short_opt(code, arg, &f, &l, &j);
		}
		}
	}
	warn_msg("unrecognized option '--%s'", a);
	return -1;
}

static int bsd_opts(char **argv, int *i, int *fmt_u, int *fmt_l, int *fmt_j)
{
	const char *a = argv[*i];
	if (*a >= '0' && *a <= '9')
		return parse_list(L_PID, a);
	for (; *a; a++) {
		if (strchr("opUtk", *a)) {
			const char *arg = a[1] ? a + 1 : argv[*i + 1];
			if (!arg) {
				warn_msg("option '%c' requires an argument", *a);
				return -1;
			}
			if (!a[1])
				(*i)++;
			int r = *a == 'o' ? parse_format(arg) : *a == 'p' ? parse_list(L_PID, arg)
			      : *a == 'U' ? parse_list(L_EUID, arg) : *a == 't' ? parse_list(L_TTY, arg)
			      : parse_sort(arg);
			return r;
		}
		switch (*a) {
		case 'a': bsd_a = 1; break;
		case 'x': bsd_x = 1; break;
		case 'u': *fmt_u = 1; break;
		case 'l': *fmt_l = 1; break;
		case 'j': *fmt_j = 1; break;
		case 'r': running_only = 1; break;
		case 'h': no_header = 1; break;
		case 'w': wide++; break;
		case 'T': list_add(L_TTY, my_tty); break;
		case 'H': threads_mode = 'H'; break;
		case 'e': case 'f': case 'c': case 'S': case 'n': break;	/* accepted, no effect */
		default:
			warn_msg("invalid option -- '%c'", *a);
			return -1;
		}
	}
	bsd = 1;
	return 0;
}

int ps_main(int argc, char **argv)
{
	int fmt_f = 0, fmt_l = 0, fmt_j = 0, fmt_u = 0;
	hz = sysconf(_SC_CLK_TCK);
	if (hz <= 0)
		hz = 100;
	my_euid = geteuid();
	struct proc me;
	if (!proc_read(getpid(), &me, 0))
		my_tty = me.tty;
	for (int i = 1; i < argc; i++) {
		char *a = argv[i];
		int r = 0;
		if (!strcmp(a, "--"))
			continue;
		if (a[0] == '-' && a[1] == '-') {
			int used = 0;
			r = long_opt(a + 2, argv[i + 1], &used);
			i += used;
		} else if (a[0] == '-' && !strcmp(a, "-aux")) {
			bsd_a = bsd_x = fmt_u = bsd = 1;	/* what people mean by it */
		} else if (a[0] == '-' && a[1]) {
			for (a++; *a && !r; a++) {
				if (takes_arg(*a)) {
					const char *arg = a[1] ? a + 1 : argv[i + 1];
					if (!arg) {
						warn_msg("option requires an argument -- '%c'", *a);
						return usage();
					}
					if (!a[1])
						i++;
					r = short_opt(*a, arg, &fmt_f, &fmt_l, &fmt_j);
					break;
				}
				r = short_opt(*a, 0, &fmt_f, &fmt_l, &fmt_j);
			}
		} else if (a[0]) {
			r = bsd_opts(argv, &i, &fmt_u, &fmt_l, &fmt_j);
		}
		if (r)
			return usage();
	}

	if (!ncols) {
		/* -L and -T add the thread id after the process ids (LWP or SPID), -f the
		 * number of threads too */
		const char *t = threads_mode == 'L' ? "lwp," : threads_mode == 'T' ? "spid," : "";
		const char *nl = *t ? "nlwp," : "";
		char f[128];
		if (fmt_u)
			parse_format("user,pid,pcpu,pmem,vsz,rss,tname,stat,start_time,bsdtime,args");
		else if (bsd && fmt_l)
			parse_format("f,uid,pid,ppid,opri=PRI,nice,vsz,rss,wchan,stat,tname,bsdtime,args");
		else if (bsd && fmt_j)
			parse_format("ppid,pid,pgid,sid,tname,tpgid,stat,uid,bsdtime,args");
		else if (bsd)
			parse_format("pid,tname,stat,bsdtime,args");
		else {
			if (fmt_l && fmt_f)
				snprintf(f, sizeof f, "f,s,user=UID,pid,ppid,%sc,opri=PRI,ni,addr,sz,"
					 "wchan,stime,tname,time,cmd", t);
			else if (fmt_l)
				snprintf(f, sizeof f, "f,s,uid,pid,ppid,%sc,opri=PRI,ni,addr,sz,wchan,"
					 "tname,time,ucmd", t);
			else if (fmt_f && fmt_j)
				snprintf(f, sizeof f, "user=UID,pid,ppid,pgid,sid,%sc,%sstime,tname,"
					 "time,cmd", t, nl);
			else if (fmt_f)
				snprintf(f, sizeof f, "user=UID,pid,ppid,%sc,%sstime,tname,time,cmd", t,
					 nl);
			else if (fmt_j)
				snprintf(f, sizeof f, "pid,pgid,sid,%stname,time,ucmd", t);
			else
				snprintf(f, sizeof f, "pid,%stname,time,ucmd", t);
			parse_format(f);
		}
	}
	if (wide >= 0) {
		struct winsize ws;
		const char *env = getenv("COLUMNS");
		if (isatty(1) && wide < 2) {
			line_width = 80;
			if (!ioctl(1, TIOCGWINSZ, &ws) && ws.ws_col)
				line_width = ws.ws_col;
			if (env && atoi(env) > 0)
				line_width = (size_t)atoi(env);
			if (wide == 1 && line_width < 132)
				line_width = 132;
		}
	}

	uptime_s = proc_uptime();
	boot_time = time(0) - (time_t)uptime_s;
	struct meminfo mi;
	if (!proc_meminfo(&mi))
		mem_total = mi.total;
	size_t n;
	pid_t *pids = proc_pids(&n);
	if (!pids) {
		warn_errno("/proc");
		return 1;
	}
	int need_args = 0;
	for (size_t i = 0; i < ncols; i++)
		need_args |= cols[i].def->kind == K_ARGS;
	int what = PROC_STATUS | (need_args ? PROC_CMDLINE : 0);
	size_t cap = n ? n : 1, np = 0;
	struct ent *ps = xmalloc(cap * sizeof *ps);
	for (size_t i = 0; i < n; i++) {
		struct proc p;
		if (proc_read(pids[i], &p, what))
			continue;	/* gone meanwhile */
		if (!selected(&p)) {
			proc_free(&p);
			continue;
		}
		if (threads_mode) {
			proc_free(&p);
			add_threads(pids[i], what, &ps, &np, &cap);
			continue;
		}
		if (np == cap)
			ps = xrealloc(ps, (cap *= 2) * sizeof *ps);
		ps[np].p = p;
		ps[np++].tid = p.pid;
	}
	free(pids);
	if (nkeys)
		qsort(ps, np, sizeof *ps, cmp_proc);
	int header = !no_header;
	if (header) {
		header = 0;
		for (size_t i = 0; i < ncols; i++)
			header |= cols[i].head[0] != 0;
	}
	if (header)
		print_row(0);
	for (size_t i = 0; i < np; i++) {
		print_row(&ps[i]);
		proc_free(&ps[i].p);
	}
	free(ps);
	return np ? 0 : 1;
}
