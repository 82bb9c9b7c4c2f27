/* init - the first process
 *
 * APPLET(init, SBIN)
 * usage: init [-c COMMAND [ARG...]]
 *
 * Run as PID 1 (the kernel's /sbin/init or an initramfs's /init): mount /proc, /sys,
 * /dev, /dev/pts and /run when they are not mounted yet, run /etc/rc and wait for it,
 * then start `svscan /etc/service` when that directory exists, and keep the console
 * program on the console: /etc/console when it is executable, else the `console` line
 * of /etc/inittab (`console /sbin/getty -L console 0`: the program and its arguments,
 * run directly), else an interactive /bin/sh. Both are restarted when they exit.
 * Orphans are reaped.
 * Signals stop the system: TERM reboots, USR2 and PWR power off, USR1 halts, INT
 * (ctrl-alt-del) reboots. Stopping first stops the services (TERM to svscan, which
 * stops every service and its logger, and waits for them), then sends TERM to every
 * other process, waits up to 5 seconds for them to exit, sends KILL, syncs,
 * unmounts every filesystem and asks the kernel to reboot, power off or halt.
 *
 * -c COMMAND  container mode (as tini does): run COMMAND as the only child, forward
 *             every signal init gets to it, reap every zombie, and exit with its
 *             status (128+N when signal N killed it). Works as PID 1 of a container
 *             and, as a child subreaper, anywhere else. `init /path/to/cmd ...` (a
 *             first argument with a slash) is the same.
 */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

enum { GRACE = 5 };	/* seconds for the services, then for the rest, before KILL */

static volatile sig_atomic_t got_child, got_alarm, got_stop;
static pid_t rc_pid;

/* What init keeps running after /etc/rc: the supervision tree and the console
 * program. A job that dies within 2 s of its start waits 1, 2, 4 ... 32 s before
 * the next try, so a broken one cannot eat the machine. */
struct job {
	char *const *argv;
	int ctty;	/* gets the console as its controlling terminal */
	pid_t pid;	/* 0: not running */
	time_t started, due;	/* due: when to start again (0: not waiting) */
	unsigned backoff;
};
static char *const svscan_argv[] = { "/sbin/svscan", "/etc/service", 0 };
static char *const shell_argv[] = { "/bin/sh", "-i", 0 };
static char *const console_argv[] = { "/etc/console", 0 };
static struct job svscan_job = { svscan_argv, 0, 0, 0, 0, 0 };
static struct job console_job = { shell_argv, 1, 0, 0, 0, 0 };

/* PID 1 keeps away from stdio: one write per message, straight to the console. */
static void say(const char *a, const char *b, const char *c)
{
	char buf[256];
	size_t n = 0;
	const char *parts[4] = { "init: ", a, b, c };
	for (int i = 0; i < 4; i++)
		for (const char *s = parts[i]; s && *s && n < sizeof buf - 1; s++)
			buf[n++] = *s;
	buf[n++] = '\n';
	full_write(2, buf, n);
}

static void warning_errno(const char *what, const char *name)
{
	char buf[160];
	size_t n = 0;
	const char *parts[3] = { name, ": ", strerror(errno) };
	for (int i = 0; i < 3; i++)
		for (const char *s = parts[i]; s && *s && n < sizeof buf - 1; s++)
			buf[n++] = *s;
	buf[n] = 0;
	say("warning: ", what, buf);
}

static void on_signal(int sig)
{
	switch (sig) {
	case SIGCHLD: got_child = 1; break;
	case SIGALRM: got_alarm = 1; break;
	default: got_stop = sig; break;
	}
}

static const int handled[] = { SIGCHLD, SIGALRM, SIGTERM, SIGUSR1, SIGUSR2, SIGINT, SIGPWR };
static const int ignored[] = { SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE };
#define COUNT(a) (sizeof (a) / sizeof (a)[0])

static void setup_signals(sigset_t *blocked)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigfillset(&sa.sa_mask);
	sigemptyset(blocked);
	for (size_t i = 0; i < COUNT(handled); i++) {
		sigaction(handled[i], &sa, 0);
		sigaddset(blocked, handled[i]);
	}
	sa.sa_handler = SIG_IGN;
	for (size_t i = 0; i < COUNT(ignored); i++)
		sigaction(ignored[i], &sa, 0);
	sigprocmask(SIG_BLOCK, blocked, 0);
}

