#include <fcntl.h>
#include <errno.h>
#include "stdio_impl.h"

FILE *fdopen(int fd, const char *mode)
{
	int flags = __fmodeflags(mode), fl;

	if (flags < 0) {
		errno = EINVAL;
		return 0;
	}
	if ((fl = fcntl(fd, F_GETFL)) < 0)
		return 0;
	/* "a" promises appending, so the descriptor is made to append too. */
	if ((flags & O_APPEND) && !(fl & O_APPEND))
		fcntl(fd, F_SETFL, fl | O_APPEND);
	if (flags & O_CLOEXEC)
		fcntl(fd, F_SETFD, FD_CLOEXEC);
	return __fdopen_flags(fd, flags);
}
