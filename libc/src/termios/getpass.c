#include <unistd.h>
#include <termios.h>
#include <fcntl.h>
#include <string.h>

/* Prompt on and read from the terminal, echo off. */
char *getpass(const char *prompt)
{
	static char buf[128];
	struct termios t, old;
	int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC), mine = fd >= 0;
	if (!mine) fd = 0;
	int tty = tcgetattr(fd, &old) == 0;
	if (tty) {
		t = old;
		t.c_lflag &= ~(ECHO | ISIG);
		t.c_lflag |= ICANON;
		tcsetattr(fd, TCSAFLUSH, &t);
	}
	write(mine ? fd : 2, prompt, strlen(prompt));
	ssize_t n = read(fd, buf, sizeof buf - 1), l = n > 0 ? n : 0;
	while (l && (buf[l - 1] == '\n' || buf[l - 1] == '\r')) l--;
	buf[l] = 0;
	if (tty) {
		tcsetattr(fd, TCSAFLUSH, &old);
		write(mine ? fd : 2, "\n", 1);
	}
	if (mine) close(fd);
	return n < 0 ? 0 : buf;
}