/* What a child gets: default dispositions, nothing blocked. */
static void reset_signals(void)
{
	struct sigaction sa;
	sigset_t none;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	for (size_t i = 0; i < COUNT(handled); i++)
		sigaction(handled[i], &sa, 0);
	for (size_t i = 0; i < COUNT(ignored); i++)
		sigaction(ignored[i], &sa, 0);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, 0);
}

/* A directory is a mount point when it sits on another device than its parent, or
 * is the same inode as its parent (the root). */
static int mounted(const char *dir)
{
	char parent[64];
	struct stat a, b;
	size_t n = strlen(dir);
	if (n + 4 > sizeof parent || stat(dir, &a))
		return 0;
	memcpy(parent, dir, n);
	memcpy(parent + n, "/..", 4);
	if (stat(parent, &b))
		return 0;
	return a.st_dev != b.st_dev || a.st_ino == b.st_ino;
}

static void mount_once(const char *src, const char *dir, const char *type,
		       unsigned long flags, const char *data)
{
	if (mkdir(dir, 0755) && errno != EEXIST) {
		warning_errno("mkdir ", dir);
		return;
	}
	if (mounted(dir))
		return;
	if (mount(src, dir, type, flags, data))
		warning_errno("mount ", dir);
}

static void setup_console(void)
{
	int fd = open("/dev/console", O_RDWR | O_NOCTTY);
	if (fd < 0) {
		/* keep what we were given (a container), but never run with 0-2 closed: the
		 * next file opened would become someone's standard input or output */
		while ((fd = open("/dev/null", O_RDWR)) >= 0 && fd < 2)
			;
		if (fd > 2)
			close(fd);
		return;
	}
	for (int i = 0; i < 3; i++)
		if (fd != i)
			dup2(fd, i);
	if (fd > 2)
		close(fd);
}

/* The children's environment: the kernel's (unknown name=value boot parameters) with
 * PATH, HOME, SHELL and TERM defaults; built once, in place, without setenv. */
static char *child_env[64];

static void setup_env(void)
{
	static char *const defaults[] = { "PATH=/bin:/sbin:/usr/bin:/usr/sbin", "HOME=/root",
		"SHELL=/bin/sh", "TERM=linux" };
	size_t n = 0;
	for (char **e = environ; e && *e && n < 64 - 5; e++)
		if (strncmp(*e, "HOME=", 5) && strncmp(*e, "SHELL=", 6))
			child_env[n++] = *e;
	for (size_t i = 0; i < 4; i++) {
		size_t len = strchr(defaults[i], '=') - defaults[i] + 1, j;
		for (j = 0; j < n; j++)
			if (!strncmp(child_env[j], defaults[i], len))
				break;
		if (j == n)
			child_env[n++] = defaults[i];
	}
	child_env[n] = 0;
}

/* A program that is this binary (/bin/sh, getty, svscan: links to ring3) runs in a
 * forked child without an execve (run_applet_here; init/README.md "Children without
 * execve" says what the child inherits and why that is what an execve would give):
 * the execve, its page faults and the start-up's relocation cost more than copying
 * init's few page tables (0.4 ms of the way to a login prompt). Everything else:
 * vfork, where the child borrows init's memory until its execve, so no page tables
 * are copied and neither side takes copy-on-write faults on the pages both touch.
 * The vfork child only makes system calls; none of init's handlers can run in either
 * child: the signals they handle stay blocked until reset_signals has set them back
 * to the default. */
static pid_t spawn(char *const argv[], int ctty)
{
	int here = is_this_binary(argv[0]);
	pid_t pid = here ? fork() : vfork();
	if (pid < 0) {
		warning_errno("fork ", argv[0]);
		return 0;
	}
	if (pid)
		return pid;
	reset_signals();
	setsid();
	if (ctty && ioctl(0, TIOCSCTTY, 1))
		warning_errno("no controlling tty: ", "TIOCSCTTY");
	if (here)
		run_applet_here(argv[0], argv, child_env);	/* returns only if it cannot */
	execve(argv[0], argv, child_env);
	warning_errno("exec ", argv[0]);
	_exit(127);
}

