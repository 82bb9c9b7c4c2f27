/* Reads and writes that survive EINTR and short transfers, and a zero-copy copy loop. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

ssize_t safe_read(int fd, void *buf, size_t len)
{
	ssize_t n;
	do
		n = read(fd, buf, len);
	while (n < 0 && errno == EINTR);
	return n;
}

ssize_t full_write(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	size_t left = len;
	while (left) {
		ssize_t n = write(fd, p, left);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		left -= n;
	}
	return len;
}

int write_str(int fd, const char *s)
{
	return full_write(fd, s, strlen(s)) < 0 ? -1 : 0;
}

int open_input(const char *name)
{
	if (!strcmp(name, "-"))
		return 0;
	int fd = open(name, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		warn_errno("%s", name);
	return fd;
}

enum { CHUNK = 1 << 20 };

/* One zero-copy step: bytes moved, 0 at end of file, -1 when this path can't be used
 * (any error: the read/write loop then retries and reports which side failed). */
static ssize_t zero_copy_step(int in, int out, int how)
{
	ssize_t n;
	do {
		if (how == 'p')
			n = splice(in, 0, out, 0, CHUNK, SPLICE_F_MORE);
		else if (how == 'c')
			n = copy_file_range(in, 0, out, 0, CHUNK, 0);
		else
			n = sendfile(out, in, 0, CHUNK);
	} while (n < 0 && errno == EINTR);
	return n;
}

static int pick_zero_copy(int in, int out)
{
	struct stat si, so;
	if (fstat(in, &si) || fstat(out, &so))
		return 0;
	if (S_ISFIFO(so.st_mode) || S_ISFIFO(si.st_mode))
		return 'p';
	if (!S_ISREG(si.st_mode))
		return 0;
	return S_ISREG(so.st_mode) ? 'c' : 's';
}

int copy_fd(int in, int out, int *failed_fd)
{
	static char buf[128 << 10];
	int how = pick_zero_copy(in, out);
	int moved = 0;
	while (how) {
		ssize_t n = zero_copy_step(in, out, how);
		/* pseudo-files (/proc, /sys) can report 0 at once: let read() decide */
		if (n == 0 && moved)
			return 0;
		if (n <= 0)
			break;
		moved = 1;
	}
	for (;;) {
		ssize_t n = safe_read(in, buf, sizeof buf);
		if (n == 0)
			return 0;
		if (n < 0) {
			if (failed_fd)
				*failed_fd = in;
			return -1;
		}
		if (full_write(out, buf, n) < 0) {
			if (failed_fd)
				*failed_fd = out;
			return -1;
		}
	}
}
