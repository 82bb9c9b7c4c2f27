#include <termios.h>
#include <sys/ioctl.h>

int tcsendbreak(int fd, int dur)
{
	/* Any duration means the standard 0.25-0.5 s break. */
	return ioctl(fd, TCSBRK, 0);
}

int tcdrain(int fd)
{
	return ioctl(fd, TCSBRK, 1);
}

int tcflush(int fd, int q)
{
	return ioctl(fd, TCFLSH, q);
}

int tcflow(int fd, int act)
{
	return ioctl(fd, TCXONC, act);
}

pid_t tcgetsid(int fd)
{
	int sid;
	if (ioctl(fd, TIOCGSID, &sid) < 0) return -1;
	return sid;
}