/* The linker's symbol for the ELF header at the start of the loaded binary, and its
 * bounds of the section init sleeps from (an orphan section named like a C identifier
 * gets __start_ and __stop_ symbols). */
extern const Elf64_Ehdr __ehdr_start;
extern const char __start_init_sleep[], __stop_init_sleep[];

/* PID 1 lives as long as the machine, mostly asleep. The multi-call binary's code
 * and read-only data it touched while starting stay mapped into it, counted in its
 * RSS though they are clean page cache shared with every other ring3 process; and
 * every fault maps not one page but the 64 kB around it (the kernel's fault-around,
 * bounded only by the mapping). So before each sleep init unmaps them from itself:
 * MADV_DONTNEED on a clean private file mapping only drops the page-table entries,
 * the next touch maps the page again from the page cache. Only segments without write
 * permission: the relocated (RELRO) and writable data are private copies and must
 * stay. The code that runs between that and the sleep lives in the section
 * init_sleep, whose pages are made a mapping of their own at start-up (madvise
 * MADV_RANDOM on them alone: a mapping with other flags than its neighbours), so
 * coming back from madvise faults in those pages only, not 64 kB of text. */
static struct { uintptr_t start, len; } clean[8];
static int nclean;
/* Not while the boot is under way, though: init wakes every few hundred microseconds
 * then (/etc/rc exits, the jobs start, orphans of /etc/rc exit), and each wake-up
 * would fault its text back in. init settles (starts dropping) a second after it
 * started the jobs. */
static int settled;
static time_t settle_at;

static void find_clean_pages(void)
{
	/* the program headers as the kernel reports them: read through __ehdr_start
	 * they would lie beyond the object the symbol is declared as (UBSan stops) */
	uintptr_t base = (uintptr_t)&__ehdr_start;
	const Elf64_Phdr *ph = (const Elf64_Phdr *)getauxval(AT_PHDR);
	unsigned long phnum = ph ? getauxval(AT_PHNUM) : 0;
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE), start, end;
	for (unsigned long i = 0; i < phnum && nclean < 8; i++)
		if (ph[i].p_type == PT_LOAD && !(ph[i].p_flags & PF_W)) {
			start = base + ph[i].p_vaddr;
			clean[nclean].start = start & ~(page - 1);
			clean[nclean].len = start + ph[i].p_memsz - clean[nclean].start;
			nclean++;
		}
	start = (uintptr_t)__start_init_sleep & ~(page - 1);
	end = ((uintptr_t)__stop_init_sleep + page - 1) & ~(page - 1);
	/* no error to handle: without the split init only keeps more pages mapped */
	madvise((void *)start, end - start, MADV_RANDOM);
}

/* System calls made without leaving init_sleep (the libc wrappers are elsewhere in
 * the text); other machines call the wrappers, correct but keeping more mapped. */
