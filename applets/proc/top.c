/* top - show the processes that use the most CPU, again and again
 *
 * APPLET(top, USR_BIN)
 * usage: top [-b] [-n COUNT] [-d SECS] [-p PIDS] [-u USER] [-o FIELD] [-c] [-w COLS]
 *
 * Show a summary (uptime and load, tasks by state, CPU time by kind over the last
 * interval, memory and swap) and the processes sorted by the share of a CPU they used
 * over the last interval. On a terminal the screen is redrawn every SECS seconds and
 * these keys work: q quit, P sort by %CPU, M by %MEM, T by TIME+, N by PID, c show
 * the command lines, space redraw now. Off a terminal, or with -b, frames are
 * printed one after another.
 *
 * -b        batch mode: print frames, read no keys
 * -n COUNT  stop after COUNT frames
 * -d SECS   seconds between frames, fractions allowed (3 by default)
 * -p PIDS   only these processes (commas between ids; may be repeated)
 * -u USER   only the processes of this effective user (name or id)
 * -o FIELD  sort by %CPU, %MEM, TIME+, PID, RES, VIRT or COMMAND; -FIELD reverses
 * -c        show command lines instead of names
 * -w COLS   cut lines at COLS columns (batch mode cuts none by default)
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <utmpx.h>
#include "ring3.h"

enum { S_CPU, S_MEM, S_TIME, S_PID, S_RES, S_VIRT, S_COMM };

struct task {
	struct proc p;
	unsigned long long ticks;	/* utime + stime */
	double cpu;			/* percent of one CPU over the interval */
};

struct prev {
	pid_t pid;
	unsigned long long start, ticks;
};

static struct prev *prev;
static size_t nprev;
static unsigned long long cpu_prev[8];
static struct timespec when_prev;
static long hz, page_kb;
static int sort_key = S_CPU, sort_rev, show_args;
static pid_t *only;
static size_t nonly;
static int only_user = -1;
static uid_t user_uid;

static volatile sig_atomic_t quit, resized;
static struct termios saved, raw;
static int raw_mode;

#define ENTER_SCREEN "\033[?1049h\033[?25l"
#define LEAVE_SCREEN "\033[0m\033[?25h\033[?1049l"

/* Ctrl-Z: give the terminal back as it was, then stop for real */
static void on_tstp(int sig)
{
	int e = errno;
	tcsetattr(0, TCSANOW, &saved);
	full_write(1, LEAVE_SCREEN, sizeof LEAVE_SCREEN - 1);
	signal(SIGTSTP, SIG_DFL);
	raise(SIGTSTP);	/* blocked until this handler returns, then it stops us */
	errno = e;
}

/* fg: take the terminal again and redraw */
static void on_cont(int sig)
{
	int e = errno;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_tstp;
	sigaction(SIGTSTP, &sa, 0);
	tcsetattr(0, TCSANOW, &raw);
	full_write(1, ENTER_SCREEN, sizeof ENTER_SCREEN - 1);
	resized = 1;
	errno = e;
}

static void on_signal(int sig)
{
	if (sig == SIGWINCH)
		resized = 1;
	else
		quit = sig;
}

static void restore_tty(void)
{
	if (!raw_mode)
		return;
	tcsetattr(0, TCSAFLUSH, &saved);
	write_str(1, LEAVE_SCREEN);
	raw_mode = 0;
}

static int read_cpu(unsigned long long *v)
{
	char *buf = proc_slurp("/proc/stat", 0);
	memset(v, 0, 8 * sizeof *v);
	if (!buf)
		return -1;
	char *s = buf;
	if (!strncmp(s, "cpu ", 4)) {
		s += 4;
		for (int i = 0; i < 8; i++)
			v[i] = strtoull(s, &s, 10);
	}
	free(buf);
	return 0;
}

static int cmp_prev(const void *a, const void *b)
{
	pid_t x = ((const struct prev *)a)->pid, y = ((const struct prev *)b)->pid;
	return (x > y) - (x < y);
}

