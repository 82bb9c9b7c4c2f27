#include <fcntl.h>
#include <stdarg.h>
#include "syscall.h"

/* The mode argument exists only when the file may be created. */
#define MODE_ARG(flags, last) \
	mode_t mode = 0; \
	if ((flags) & O_CREAT || ((flags) & O_TMPFILE) == O_TMPFILE) { \
		va_list ap; \
		va_start(ap, last); \
		mode = va_arg(ap, mode_t); \
		va_end(ap); \
	}

int open(const char *path, int flags, ...)
{
	MODE_ARG(flags, flags);
	return syscall_r(SYS_openat, AT_FDCWD, path, flags, mode);
}

int openat(int dir, const char *path, int flags, ...)
{
	MODE_ARG(flags, flags);
	return syscall_r(SYS_openat, dir, path, flags, mode);
}

int creat(const char *path, mode_t mode)
{
	return syscall_r(SYS_openat, AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}
