#include <unistd.h>
#include <errno.h>
#include <string.h>
#include <stdio.h>
#include <sys/stat.h>
#include <limits.h>

/* /proc/self/fd/N names the file; check that it is really the same terminal. */
int ttyname_r(int fd, char *buf, size_t size)
{
	char proc[32];
	struct stat a, b;
	if (!isatty(fd)) return errno;
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(proc, buf, size);
	if (n < 0) return errno;
	if ((size_t)n >= size) return ERANGE;
	buf[n] = 0;
	if (stat(buf, &a) || fstat(fd, &b) || a.st_ino != b.st_ino || a.st_dev != b.st_dev)
		return ENODEV;
	return 0;
}

char *ttyname(int fd)
{
	static char buf[TTY_NAME_MAX > 128 ? TTY_NAME_MAX : 128];
	int e = ttyname_r(fd, buf, sizeof buf);
	if (e) {
		errno = e;
		return 0;
	}
	return buf;
}