static int cmp_task(const void *a, const void *b)
{
	const struct task *x = a, *y = b;
	int r = 0;
	switch (sort_key) {
	case S_CPU: r = (x->cpu < y->cpu) - (x->cpu > y->cpu); break;
	case S_MEM: case S_RES: r = (x->p.rss < y->p.rss) - (x->p.rss > y->p.rss); break;
	case S_TIME: r = (x->ticks < y->ticks) - (x->ticks > y->ticks); break;
	case S_VIRT: r = (x->p.vsize < y->p.vsize) - (x->p.vsize > y->p.vsize); break;
	case S_PID: r = (x->p.pid > y->p.pid) - (x->p.pid < y->p.pid); break;
	case S_COMM: r = strcmp(x->p.comm, y->p.comm); break;
	}
	if (sort_rev)
		r = -r;
	return r ? r : (x->p.pid > y->p.pid) - (x->p.pid < y->p.pid);
}

/* Reads every process; %CPU from the ticks since the previous sample. */
static struct task *sample(size_t *ntasks, double *elapsed)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	*elapsed = (double)(now.tv_sec - when_prev.tv_sec)
		+ (double)(now.tv_nsec - when_prev.tv_nsec) / 1e9;
	when_prev = now;
	size_t n;
	pid_t *pids = proc_pids(&n);
	if (!pids)
		die_errno("/proc");
	struct task *t = xmalloc((n ? n : 1) * sizeof *t);
	struct prev *np = xmalloc((n ? n : 1) * sizeof *np);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		struct task *x = &t[k];
		if (proc_read(pids[i], &x->p, PROC_STATUS | (show_args ? PROC_CMDLINE : 0)))
			continue;
		x->ticks = x->p.utime + x->p.stime;
		struct prev key = { pids[i], 0, 0 }, *old = 0;
		if (prev)
			old = bsearch(&key, prev, nprev, sizeof *prev, cmp_prev);
		/* one born during the interval (or a reused pid) counts all its ticks */
		unsigned long long base = old && old->start == x->p.start && old->ticks <= x->ticks
			? old->ticks : 0;
		x->cpu = prev && *elapsed > 0 ?
			(double)(x->ticks - base) * 100.0 / ((double)hz * *elapsed) : 0;
		np[k].pid = x->p.pid;
		np[k].start = x->p.start;
		np[k].ticks = x->ticks;
		k++;
	}
	free(pids);
	free(prev);
	prev = np;
	nprev = k;
	*ntasks = k;
	return t;
}

static int wanted(const struct proc *p)
{
	if (only_user >= 0 && p->euid != user_uid)
		return 0;
	if (!nonly)
		return 1;
	for (size_t i = 0; i < nonly; i++)
		if (only[i] == p->pid)
			return 1;
	return 0;
}

/* KiB in at most width characters, with m, g, t suffixes when it does not fit */
static char *scaled(char *buf, size_t len, unsigned long long kb, int width)
{
	snprintf(buf, len, "%llu", kb);
	if ((int)strlen(buf) <= width)
		return buf;
	static const char units[] = "mgtp";
	double v = (double)kb;
	for (int i = 0; i < 4; i++) {
		v /= 1024;
		snprintf(buf, len, "%.1f%c", v, units[i]);
		if ((int)strlen(buf) <= width)
			return buf;
	}
	snprintf(buf, len, "%.0fp", v);
	return buf;
}

static unsigned long long shared_kb(pid_t pid)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/statm", (int)pid);
	char *buf = proc_slurp(path, 0);
	unsigned long long sh = 0;
	if (buf) {
		char *s = buf;
		strtoull(s, &s, 10);
		strtoull(s, &s, 10);
		sh = strtoull(s, &s, 10);
		free(buf);
	}
	return sh * (unsigned long long)page_kb;
}

/* one output line, cut at width if width > 0; returns 0 or -1 on a write error */
static int emit(FILE *out, const char *line, int width, int clear_eol)
{
	int n = (int)strlen(line);
	if (width > 0 && n > width)
		n = width;
	fwrite(line, 1, (size_t)n, out);
	if (clear_eol)
		fputs("\033[K\n", out);	/* the tty adds the \r */
	else
		fputc('\n', out);
	return ferror(out) ? -1 : 0;
}

static int users(void)
{
	int n = 0;
	struct utmpx *u;
	setutxent();
	while ((u = getutxent()))
		n += u->ut_type == USER_PROCESS && u->ut_user[0];
	endutxent();
	return n;
}

