#include <fcntl.h>
#include <string.h>
#include "stdio_impl.h"

/* fopen's mode string as open(2) flags; -1 when it starts with none of r, w, a. */
int __fmodeflags(const char *mode)
{
	int flags;

	switch (*mode) {
	case 'r': flags = O_RDONLY; break;
	case 'w': flags = O_WRONLY | O_CREAT | O_TRUNC; break;
	case 'a': flags = O_WRONLY | O_CREAT | O_APPEND; break;
	default: return -1;
	}
	if (strchr(mode, '+'))
		flags = (flags & ~O_WRONLY) | O_RDWR;
	if (strchr(mode, 'x'))
		flags |= O_EXCL;
	if (strchr(mode, 'e'))
		flags |= O_CLOEXEC;
	return flags;
}
