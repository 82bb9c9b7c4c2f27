#include <string.h>

/* glibc's texts. Real-time signals count from SIGRTMIN (34: glibc keeps 32 and 33). */
static const char *const names[] = {
	[1] = "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap",
	"Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
	"Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock",
	"Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)",
	"Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition",
	"CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
	"Profiling timer expired", "Window changed", "I/O possible", "Power failure",
	"Bad system call",
};

static char *fmt(char *buf, const char *prefix, int n)
{
	char tmp[16], *p = tmp + sizeof tmp;
	unsigned u = n < 0 ? -(unsigned)n : (unsigned)n;
	*--p = 0;
	do
		*--p = '0' + u % 10;
	while (u /= 10);
	if (n < 0)
		*--p = '-';
	strcpy(stpcpy(buf, prefix), p);
	return buf;
}

char *strsignal(int sig)
{
	static char buf[40];
	if (sig > 0 && (unsigned)sig < sizeof names / sizeof *names)
		return (char *)names[sig];
	if (sig >= 34 && sig <= 64)
		return fmt(buf, "Real-time signal ", sig - 34);
	return fmt(buf, "Unknown signal ", sig);
}
