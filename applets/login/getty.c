/* getty - open a terminal line and ask for a login name
 *
 * APPLET(getty, SBIN)
 * usage: getty [-iLhU] [-f ISSUE] [-l LOGIN] [-t TIMEOUT] [-H HOST] PORT BAUD[,BAUD...] [TERM]
 *
 * Open PORT (/dev/PORT unless it starts with /; - is standard input) as the
 * controlling terminal of a new session, set its speed and modes, show /etc/issue,
 * prompt "HOSTNAME login: ", read the name and run "/bin/login -- NAME" with TERM set
 * (default: linux on ttyN, vt102 elsewhere). BAUD 0 keeps the speed; with a list, a
 * BREAK (a NUL byte) moves on to the next speed. The agetty order BAUD PORT works too.
 * In /etc/issue: \n host name, \l line, \s system, \r release, \v version, \m machine,
 * \o domain, \d date, \t time, \\ a backslash.
 *
 * -i          do not show the issue file
 * -f ISSUE    show ISSUE instead of /etc/issue
 * -L          local line: ignore the modem's carrier detect (CLOCAL)
 * -h          hardware (RTS/CTS) flow control
 * -U, --hangup  hang up the line first (vhangup), closing what others have open on it
 * -l LOGIN    run LOGIN instead of /bin/login
 * -t TIMEOUT  give up after TIMEOUT seconds without a name
 * -H HOST     pass -h HOST to login
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

static const struct { unsigned long bps; speed_t code; } speeds[] = {
	{ 0, B0 }, { 50, B50 }, { 75, B75 }, { 110, B110 }, { 134, B134 }, { 150, B150 },
	{ 200, B200 }, { 300, B300 }, { 600, B600 }, { 1200, B1200 }, { 1800, B1800 },
	{ 2400, B2400 }, { 4800, B4800 }, { 9600, B9600 }, { 19200, B19200 },
	{ 38400, B38400 }, { 57600, B57600 }, { 115200, B115200 }, { 230400, B230400 },
	{ 460800, B460800 }, { 500000, B500000 }, { 576000, B576000 }, { 921600, B921600 },
	{ 1000000, B1000000 }, { 1152000, B1152000 }, { 1500000, B1500000 },
	{ 2000000, B2000000 }, { 2500000, B2500000 }, { 3000000, B3000000 },
	{ 3500000, B3500000 }, { 4000000, B4000000 },
};

static int parse_speeds(const char *s, speed_t *out, int max)
{
	int n = 0;
	while (*s) {
		char *end;
		unsigned long v = strtoul(s, &end, 10);
		size_t i;
		if (end == s || (*end && *end != ',') || n == max)
			return -1;
		for (i = 0; i < sizeof speeds / sizeof speeds[0] && speeds[i].bps != v; i++)
			;
		if (i == sizeof speeds / sizeof speeds[0])
			return -1;
		out[n++] = speeds[i].code;
		s = *end ? end + 1 : end;
	}
	return n;
}

static void on_alarm(int sig)
{
	(void)sig;
	_exit(1);
}

static void show_issue(const char *file, const char *line)
{
	FILE *f = fopen(file, "r");
	struct utsname u;
	int c;
	if (!f)
		return;
	if (uname(&u) < 0)
		memset(&u, 0, sizeof u);
	while ((c = getc(f)) != EOF) {
		if (c != '\\') {
			putchar(c);
			continue;
		}
		char buf[64];
		time_t t = time(0);
		struct tm tm;
		switch (c = getc(f)) {
		case 's': fputs(u.sysname, stdout); break;
		case 'n': fputs(u.nodename, stdout); break;
		case 'r': fputs(u.release, stdout); break;
		case 'v': fputs(u.version, stdout); break;
		case 'm': fputs(u.machine, stdout); break;
		case 'o': fputs(u.domainname, stdout); break;
		case 'l': fputs(line, stdout); break;
		case 'd':
			strftime(buf, sizeof buf, "%a %b %e %Y", localtime_r(&t, &tm));
			fputs(buf, stdout);
			break;
		case 't':
			strftime(buf, sizeof buf, "%H:%M:%S", localtime_r(&t, &tm));
			fputs(buf, stdout);
			break;
		case EOF: putchar('\\'); break;
		case '\\': putchar('\\'); break;
		default: putchar('\\'); putchar(c);
		}
	}
	fclose(f);
	fflush(stdout);
}

/* Raw mode while the name is read: no echo (we echo), a BREAK reads as NUL. */
static void set_raw(struct termios *t, speed_t speed, int local, int rtscts)
{
	t->c_iflag = 0;
	t->c_oflag = OPOST | ONLCR;
	t->c_lflag = 0;
	t->c_cflag &= ~(CSIZE | PARENB | CLOCAL | CRTSCTS);
	t->c_cflag |= CS8 | CREAD | HUPCL | (local ? CLOCAL : 0) | (rtscts ? CRTSCTS : 0);
	t->c_cc[VMIN] = 1;
	t->c_cc[VTIME] = 0;
	if (speed != B0) {
		cfsetispeed(t, speed);
		cfsetospeed(t, speed);
	}
	tcsetattr(0, TCSADRAIN, t);
}

