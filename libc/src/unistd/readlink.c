#include <unistd.h>
#include <fcntl.h>
#include "syscall.h"

ssize_t readlinkat(int dir, const char *restrict path, char *restrict buf, size_t n)
{
	/* A zero-size buffer is EINVAL for the kernel; give it one byte to learn
	 * whether path is a link, and report 0. */
	char tmp[1];
	if (!n) {
		buf = tmp;
		n = 1;
	}
	long r = __syscall(SYS_readlinkat, dir, path, buf, n);
	if (buf == tmp && r > 0) r = 0;
	return __syscall_ret(r);
}

ssize_t readlink(const char *restrict path, char *restrict buf, size_t n)
{
	return readlinkat(AT_FDCWD, path, buf, n);
}