#if defined(__x86_64__)
__attribute__((always_inline)) static inline void sys3(long n, long a, long b, long c)
{
	__asm__ volatile ("syscall" : "+a"(n) : "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
}
#elif defined(__aarch64__)
__attribute__((always_inline)) static inline void sys3(long n, long a, long b, long c)
{
	register long x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b,
		x2 __asm__("x2") = c;
	__asm__ volatile ("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory", "cc");
}
#else
static void sys3(long n, long a, long b, long c)
{
	if (n == SYS_madvise)
		madvise((void *)a, (size_t)b, (int)c);
	else
		sigsuspend((const sigset_t *)a);
}
#endif

/* Drops the clean pages, then sigsuspend(wake). The kernel's signal set is 64 bits
 * (the first word of a sigset_t on these little-endian machines). */
__attribute__((noinline, section("init_sleep"))) static void sleep_light(const sigset_t *wake)
{
	for (int i = 0; settled && i < nclean; i++)
		sys3(SYS_madvise, (long)clean[i].start, (long)clean[i].len, MADV_DONTNEED);
	sys3(SYS_rt_sigsuspend, (long)wake, 8, 0);
}

/* alarm() for the job due first (or settling); none waiting: no alarm. */
static void arm_alarm(void)
{
	time_t now = time(0), due = settle_at;
	struct job *jobs[] = { &svscan_job, &console_job };
	for (int i = 0; i < 2; i++)
		if (jobs[i]->due && (!due || jobs[i]->due < due))
			due = jobs[i]->due;
	alarm(due ? (due > now ? (unsigned)(due - now) : 1) : 0);
}

/* /etc/inittab, read once when the jobs start (after /etc/rc, which may write it):
 * lines "KEY COMMAND [ARG...]", words separated by blanks and tabs, no quoting; blank
 * lines and lines starting with # are skipped. The one key: `console`, the program
 * init keeps on the console, run directly (no shell in between: one process less on
 * the way to a login prompt): it becomes console_job.argv. */
static void read_inittab(void)
{
	static char buf[4096];
	static char *argv[16];
	int fd = open("/etc/inittab", O_RDONLY | O_CLOEXEC);
	ssize_t len = 0, r;
	if (fd < 0) {
		if (errno != ENOENT)
			warning_errno("", "/etc/inittab");
		return;
	}
	while (len < (ssize_t)sizeof buf && (r = safe_read(fd, buf + len, sizeof buf - len)) > 0)
		len += r;
	close(fd);
	if (len == (ssize_t)sizeof buf) {
		say("warning: /etc/inittab: 4 kB or longer; ignored", "", "");
		return;
	}
	buf[len] = 0;
	for (char *line = buf, *next; *line; line = next) {
		char *words[17];
		int n = 0;
		next = line + strcspn(line, "\n");
		if (*next)
			*next++ = 0;
		for (char *w = line; n < 17;) {
			w += strspn(w, " \t");
			if (!*w || (n == 0 && *w == '#'))
				break;
			words[n++] = w;
			w += strcspn(w, " \t");
			if (*w)
				*w++ = 0;
		}
		if (n == 0)
			continue;
		if (strcmp(words[0], "console")) {
			say("warning: /etc/inittab: unknown key ", words[0], "");
		} else if (n < 2 || n == 17) {
			say("warning: /etc/inittab: ", n < 2 ? "console without a command" :
			    "console with more than 14 arguments", "");
		} else {
			memcpy(argv, words + 1, (size_t)(n - 1) * sizeof *words);
			argv[n - 1] = 0;
			console_job.argv = argv;
		}
	}
}

static void start_job(struct job *j)
{
	j->due = 0;
	j->started = time(0);
	j->pid = spawn(j->argv, j->ctty);
	if (!j->pid) {
		j->due = j->started + 1;	/* fork failed: try again */
		arm_alarm();
	}
}

static void job_exited(struct job *j)
{
	j->pid = 0;
	if (time(0) - j->started < 2) {
		j->backoff = j->backoff ? (j->backoff < 32 ? j->backoff * 2 : 32) : 1;
		say("warning: ", j->argv[0], " exited at once; retrying later");
		j->due = time(0) + j->backoff;
		arm_alarm();
	} else {
		j->backoff = 0;
		start_job(j);
	}
}

/* /etc/rc is done: the supervision tree and the console program take over. */
static void start_jobs(void)
{
	struct stat st;
	settle_at = time(0) + 2;	/* whole seconds: 1 to 2 s from now */
	arm_alarm();
	if (stat("/etc/service", &st) == 0 && S_ISDIR(st.st_mode))
		start_job(&svscan_job);
	if (access("/etc/console", X_OK) == 0)
		console_job.argv = console_argv;
	else
		read_inittab();
	start_job(&console_job);
}

/* Reaps every child that has exited; returns 1 once none is left (ECHILD). Notes
 * which of init's own children went, for the caller to restart. */
static int reap(pid_t *gone, int max)
{
	int n = 0, status;
	pid_t pid;
	while ((pid = waitpid(-1, &status, WNOHANG)) != 0) {
		if (pid < 0) {
			if (errno == EINTR)
				continue;
			return errno == ECHILD;
		}
		if (pid == rc_pid || pid == svscan_job.pid || pid == console_job.pid)
			if (n < max)
				gone[n++] = pid;
	}
	while (n < max)
		gone[n++] = 0;
	return 0;
}

/* Waits up to secs for process pid (-1: every child) to exit, reaping all the
 * while and waking on SIGCHLD: no fixed sleeps. Returns 1 when it is gone. */
static int wait_for(pid_t pid, unsigned secs, const sigset_t *wake)
{
	pid_t gone[3];
	int done = 0;
	got_alarm = 0;
	alarm(secs);
	for (;;) {
		got_child = 0;
		int none = reap(gone, 3);
		if (pid > 0)
			for (int i = 0; i < 3; i++)
				done |= gone[i] == pid;
		if (none || done || got_alarm)
			break;
		sigsuspend(wake);
	}
	alarm(0);
	return pid > 0 ? done : got_alarm == 0;
}

static void unescape(char *s)
{
	char *d = s;
	for (; *s; s++) {
		if (s[0] == '\\' && s[1] >= '0' && s[1] <= '3' && s[2] >= '0' && s[2] <= '7' &&
		    s[3] >= '0' && s[3] <= '7') {
			*d++ = (char)((s[1] - '0') * 64 + (s[2] - '0') * 8 + (s[3] - '0'));
			s += 3;
		} else {
			*d++ = *s;
		}
	}
	*d = 0;
}

/* Unmount everything in /proc/mounts, last mounted first; / is remounted read-only. */
static void unmount_all(void)
{
	static char buf[16384];
	char *dirs[256];
	int n = 0, fd = open("/proc/mounts", O_RDONLY | O_CLOEXEC);
	ssize_t len = 0, r;
	if (fd >= 0) {
		while (len < (ssize_t)sizeof buf - 1 &&
		       (r = safe_read(fd, buf + len, sizeof buf - 1 - len)) > 0)
			len += r;
		close(fd);
	}
	buf[len > 0 ? len : 0] = 0;
	for (char *line = buf; *line && n < 256;) {
		char *end = strchr(line, '\n');
		if (end)
			*end = 0;
		char *dir = strchr(line, ' ');
		if (dir) {
			char *sp = strchr(++dir, ' ');
			if (sp) {
				*sp = 0;
				unescape(dir);
				if (strcmp(dir, "/"))
					dirs[n++] = dir;
			}
		}
		if (!end)
			break;
		line = end + 1;
	}
	while (n-- > 0)
		if (umount2(dirs[n], 0) && umount2(dirs[n], MNT_DETACH) && errno != EINVAL &&
		    errno != ENOENT)
			warning_errno("umount ", dirs[n]);
	if (mount(0, "/", 0, MS_REMOUNT | MS_RDONLY, 0) && errno != EBUSY)
		warning_errno("remount read-only ", "/");
}

static _Noreturn void shutdown_system(int sig, const sigset_t *wake)
{
	int cmd;
	const char *what;
	switch (sig) {
	case SIGUSR2: case SIGPWR: cmd = RB_POWER_OFF; what = "power off"; break;
	case SIGUSR1: cmd = RB_HALT_SYSTEM; what = "halt"; break;
	default: cmd = RB_AUTOBOOT; what = "reboot"; break;
	}
	say("the system is going down to ", what, "");
	/* From here on every signal but the wake-ups is ignored and nothing restarts.
	 * The services go first, in svscan's orderly way: each service is stopped and
	 * its logger drains the pipe before it exits. */
	if (svscan_job.pid > 0) {
		kill(svscan_job.pid, SIGTERM);
		if (!wait_for(svscan_job.pid, GRACE, wake))
			say("warning: services still running after ", "5 s", "");
	}
	/* An interactive shell ignores TERM: hang up its session the way a terminal
	 * would. */
	if (console_job.pid > 0)
		kill(-console_job.pid, SIGHUP);
	rc_pid = svscan_job.pid = console_job.pid = 0;
	kill(-1, SIGTERM);
	kill(-1, SIGCONT);
	if (!wait_for(-1, GRACE, wake)) {
		say("sending all processes the KILL signal", "", "");
		kill(-1, SIGKILL);
		wait_for(-1, 2, wake);
	}
	sync();
	unmount_all();
	sync();
	reboot(cmd);
	warning_errno("reboot: ", what);
	_exit(1);
}

/* Container mode: COMMAND is the one child; init passes on every signal it gets
 * and reaps whatever is reparented to it. All signals stay blocked and are taken
 * with sigwaitinfo: a blocked signal is queued even for a PID 1 that has no handler,
 * and nothing can arrive between a check and the wait. */
static int container(char **cmd)
{
	sigset_t all, old;
	siginfo_t si;
	int status;
	pid_t pid, child;

	sigfillset(&all);
	sigprocmask(SIG_SETMASK, &all, &old);
	if (getpid() != 1 && prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0))
		warn_errno("child subreaper");
	child = fork();
	if (child < 0) {
		warn_errno("fork");
		return 1;
	}
	if (child == 0) {
		/* its own process group, in the terminal's foreground if there is one:
		 * ctrl-C then reaches the command once, not through init as well */
		setpgid(0, 0);
		if (isatty(0))
			tcsetpgrp(0, getpid());
		sigprocmask(SIG_SETMASK, &old, 0);
		execvp(cmd[0], cmd);
		int e = errno;
		warn_errno("%s", cmd[0]);
		_exit(e == ENOENT ? 127 : 126);
	}
	for (;;) {
		int sig = sigwaitinfo(&all, &si);
		if (sig < 0)
			continue;
		if (sig != SIGCHLD) {
			kill(child, sig);
			continue;
		}
		while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
			if (pid == child) {
				if (WIFSIGNALED(status))
					return 128 + WTERMSIG(status);
				return WEXITSTATUS(status);
			}
	}
}

