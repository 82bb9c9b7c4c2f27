/* init - the first process
 *
 * APPLET(init, SBIN)
 * usage: init
 *
 * Run as PID 1 (the kernel's /sbin/init or an initramfs's /init): mount /proc, /sys,
 * /dev, /dev/pts and /run when they are not mounted yet, run /etc/rc and wait for it,
 * then keep an interactive /bin/sh on the console, restarting it when it exits.
 * Orphans are reaped. Signals stop the system: TERM reboots, USR2 powers off, USR1
 * halts, INT (ctrl-alt-del) reboots. Stopping sends TERM to every process, waits up
 * to 5 seconds for them to exit, sends KILL, syncs, unmounts every filesystem and
 * asks the kernel to reboot, power off or halt.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

enum { GRACE = 5 };	/* seconds between TERM and KILL at shutdown */

static volatile sig_atomic_t got_child, got_alarm, got_stop;
static pid_t rc_pid, sh_pid;
static time_t sh_started;
static unsigned backoff;	/* seconds to wait before the next shell */

/* PID 1 keeps away from stdio: one write per message, straight to the console. */
static void say(const char *a, const char *b, const char *c)
{
	char buf[512];
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
	char buf[256];
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

static const int handled[] = { SIGCHLD, SIGALRM, SIGTERM, SIGUSR1, SIGUSR2, SIGINT };

static void setup_signals(sigset_t *blocked)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigfillset(&sa.sa_mask);
	sigemptyset(blocked);
	for (size_t i = 0; i < sizeof handled / sizeof handled[0]; i++) {
		sigaction(handled[i], &sa, 0);
		sigaddset(blocked, handled[i]);
	}
	sa.sa_handler = SIG_IGN;
	sigaction(SIGHUP, &sa, 0);
	sigaction(SIGTSTP, &sa, 0);
	sigaction(SIGTTIN, &sa, 0);
	sigaction(SIGTTOU, &sa, 0);
	sigaction(SIGPIPE, &sa, 0);
	sigprocmask(SIG_BLOCK, blocked, 0);
}

/* What a child gets: default dispositions, nothing blocked. */
static void reset_signals(void)
{
	struct sigaction sa;
	sigset_t none;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	for (size_t i = 0; i < sizeof handled / sizeof handled[0]; i++)
		sigaction(handled[i], &sa, 0);
	sigaction(SIGHUP, &sa, 0);
	sigaction(SIGTSTP, &sa, 0);
	sigaction(SIGTTIN, &sa, 0);
	sigaction(SIGTTOU, &sa, 0);
	sigaction(SIGPIPE, &sa, 0);
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

static pid_t spawn(char *const argv[], int ctty)
{
	pid_t pid = fork();
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
	execve(argv[0], argv, child_env);
	warning_errno("exec ", argv[0]);
	_exit(127);
}

static void start_shell(void)
{
	static char *const argv[] = { "/bin/sh", "-i", 0 };
	sh_pid = spawn(argv, 1);
	sh_started = time(0);
	if (!sh_pid)
		alarm(1);	/* fork failed: try again */
}

/* After a shell dies within 2 seconds, wait 1, 2, 4 ... 32 seconds before the next. */
static void shell_exited(void)
{
	sh_pid = 0;
	if (time(0) - sh_started < 2) {
		backoff = backoff ? (backoff < 32 ? backoff * 2 : 32) : 1;
		say("warning: /bin/sh exited at once; retrying later", "", "");
		alarm(backoff);
	} else {
		backoff = 0;
		start_shell();
	}
}

/* Returns how many children were reaped; sets *none when no child is left. */
static int reap(int *none)
{
	int n = 0, status;
	pid_t pid;
	*none = 0;
	while ((pid = waitpid(-1, &status, WNOHANG)) != 0) {
		if (pid < 0) {
			if (errno == ECHILD)
				*none = 1;
			else if (errno == EINTR)
				continue;
			break;
		}
		n++;
		if (pid == rc_pid)
			rc_pid = 0;
		else if (pid == sh_pid)
			sh_pid = -1;	/* restarted by the main loop */
	}
	return n;
}

/* Wait up to secs for every child to exit, polling with SIGCHLD: no fixed sleeps. */
static int wait_all(unsigned secs, const sigset_t *wake)
{
	int none;
	got_alarm = 0;
	alarm(secs);
	for (;;) {
		got_child = 0;
		reap(&none);
		if (none || got_alarm)
			break;
		sigsuspend(wake);
	}
	alarm(0);
	return none;
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
	case SIGUSR2: cmd = RB_POWER_OFF; what = "power off"; break;
	case SIGUSR1: cmd = RB_HALT_SYSTEM; what = "halt"; break;
	default: cmd = RB_AUTOBOOT; what = "reboot"; break;
	}
	say("the system is going down to ", what, "");
	/* From here on every signal but the wake-ups is ignored; children die and no
	 * shell is restarted. An interactive shell ignores TERM: hang up its session the
	 * way a terminal would. */
	if (sh_pid > 0)
		kill(-sh_pid, SIGHUP);
	rc_pid = sh_pid = 0;
	kill(-1, SIGTERM);
	kill(-1, SIGCONT);
	if (!wait_all(GRACE, wake)) {
		say("sending all processes the KILL signal", "", "");
		kill(-1, SIGKILL);
		wait_all(2, wake);
	}
	sync();
	unmount_all();
	sync();
	reboot(cmd);
	warning_errno("reboot: ", what);
	_exit(1);
}

int init_main(int argc, char **argv)
{
	sigset_t blocked, wake;
	int none;

	if (getpid() != 1) {
		warn_msg("must be run as process 1 (use poweroff, reboot or halt)");
		return 1;
	}
	setup_signals(&blocked);
	sigprocmask(SIG_BLOCK, 0, &wake);
	for (size_t i = 0; i < sizeof handled / sizeof handled[0]; i++)
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
		start_shell();

	for (;;) {
		got_child = 0;
		if (reap(&none)) {
			if (sh_pid < 0)
				shell_exited();
			else if (!rc_pid && !sh_pid && !backoff)
				start_shell();	/* /etc/rc has finished */
		}
		if (got_alarm) {
			got_alarm = 0;
			if (!sh_pid && !rc_pid)
				start_shell();
		}
		if (got_stop)
			shutdown_system(got_stop, &wake);
		if (!got_child && !got_alarm)
			sigsuspend(&wake);
	}
}