/* Draws one frame: at most rows lines (0 = all), each cut at width (0 = not). */
static int frame(FILE *out, int rows, int width, int tty)
{
	double elapsed;
	size_t n;
	struct task *t = sample(&n, &elapsed);
	unsigned long long cpu[8], d[8], total = 0;
	read_cpu(cpu);
	for (int i = 0; i < 8; i++) {
		d[i] = cpu[i] >= cpu_prev[i] ? cpu[i] - cpu_prev[i] : 0;
		total += d[i];
		cpu_prev[i] = cpu[i];
	}
	struct meminfo m;
	memset(&m, 0, sizeof m);
	proc_meminfo(&m);
	char line[4096];
	int shown = 0;

	time_t now = time(0);
	struct tm *tm = localtime(&now);
	long up = (long)proc_uptime();
	char upbuf[64];
	long days = up / 86400, hours = up / 3600 % 24, mins = up / 60 % 60;
	int ul = 0;
	if (days)
		ul = snprintf(upbuf, sizeof upbuf, "%ld day%s, ", days, days == 1 ? "" : "s");
	if (hours)
		snprintf(upbuf + ul, sizeof upbuf - (size_t)ul, "%2ld:%02ld", hours, mins);
	else
		snprintf(upbuf + ul, sizeof upbuf - (size_t)ul, "%ld min", mins);
	double av[3];
	proc_loadavg(av);
	int nu = users();
	snprintf(line, sizeof line, "top - %02d:%02d:%02d up %s, %2d user%s,  load average: %.2f, %.2f, %.2f",
		 tm->tm_hour, tm->tm_min, tm->tm_sec, upbuf, nu, nu == 1 ? "" : "s", av[0], av[1], av[2]);
	if (emit(out, line, width, tty))
		goto fail;
	int running = 0, sleeping = 0, stopped = 0, zombie = 0;
	for (size_t i = 0; i < n; i++)
		switch (t[i].p.state) {
		case 'R': running++; break;
		case 'T': case 't': stopped++; break;
		case 'Z': zombie++; break;
		default: sleeping++; break;
		}
	snprintf(line, sizeof line, "Tasks: %3zu total, %3d running, %3d sleeping, %3d stopped, %3d zombie",
		 n, running, sleeping, stopped, zombie);
	emit(out, line, width, tty);
	double pc[8];
	for (int i = 0; i < 8; i++)
		pc[i] = total ? (double)d[i] * 100.0 / (double)total : 0;
	/* /proc/stat order: user nice system idle iowait irq softirq steal */
	snprintf(line, sizeof line, "%%Cpu(s): %4.1f us, %4.1f sy, %4.1f ni, %4.1f id, %4.1f wa, %4.1f hi, %4.1f si, %4.1f st",
		 pc[0], pc[2], pc[1], pc[3], pc[4], pc[5], pc[6], pc[7]);
	emit(out, line, width, tty);
	snprintf(line, sizeof line, "MiB Mem : %8.1f total, %8.1f free, %8.1f used, %8.1f buff/cache",
		 (double)m.total / 1024, (double)m.free / 1024, (double)m.used / 1024,
		 (double)(m.buffers + m.cache) / 1024);
	emit(out, line, width, tty);
	snprintf(line, sizeof line, "MiB Swap: %8.1f total, %8.1f free, %8.1f used. %8.1f avail Mem",
		 (double)m.swap_total / 1024, (double)m.swap_free / 1024, (double)m.swap_used / 1024,
		 (double)m.available / 1024);
	emit(out, line, width, tty);
	emit(out, "", width, tty);
	snprintf(line, sizeof line, "%5s %-8s %3s %3s %7s %6s %6s %c %5s %5s %9s %s", "PID", "USER",
		 "PR", "NI", "VIRT", "RES", "SHR", 'S', "%CPU", "%MEM", "TIME+", "COMMAND");
	if (tty)
		fputs("\033[7m", out);
	emit(out, line, width, 0);
	if (tty)
		fputs("\033[0m", out);
	shown = 7;

	/* keep the wanted ones, then sort */
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (wanted(&t[i].p))
			t[k++] = t[i];
		else
			proc_free(&t[i].p);
	}
	qsort(t, k, sizeof *t, cmp_task);
	for (size_t i = 0; i < k; i++) {
		struct proc *p = &t[i].p;
		if (!rows || shown < rows) {
			char virt[32], res[32], shr[32], pr[24], cmd[2048], ct[32];
			unsigned long long rss_kb = p->rss * (unsigned long long)page_kb;
			if (p->priority <= -100)
				snprintf(pr, sizeof pr, "rt");
			else
				snprintf(pr, sizeof pr, "%ld", p->priority);
			unsigned long long cs = t[i].ticks * 100 / (unsigned long long)hz;
			snprintf(ct, sizeof ct, "%llu:%02llu.%02llu", cs / 6000, cs / 100 % 60, cs % 100);
			const char *c = show_args && p->cmdlen ? p->cmdline : p->comm;
			size_t j = 0;
			for (; *c && j + 1 < sizeof cmd; c++)
				cmd[j++] = (unsigned char)*c < 32 ? '?' : *c;
			cmd[j] = 0;
			double pmem = m.total ? (double)rss_kb * 100.0 / (double)m.total : 0;
			const char *user = proc_user_name(p->euid);
			snprintf(line, sizeof line, "%5d %-8.8s %3s %3ld %7s %6s %6s %c %5.1f %5.1f %9s %s",
				 (int)p->pid, user, pr, p->nice,
				 scaled(virt, sizeof virt, p->vsize / 1024, 7),
				 scaled(res, sizeof res, rss_kb, 6),
				 scaled(shr, sizeof shr, shared_kb(p->pid), 6),
				 p->state, t[i].cpu, pmem, ct, cmd);
			if (emit(out, line, width, tty)) {
				for (; i < k; i++)
					proc_free(&t[i].p);
				goto fail;
			}
			shown++;
		}
		proc_free(p);
	}
	free(t);
	if (tty)
		fputs("\033[J", out);
	return fflush(out) ? -1 : 0;