int init_main(int argc, char **argv)
{
	sigset_t blocked, wake;
	pid_t gone[3];

	if (argc > 1 && !strcmp(argv[1], "-c")) {
		if (argc < 3)
			return usage();
		return container(argv + 2);
	}
	if (argc > 1 && strchr(argv[1], '/'))
		return container(argv + 1);
	/* other arguments are the kernel's (words of its command line it did not know,
	 * like "single"): ignored */
	if (getpid() != 1) {
		warn_msg("must be run as process 1 (use poweroff, reboot or halt)");
		return 1;
	}
	setup_signals(&blocked);
	find_clean_pages();
	sigprocmask(SIG_BLOCK, 0, &wake);
	for (size_t i = 0; i < COUNT(handled); i++)
		sigdelset(&wake, handled[i]);
	umask(022);
	if (chdir("/"))
		warning_errno("chdir ", "/");
	setsid();
	if (reboot(RB_DISABLE_CAD) && errno != EPERM && errno != EINVAL)
		warning_errno("ctrl-alt-del: ", "reboot");

	mount_once("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, 0);
	mount_once("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, 0);
	mount_once("devtmpfs", "/dev", "devtmpfs", MS_NOSUID, "mode=0755");
	mount_once("devpts", "/dev/pts", "devpts", MS_NOSUID | MS_NOEXEC,
		   "gid=5,mode=620,ptmxmode=666");
	mount_once("tmpfs", "/run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755");
	setup_console();
	setup_env();

	if (access("/etc/rc", F_OK) == 0) {
		static char *const rc[] = { "/bin/sh", "/etc/rc", 0 };
		rc_pid = spawn(rc, 0);
	}
	if (!rc_pid)
		start_jobs();

	for (;;) {
		got_child = 0;
		reap(gone, 3);
		for (int i = 0; i < 3 && gone[i]; i++) {
			if (gone[i] == rc_pid) {
				rc_pid = 0;
				start_jobs();
			} else if (gone[i] == svscan_job.pid) {
				job_exited(&svscan_job);
			} else if (gone[i] == console_job.pid) {
				job_exited(&console_job);
			}
		}
		if (got_alarm) {
			got_alarm = 0;
			time_t now = time(0);
			if (svscan_job.due && svscan_job.due <= now)
				start_job(&svscan_job);
			if (console_job.due && console_job.due <= now)
				start_job(&console_job);
			if (settle_at && settle_at <= now) {
				settle_at = 0;
				settled = 1;
			}
			arm_alarm();
		}
		if (got_stop)
			shutdown_system(got_stop, &wake);
		if (!got_child && !got_alarm) {
			sleep_light(&wake);
		}
	}
}
