/* sync - write cached data to storage
 *
 * APPLET(sync, BIN)
 * usage: sync [-df] [FILE...]
 *
 * Flush all file systems' cached writes to storage, or only those of each FILE.
 *
 * -d  only the file data, not metadata that is not needed to read it (--data)
 * -f  the whole file system each FILE is on (--file-system)
 */
#include <fcntl.h>
#include <unistd.h>
#include "ring3.h"

int sync_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "d(data)f(file-system)");
	int c, data = 0, fs = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'd': data = 1; break;
		case 'f': fs = 1; break;
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (data && fs) {
		warn_msg("cannot specify both --data and --file-system");
		return usage();
	}
	if (!argc) {
		if (data || fs) {
			warn_msg("--data needs at least one argument");
			return usage();
		}
		sync();
		return 0;
	}
	int status = 0;
	for (int i = 0; i < argc; i++) {
		int fd = open(argv[i], O_RDONLY | O_NONBLOCK | O_CLOEXEC);
		if (fd < 0)
			fd = open(argv[i], O_WRONLY | O_NONBLOCK | O_CLOEXEC);
		if (fd < 0) {
			warn_errno("error opening '%s'", argv[i]);
			status = 1;
			continue;
		}
		int r = fs ? syncfs(fd) : data ? fdatasync(fd) : fsync(fd);
		if (r) {
			warn_errno("error syncing '%s'", argv[i]);
			status = 1;
		}
		close(fd);
	}
	return status;
}