fail:
	free(t);
	return -1;
}

static int parse_secs(const char *s, double *out)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (!*s || *end || errno || !(v >= 0) || v > 1e7)
		return -1;
	*out = v;
	return 0;
}

static int add_pids(const char *arg)
{
	char *copy = xstrdup(arg), *save = 0;
	int ret = 0;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(0, ",", &save)) {
		char *end;
		errno = 0;
		long v = strtol(t, &end, 10);
		if (*end || errno || v <= 0 || v > 0x7fffffff) {
			warn_msg("'%s': invalid process id", t);
			ret = -1;
			break;
		}
		only = xrealloc(only, (nonly + 1) * sizeof *only);
		only[nonly++] = (pid_t)v;
	}
	free(copy);
	return ret;
}

static int sort_field(const char *s)
{
	static const struct { const char *name; int key; } f[] = {
		{ "%CPU", S_CPU }, { "%MEM", S_MEM }, { "TIME+", S_TIME }, { "TIME", S_TIME },
		{ "PID", S_PID }, { "RES", S_RES }, { "VIRT", S_VIRT }, { "COMMAND", S_COMM },
	};
	sort_rev = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	for (size_t i = 0; i < sizeof f / sizeof *f; i++)
		if (!strcasecmp(s, f[i].name)) {
			sort_key = f[i].key;
			return 0;
		}
	return -1;
}

