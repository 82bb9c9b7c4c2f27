/* enter: run a command (by default ring3's interactive shell) inside a root filesystem
 * tree, without root and without installing anything: a new user namespace maps the
 * caller to root, a mount namespace gets the tree as its root (pivot_root), a PID
 * namespace makes the command process 1, and a UTS namespace lets it have its own
 * hostname. Run as root it works the same way.
 *
 *   enter ROOTFS [COMMAND [ARG...]]      (default: /bin/sh -i)
 *
 * devtmpfs cannot be mounted in a user namespace, so /dev is a tmpfs holding the
 * host's null, zero, full, random, urandom and tty (bind mounts), the terminal as
 * /dev/console, and a private devpts instance. /proc is the new PID namespace's own,
 * /sys is the host's (read-only bind), /tmp and /run are fresh tmpfs mounts.
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void die(const char *what, const char *name)
{
	fprintf(stderr, "enter: %s%s%s: %s\n", what, name ? " " : "", name ? name : "",
		strerror(errno));
	exit(125);
}

static void warn(const char *what, const char *name)
{
	fprintf(stderr, "enter: warning: %s %s: %s\n", what, name, strerror(errno));
}

static int write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = write(fd, text, strlen(text));
	int saved = errno;
	close(fd);
	errno = saved;
	return n == (ssize_t)strlen(text) ? 0 : -1;
}

/* Bind the host's device file src over an empty file created at dst. */
static void bind_dev(const char *src, const char *dst)
{
	int fd = open(dst, O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
	if (fd < 0) {
		warn("create", dst);
		return;
	}
	close(fd);
	if (mount(src, dst, 0, MS_BIND, 0)) {
		warn("bind", src);
		unlink(dst);
	}
}

static void setup_root(const char *root)
{
	char path[4096];
	if (mount(0, "/", 0, MS_REC | MS_PRIVATE, 0))
		die("make / private", 0);
	if (mount(root, root, 0, MS_BIND | MS_REC, 0))
		die("bind", root);
	if (chdir(root))
		die("chdir", root);
	/* From here paths are relative to the new root's directory. */
	static const char *const dirs[] = { "proc", "sys", "dev", "tmp", "run" };
	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++)
		if (mkdir(dirs[i], 0755) && errno != EEXIST)
			die("mkdir", dirs[i]);
	if (mount("proc", "proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, 0))
		die("mount", "/proc");
	if (mount("/sys", "sys", 0, MS_BIND | MS_REC, 0))
		warn("bind", "/sys");
	if (mount("tmpfs", "tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777"))
		warn("mount", "/tmp");
	if (mount("tmpfs", "run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=755"))
		warn("mount", "/run");
	if (mount("tmpfs", "dev", "tmpfs", MS_NOSUID, "mode=755"))
		die("mount", "/dev");
	static const char *const devs[] = { "null", "zero", "full", "random", "urandom", "tty" };
	for (size_t i = 0; i < sizeof devs / sizeof devs[0]; i++) {
		snprintf(path, sizeof path, "/dev/%s", devs[i]);
		bind_dev(path, path + 1);
	}
	const char *tty = ttyname(0);
	if (tty)
		bind_dev(tty, "dev/console");
	if (mkdir("dev/pts", 0755) ||
	    mount("devpts", "dev/pts", "devpts", MS_NOSUID | MS_NOEXEC,
		  "newinstance,ptmxmode=0666,mode=0620"))
		warn("mount", "/dev/pts");
	else if (symlink("pts/ptmx", "dev/ptmx"))
		warn("symlink", "/dev/ptmx");
	if (symlink("/proc/self/fd", "dev/fd") || symlink("/proc/self/fd/0", "dev/stdin") ||
	    symlink("/proc/self/fd/1", "dev/stdout") || symlink("/proc/self/fd/2", "dev/stderr"))
		warn("symlink", "/dev/fd");
	/* pivot_root with the same directory twice stacks the old root under the new one;
	 * detaching it leaves only the tree. */
	if (syscall(SYS_pivot_root, ".", "."))
		die("pivot_root", root);
	if (umount2(".", MNT_DETACH))
		die("detach the old root", 0);
	if (chdir("/"))
		die("chdir", "/");
	if (mount(0, "/sys", 0, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV |
		  MS_NOEXEC, 0) && errno != EPERM)
		warn("read-only", "/sys");
}

int main(int argc, char **argv)
{
	if (argc < 2 || argv[1][0] == '-') {
		fprintf(stderr, "usage: enter ROOTFS [COMMAND [ARG...]]\n");
		return 125;
	}
	char root[4096];
	if (!realpath(argv[1], root))
		die("", argv[1]);
	uid_t uid = geteuid();
	gid_t gid = getegid();
	int flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWUTS | CLONE_NEWIPC;
	if (unshare(CLONE_NEWUSER | flags) == 0) {
		char map[64];
		if (write_file("/proc/self/setgroups", "deny") && errno != ENOENT)
			die("write", "/proc/self/setgroups");
		snprintf(map, sizeof map, "0 %lu 1\n", (unsigned long)uid);
		if (write_file("/proc/self/uid_map", map))
			die("write", "/proc/self/uid_map");
		snprintf(map, sizeof map, "0 %lu 1\n", (unsigned long)gid);
		if (write_file("/proc/self/gid_map", map))
			die("write", "/proc/self/gid_map");
	} else if (uid != 0 || unshare(flags)) {
		/* no user namespaces here (sysctl kernel.unprivileged_userns_clone=0?) */
		die("unshare", "(user, mount and PID namespaces)");
	}

	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	pid_t pid = fork();
	if (pid < 0)
		die("fork", 0);
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		/* Own the terminal's foreground as a process group of this PID namespace: a
		 * job-control shell hands the terminal back to it when it exits. */
		if (isatty(0)) {
			signal(SIGTTOU, SIG_IGN);
			if (setpgid(0, 0) == 0)
				tcsetpgrp(0, getpgrp());
			signal(SIGTTOU, SIG_DFL);
		}
		setup_root(root);
		if (sethostname("ring3", 5))
			warn("sethostname", "ring3");
		char *term = getenv("TERM");
		char *env[] = { "PATH=/bin:/sbin:/usr/bin:/usr/sbin", "HOME=/root", "USER=root",
			"LOGNAME=root", "SHELL=/bin/sh", 0, 0 };
		char termvar[256];
		if (term) {
			snprintf(termvar, sizeof termvar, "TERM=%s", term);
			env[5] = termvar;
		}
		if (chdir("/root"))
			(void)chdir("/");
		static char *shell[] = { "/bin/sh", "-i", 0 };
		char **cmd = argc > 2 ? argv + 2 : shell;
		execve(cmd[0], cmd, env);
		die("exec", cmd[0]);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			die("wait", 0);
	/* The shell may have taken the terminal's foreground: take it back. */
	if (isatty(0)) {
		signal(SIGTTOU, SIG_IGN);
		tcsetpgrp(0, getpgrp());
	}
	/* reboot(2) in a PID namespace ends its init with SIGHUP (restart) or SIGINT (power
	 * off, halt): what init does on poweroff, reboot and halt, so a normal end. */
	if (WIFSIGNALED(status))
		return WTERMSIG(status) == SIGINT || WTERMSIG(status) == SIGHUP ? 0 :
			128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}
