/* login - sign on to the system
 *
 * APPLET(login, BIN)
 * usage: login [-p] [-h HOST] [-f USER | USER]
 *
 * Ask for a user name (unless given) and its password (echo off), check the password
 * against /etc/shadow (or the /etc/passwd field) and start the user's shell as a login
 * shell ("-sh") in their home directory, with their uid, gid and groups. Three tries,
 * with FAIL_DELAY seconds (/etc/login.defs, default 3) after each failure; the whole
 * thing times out after LOGIN_TIMEOUT seconds (default 60). Locked accounts ("!" or
 * "*" in front of the hash) and expired ones are refused. An empty password field lets
 * the user in without a password, as in BusyBox and traditional login; set one with
 * passwd, or lock the account with passwd -l. While /etc/nologin exists only root
 * may log in (its text is shown to the others). /etc/motd is shown unless
 * ~/.hushlogin exists. Must run as root.
 *
 * -f USER  USER is already authenticated (root only): no password asked
 * -h HOST  the remote host, for the messages
 * -p       keep the environment (TERM is always kept)
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <termios.h>
#include <unistd.h>
#include "ring3.h"

static struct termios saved_tty;
static int have_tty;

static void on_alarm(int sig)
{
	static const char msg[] = "\nLogin timed out\n";
	(void)sig;
	if (have_tty)	/* the echo may be off: a password was being asked */
		tcsetattr(0, TCSANOW, &saved_tty);
	write(2, msg, sizeof msg - 1);
	_exit(1);
}

/* The user name, read from the terminal with the echo on. NULL at end of input. */
static char *ask_name(const char *host)
{
	char buf[256];
	size_t len = 0;
	int over = 0;
	for (;;) {
		fprintf(stderr, "%s login: ", host);
		fflush(stderr);
		len = 0;
		over = 0;
		for (;;) {
			char c;
			ssize_t n = read(0, &c, 1);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				return 0;
			if (c == '\n' || c == '\r')
				break;
			if (len < sizeof buf - 1)
				buf[len++] = c;
			else
				over = 1;
		}
		buf[len] = 0;
		/* Leading blanks are a slip of the finger; a name is never empty. */
		char *s = buf + strspn(buf, " \t");
		if (*s && !over)
			return xstrdup(s);
	}
}

/* Print a file (motd, nologin) to stdout; missing is fine. */
static void show_file(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), which;
	if (fd < 0)
		return;
	fflush(stdout);
	copy_fd(fd, 1, &which);
	close(fd);
}

static void set_env(const struct passwd *pw, int keep)
{
	const char *term = getenv("TERM");
	char *t = term ? xstrdup(term) : 0;
	if (!keep)
		clearenv();
	if (t)
		setenv("TERM", t, 1);
	setenv("HOME", pw->pw_dir, 1);
	setenv("SHELL", pw->pw_shell, 1);
	setenv("USER", pw->pw_name, 1);
	setenv("LOGNAME", pw->pw_name, 1);
	char *path = login_def(0, pw->pw_uid ? "ENV_PATH" : "ENV_SUPATH");
	const char *p = path && !strncmp(path, "PATH=", 5) ? path + 5 : path;
	if (!p)
		p = pw->pw_uid ? "/usr/local/bin:/usr/bin:/bin" : "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
	setenv("PATH", p, 1);
	free(path);
	free(t);
}