/* Interactive: raw keys, the alternate screen, a redraw every delay seconds. */
static int interactive(double delay, long count)
{
	if (tcgetattr(0, &saved)) {
		warn_errno("tcgetattr");
		return 1;
	}
	raw = saved;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	tcsetattr(0, TCSANOW, &raw);
	raw_mode = 1;
	atexit(restore_tty);
	write_str(1, ENTER_SCREEN);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_tstp;
	sigaction(SIGTSTP, &sa, 0);
	sa.sa_handler = on_cont;
	sigaction(SIGCONT, &sa, 0);
	for (long frames = 0; !quit && (count <= 0 || frames < count); frames++) {
		struct winsize ws;
		int rows = 24, cols = 80;
		if (!ioctl(1, TIOCGWINSZ, &ws) && ws.ws_row && ws.ws_col) {
			rows = ws.ws_row;
			cols = ws.ws_col;
		}
		fputs("\033[H", stdout);
		if (frame(stdout, rows - 1, cols, 1))
			break;
		if (count > 0 && frames + 1 >= count)
			break;
		struct pollfd pfd = { 0, POLLIN, 0 };
		struct timespec end;
		clock_gettime(CLOCK_MONOTONIC, &end);
		long long end_ms = (long long)end.tv_sec * 1000 + end.tv_nsec / 1000000
			+ (long long)(delay * 1000);
		while (!quit && !resized) {
			struct timespec now;
			clock_gettime(CLOCK_MONOTONIC, &now);
			long long left = end_ms - ((long long)now.tv_sec * 1000 + now.tv_nsec / 1000000);
			if (left <= 0)
				break;
			int r = poll(&pfd, 1, left > 60000 ? 60000 : (int)left);
			if (r <= 0)
				continue;	/* time-out or a signal */
			char c;
			if (read(0, &c, 1) != 1) {
				quit = 1;
				break;
			}
			if (c == 'q' || c == 3)
				quit = 1;
			else if (c == 'P')
				sort_key = S_CPU, sort_rev = 0;
			else if (c == 'M')
				sort_key = S_MEM, sort_rev = 0;
			else if (c == 'T')
				sort_key = S_TIME, sort_rev = 0;
			else if (c == 'N')
				sort_key = S_PID, sort_rev = 0;
			else if (c == 'R')
				sort_rev = !sort_rev;
			else if (c == 'c')
				show_args = !show_args;
			else if (c == ' ' || c == '\f')
				;
			else
				continue;
			break;	/* a key that changes the view redraws now */
		}
		resized = 0;
	}
	signal(SIGTSTP, SIG_DFL);
	signal(SIGCONT, SIG_DFL);
	restore_tty();
	return 0;
}

int top_main(int argc, char **argv)
{
	int batch = 0, width = 0;
	long count = 0;
	double delay = 3;
	struct opt o = OPT_INIT(argc, argv, "bn:d:p:u:U:o:cw:s");
	int c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'b': batch = 1; break;
		case 'n': {
			char *end;
			errno = 0;
			count = strtol(o.arg, &end, 10);
			if (!*o.arg || *end || errno || count < 1) {
				warn_msg("'%s': invalid count", o.arg);
				return 1;
			}
			break;
		}
		case 'd':
			if (parse_secs(o.arg, &delay)) {
				warn_msg("'%s': invalid delay", o.arg);
				return 1;
			}
			break;
		case 'p':
			if (add_pids(o.arg))
				return 1;
			break;
		case 'u': case 'U':
			if (proc_parse_user(o.arg, &user_uid)) {
				warn_msg("'%s': invalid user", o.arg);
				return 1;
			}
			only_user = 1;
			break;
		case 'o':
			if (sort_field(o.arg)) {
				warn_msg("'%s': unknown sort field", o.arg);
				return 1;
			}
			break;
		case 'c': show_args = 1; break;
		case 's': break;	/* secure mode: there is nothing unsafe to turn off */
		case 'w': {
			char *end;
			long v = strtol(o.arg, &end, 10);
			if (*end || v < 1 || v > 512) {
				warn_msg("'%s': invalid width", o.arg);
				return 1;
			}
			width = (int)v;
			break;
		}
		default: return usage();
		}
	if (o.ind < argc) {
		warn_msg("'%s': extra operand", argv[o.ind]);
		return usage();
	}
	hz = sysconf(_SC_CLK_TCK);
	if (hz <= 0)
		hz = 100;
	page_kb = sysconf(_SC_PAGESIZE) / 1024;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, 0);
	sigaction(SIGTERM, &sa, 0);
	sigaction(SIGHUP, &sa, 0);
	sigaction(SIGWINCH, &sa, 0);

	/* a first, short interval so the first frame already shows recent use */
	size_t n;
	double el;
	read_cpu(cpu_prev);
	struct task *t = sample(&n, &el);
	for (size_t i = 0; i < n; i++)
		proc_free(&t[i].p);
	free(t);
	struct timespec ts = { 0, 100000000 };
	nanosleep(&ts, 0);

	if (!batch && isatty(0) && isatty(1))
		return interactive(delay, count);
	for (long frames = 0; !quit; frames++) {
		if (frames)
			putchar('\n');
		if (frame(stdout, 0, width, 0))
			return 1;
		if (count > 0 && frames + 1 >= count)
			break;
		struct timespec d = { (time_t)delay, (long)((delay - (double)(time_t)delay) * 1e9) };
		nanosleep(&d, 0);
	}
	return 0;
}
