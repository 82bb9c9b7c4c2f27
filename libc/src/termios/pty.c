#include <stdlib.h>
#include <stdio.h>
#include <fcntl.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <pty.h>
#include <utmp.h>

int posix_openpt(int flags)
{
	return open("/dev/ptmx", flags);
}

/* devpts sets ownership and mode itself. */
int grantpt(int fd)
{
	return 0;
}

int unlockpt(int fd)
{
	int unlock = 0;
	return ioctl(fd, TIOCSPTLCK, &unlock);
}

int ptsname_r(int fd, char *buf, size_t len)
{
	unsigned n;
	if (ioctl(fd, TIOCGPTN, &n)) return errno;
	if ((size_t)snprintf(buf, len, "/dev/pts/%u", n) >= len) return ERANGE;
	return 0;
}

char *ptsname(int fd)
{
	static char buf[32];
	int e = ptsname_r(fd, buf, sizeof buf);
	if (e) {
		errno = e;
		return 0;
	}
	return buf;
}

int openpty(int *master, int *slave, char *name, const struct termios *t,
	const struct winsize *ws)
{
	char path[32];
	int m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC), s;
	if (m < 0) return -1;
	if (unlockpt(m) || ptsname_r(m, path, sizeof path) ||
		(s = open(path, O_RDWR | O_NOCTTY)) < 0) {
		close(m);
		return -1;
	}
	if (t) tcsetattr(s, TCSANOW, t);
	if (ws) ioctl(s, TIOCSWINSZ, ws);
	if (name) strcpy(name, path);
	*master = m;
	*slave = s;
	return 0;
}

int login_tty(int fd)
{
	setsid();
	if (ioctl(fd, TIOCSCTTY, 0)) return -1;
	dup2(fd, 0);
	dup2(fd, 1);
	dup2(fd, 2);
	if (fd > 2) close(fd);
	return 0;
}

pid_t forkpty(int *master, char *name, const struct termios *t, const struct winsize *ws)
{
	int m, s;
	if (openpty(&m, &s, name, t, ws)) return -1;
	pid_t pid = fork();
	if (pid == 0) {
		close(m);
		if (login_tty(s)) _exit(127);
		return 0;
	}
	close(s);
	if (pid < 0) {
		close(m);
		return -1;
	}
	*master = m;
	return pid;
}