/* The usual cooked modes for login and the shell. */
static void set_sane(struct termios *t, int erase)
{
	t->c_iflag = ICRNL | IXON | BRKINT | IMAXBEL | IUTF8;
	t->c_oflag = OPOST | ONLCR;
	t->c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | IEXTEN | ECHOCTL | ECHOKE;
	static const struct { int i; unsigned char c; } cc[] = {
		{ VINTR, 3 }, { VQUIT, 0x1c }, { VERASE, 0x7f }, { VKILL, 0x15 }, { VEOF, 4 },
		{ VSTART, 0x11 }, { VSTOP, 0x13 }, { VSUSP, 0x1a }, { VWERASE, 0x17 },
		{ VLNEXT, 0x16 }, { VREPRINT, 0x12 }, { VMIN, 1 }, { VTIME, 0 },
	};
	for (size_t i = 0; i < sizeof cc / sizeof cc[0]; i++)
		t->c_cc[cc[i].i] = cc[i].c;
	t->c_cc[VERASE] = (unsigned char)erase;
	tcsetattr(0, TCSADRAIN, t);
}

static void out(const char *s, size_t n)
{
	full_write(1, s, n);
}

int getty_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "iLhU(hangup)f:l:t:H:");
	const char *issue = "/etc/issue", *loginprog = "/bin/login", *rhost = 0;
	int noissue = 0, local = 0, rtscts = 0, hangup = 0, c;
	long timeout = 0;
	char *end;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'i': noissue = 1; break;
		case 'L': local = 1; break;
		case 'h': rtscts = 1; break;
		case 'U': hangup = 1; break;
		case 'f': issue = o.arg; break;
		case 'l': loginprog = o.arg; break;
		case 'H': rhost = o.arg; break;
		case 't':
			timeout = strtol(o.arg, &end, 10);
			if (!*o.arg || *end || timeout < 0) {
				warn_msg("invalid timeout '%s'", o.arg);
				return 1;
			}
			break;
		default:
			return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc < 2 || argc > 3) {
		if (argc > 3)
			warn_msg("extra operand '%s'", argv[3]);
		return usage();
	}
	const char *port = argv[0], *baud = argv[1];
	if (port[0] >= '0' && port[0] <= '9') {	/* agetty: BAUD PORT */
		port = argv[1];
		baud = argv[0];
	}
	speed_t sp[16];
	int nsp = parse_speeds(baud, sp, 16), cur = 0;
	if (nsp <= 0)
		die("invalid speed '%s'", baud);

	char *path = 0;
	const char *line = port;
	if (strcmp(port, "-")) {
		if (port[0] == '/') {
			path = xstrdup(port);
		} else {
			path = xmalloc(strlen(port) + 6);
			sprintf(path, "/dev/%s", port);
		}
		line = strncmp(path, "/dev/", 5) ? path : path + 5;
		setsid();	/* fails only if we lead a session already: fine */
		int fd = open(path, O_RDWR | O_NOCTTY | O_NONBLOCK);
		if (fd < 0)
			die_errno("%s", path);
		if (!isatty(fd))
			die("%s: not a terminal", path);
		if (ioctl(fd, TIOCSCTTY, 1) < 0)
			warn_errno("%s: cannot make it the controlling terminal", path);
		if (hangup) {
			/* Ignore the SIGHUP vhangup sends us too, then open the line anew. */
			signal(SIGHUP, SIG_IGN);
			if (vhangup() < 0)
				warn_errno("vhangup");
			close(fd);
			if ((fd = open(path, O_RDWR | O_NOCTTY | O_NONBLOCK)) < 0)
				die_errno("%s", path);
			ioctl(fd, TIOCSCTTY, 1);
			signal(SIGHUP, SIG_DFL);
		}
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
		for (int i = 0; i < 3; i++)
			if (fd != i && dup2(fd, i) < 0)
				die_errno("dup2");
		if (fd > 2)
			close(fd);
		/* The line belongs to root until login hands it over. */
		if (fchown(0, 0, 0) < 0 || fchmod(0, 0600) < 0)
			warn_errno("%s", path);
	} else {
		char *t = ttyname(0);
		line = t ? (strncmp(t, "/dev/", 5) ? t : t + 5) : "-";
		line = xstrdup(line);
	}
	struct termios t;
	if (tcgetattr(0, &t) < 0)
		die_errno("%s", path ? path : "standard input");
	if (timeout) {
		signal(SIGALRM, on_alarm);
		alarm((unsigned)timeout);
	}

	struct utsname u;
	const char *host = uname(&u) == 0 ? u.nodename : "localhost";
	char name[256];
	size_t len = 0;
	int erase = 0x7f, fresh = 1;
	set_raw(&t, sp[cur], local, rtscts);
	for (;;) {
		if (fresh) {
			if (!noissue)
				show_issue(issue, line);
			fresh = 0;
		}
		char prompt[300];
		int n = snprintf(prompt, sizeof prompt, "%s login: ", host);
		out(prompt, n < (int)sizeof prompt ? (size_t)n : sizeof prompt - 1);
		len = 0;
		int done = 0;
		while (!done) {
			unsigned char ch;
			ssize_t r = read(0, &ch, 1);
			if (r < 0 && errno == EINTR)
				continue;
			if (r <= 0)
				return 1;	/* hung up */
			switch (ch) {
			case 0:	/* BREAK: the next speed */
				if (nsp > 1) {
					cur = (cur + 1) % nsp;
					set_raw(&t, sp[cur], local, rtscts);
				}
				out("\r\n", 2);
				fresh = 1;
				done = 2;
				break;
			case '\r': case '\n':
				out("\r\n", 2);
				done = 1;
				break;
			case 0x7f: case '\b':
				erase = ch;
				if (len) {
					len--;
					out("\b \b", 3);
				}
				break;
			case 0x15:	/* ^U */
				for (; len; len--)
					out("\b \b", 3);
				break;
			case 3:	/* ^C: start over */
				out("\r\n", 2);
				done = 2;
				break;
			case 4:	/* ^D on an empty line: give up */
				if (!len) {
					out("\r\n", 2);
					return 0;
				}
				break;
			default:
				if (ch == ' ' && !len)
					break;	/* leading blanks are noise */
				if (ch >= ' ' && len < sizeof name - 1) {
					name[len++] = (char)ch;
					out((char *)&ch, 1);
				}
			}
		}
		while (len && name[len - 1] == ' ')
			len--;
		if (done == 2 || !len)
			continue;
		name[len] = 0;
		if (name[0] == '-') {
			out("A login name cannot start with '-'\r\n", 36);
			continue;
		}
		break;
	}
	alarm(0);
	set_sane(&t, erase);
	const char *term = argc == 3 ? argv[2] : getenv("TERM");
	if (!term || !*term)
		term = !strncmp(line, "tty", 3) && line[3] >= '0' && line[3] <= '9' ? "linux" : "vt102";
	setenv("TERM", term, 1);
	char *args[7];
	int k = 0;
	args[k++] = "login";
	if (rhost) {
		args[k++] = "-h";
		args[k++] = (char *)rhost;
	}
	args[k++] = "--";
	args[k++] = name;
	args[k] = 0;
	execv(loginprog, args);
	die_errno("%s", loginprog);
}
