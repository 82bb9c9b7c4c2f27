#include <fcntl.h>
#include <unistd.h>
#include "stdio_impl.h"

/* An unnamed file in /tmp; when the kernel cannot do O_TMPFILE, a fresh name is created
 * exclusively and unlinked at once. */
FILE *tmpfile(void)
{
	static unsigned seq;
	char name[64];
	int fd = open("/tmp", O_RDWR | O_TMPFILE | O_CLOEXEC, 0600), i;
	FILE *f;

	for (i = 0; fd < 0 && i < 100; i++) {
		snprintf(name, sizeof name, "/tmp/tmpf%d.%u", (int)getpid(), seq++);
		fd = open(name, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd >= 0)
			unlink(name);
	}
	if (fd < 0)
		return 0;
	f = __fdopen_flags(fd, O_RDWR);
	if (!f)
		close(fd);
	return f;
}
