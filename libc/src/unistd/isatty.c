#include <unistd.h>
#include <sys/ioctl.h>
#include "syscall.h"

int isatty(int fd)
{
	struct winsize ws;
	/* TIOCGWINSZ works on every terminal and fails with ENOTTY elsewhere. */
	return syscall_r(SYS_ioctl, fd, TIOCGWINSZ, &ws) == 0;
}
