#include <fcntl.h>
#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"

FILE *fopen(const char *restrict path, const char *restrict mode)
{
	int flags = __fmodeflags(mode), fd;
	FILE *f;

	if (flags < 0) {
		errno = EINVAL;
		return 0;
	}
	fd = open(path, flags, 0666);
	if (fd < 0)
		return 0;
	f = __fdopen_flags(fd, flags);
	if (!f)
		close(fd);
	return f;
}