int login_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "f:h:p");
	const char *preauth = 0, *rhost = 0;
	int keep = 0, c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'f': preauth = o.arg; break;
		case 'h': rhost = o.arg; break;
		case 'p': keep = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc > 1 || (preauth && argc)) {
		warn_msg("extra operand '%s'", argv[preauth ? 0 : 1]);
		return usage();
	}
	if (geteuid() != 0)
		die("must be run as root");
	if (preauth && getuid() != 0)
		die("-f is for root only");

	struct utsname u;
	const char *host = uname(&u) == 0 ? u.nodename : "localhost";
	long delay = login_def_num(0, "FAIL_DELAY", 3), timeout = login_def_num(0, "LOGIN_TIMEOUT", 60);
	have_tty = tcgetattr(0, &saved_tty) == 0;
	struct sigaction sa = { .sa_handler = on_alarm };
	sigaction(SIGALRM, &sa, 0);
	if (timeout > 0)
		alarm((unsigned)timeout);
	signal(SIGQUIT, SIG_IGN);

	char *name = preauth ? xstrdup(preauth) : argc ? xstrdup(argv[0]) : 0;
	struct passwd *pw = 0;
	int ok = 0;
	for (int tries = 0; !ok && tries < 3; tries++) {
		if (!name && !(name = ask_name(host))) {
			fputc('\n', stderr);
			return 1;
		}
		pw = getpwnam(name);
		if (preauth) {
			if (!pw)
				die("%s: unknown user", name);
			ok = 1;
			break;
		}
		int expired = 0;
		const char *stored = pw ? pw_account_hash(pw->pw_name, pw->pw_passwd, &expired) : "!";
		if (pw && !*stored) {
			ok = 1;	/* an empty password field: documented above */
			break;
		}
		char *pass = pw_ask("Password: ");
		if (!pass) {
			fputc('\n', stderr);
			return 1;
		}
		if (pw)
			ok = pw_verify(pass, stored);
		if (!pw || stored[0] == '!' || stored[0] == '*')
			pw_burn(stored);	/* take a check's time: unknown and locked look alike */
		pw_free(pass);
		if (ok && expired) {
			fprintf(stderr, "Your account has expired; please contact your system administrator\n");
			ok = 0;
		}
		if (!ok) {
			if (delay > 0)
				sleep((unsigned)delay);
			fprintf(stderr, "Login incorrect%s%s\n", rhost ? " from " : "", rhost ? rhost : "");
			free(name);
			name = 0;
		}
	}
	if (!ok) {
		fprintf(stderr, "Maximum number of tries exceeded (3)\n");
		return 1;
	}
	alarm(0);
	/* pw points into a static buffer: take copies before anything else looks up. */
	struct passwd u2 = *pw;
	u2.pw_name = xstrdup(pw->pw_name);
	u2.pw_dir = xstrdup(*pw->pw_dir ? pw->pw_dir : "/");
	u2.pw_shell = xstrdup(*pw->pw_shell ? pw->pw_shell : "/bin/sh");
	pw = &u2;

	if (pw->pw_uid != 0 && access("/etc/nologin", F_OK) == 0) {
		show_file("/etc/nologin");
		fprintf(stderr, "Logins are disabled\n");
		return 1;
	}
	/* The terminal becomes the user's, readable by no one else. */
	if (isatty(0) && (fchown(0, pw->pw_uid, pw->pw_gid) < 0 || fchmod(0, 0600) < 0))
		warn_errno("cannot give the terminal to %s", pw->pw_name);
	if (initgroups(pw->pw_name, pw->pw_gid) < 0)
		die_errno("initgroups");
	if (setgid(pw->pw_gid) < 0)
		die_errno("setgid");
	if (setuid(pw->pw_uid) < 0)
		die_errno("setuid");
	set_env(pw, keep);
	if (chdir(pw->pw_dir) < 0) {
		fprintf(stderr, "No home directory %s, logging in with HOME=/\n", pw->pw_dir);
		if (chdir("/") < 0)
			die_errno("/");
		setenv("HOME", "/", 1);
	}
	if (access(".hushlogin", F_OK) != 0)
		show_file("/etc/motd");
	fflush(stdout);

	signal(SIGQUIT, SIG_DFL);
	signal(SIGALRM, SIG_DFL);
	const char *base = strrchr(pw->pw_shell, '/');
	base = base ? base + 1 : pw->pw_shell;
	char *arg0 = xmalloc(strlen(base) + 2);
	arg0[0] = '-';
	strcpy(arg0 + 1, base);
	char *args[] = { arg0, 0 };
	execv(pw->pw_shell, args);
	die_errno("%s", pw->pw_shell);
}
