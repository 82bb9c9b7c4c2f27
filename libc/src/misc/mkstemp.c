#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include "syscall.h"

/* The mkstemp family. Weak: stdlib.h is engineer B's, and a strong definition
 * there takes precedence without a clash. */

/* Replace the six X's ending at end with random letters and digits. */
static int fill(char *end)
{
	static const char set[] =
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	unsigned char r[6];
	if (__syscall(SYS_getrandom, r, 6, 0) != 6) {
		struct timespec ts;
		__syscall(SYS_clock_gettime, 1, &ts);
		unsigned long x = ts.tv_nsec ^ (unsigned long)end ^ ((unsigned long)getpid() << 16);
		for (int i = 0; i < 6; i++, x = x * 6364136223846793005UL + 1442695040888963407UL)
			r[i] = x >> 56;
	}
	for (int i = 0; i < 6; i++) end[i - 6] = set[r[i] % (sizeof set - 1)];
	return 0;
}

/* The template's X's are len - suffix - 6 .. len - suffix. */
static char *xs(char *t, int suffix)
{
	size_t n = strlen(t);
	if (suffix < 0 || n < (size_t)suffix + 6 ||
		memcmp(t + n - suffix - 6, "XXXXXX", 6)) {
		errno = EINVAL;
		return 0;
	}
	return t + n - suffix;
}

__attribute__((weak)) int mkostemps(char *t, int suffix, int flags)
{
	char *end = xs(t, suffix);
	if (!end) return -1;
	flags = (flags & ~O_ACCMODE) | O_RDWR | O_CREAT | O_EXCL;
	for (int tries = 0; tries < 100; tries++) {
		fill(end);
		int fd = open(t, flags, 0600);
		if (fd >= 0 || errno != EEXIST) return fd;
	}
	memcpy(end - 6, "XXXXXX", 6);
	return -1;
}

__attribute__((weak)) int mkstemp(char *t) { return mkostemps(t, 0, 0); }
__attribute__((weak)) int mkostemp(char *t, int flags) { return mkostemps(t, 0, flags); }
__attribute__((weak)) int mkstemps(char *t, int suffix) { return mkostemps(t, suffix, 0); }

__attribute__((weak)) char *mkdtemp(char *t)
{
	char *end = xs(t, 0);
	if (!end) return 0;
	for (int tries = 0; tries < 100; tries++) {
		fill(end);
		if (mkdir(t, 0700) == 0) return t;
		if (errno != EEXIST) break;
	}
	memcpy(end - 6, "XXXXXX", 6);
	return 0;
}

/* Unsafe by design (the name can be taken before it is used); kept for old code. */
__attribute__((weak)) char *mktemp(char *t)
{
	char *end = xs(t, 0);
	struct stat st;
	if (!end) {
		if (*t) *t = 0;
		return t;
	}
	for (int tries = 0; tries < 100; tries++) {
		fill(end);
		if (lstat(t, &st) && errno == ENOENT) return t;
	}
	*t = 0;
	return t;
}
