#include <unistd.h>
#include <fcntl.h>

int daemon(int nochdir, int noclose)
{
	if (!nochdir && chdir("/")) return -1;
	if (!noclose) {
		int fd = open("/dev/null", O_RDWR);
		if (fd < 0) return -1;
		int r = dup2(fd, 0) < 0 || dup2(fd, 1) < 0 || dup2(fd, 2) < 0;
		if (fd > 2) close(fd);
		if (r) return -1;
	}
	switch (fork()) {
	case -1: return -1;
	case 0: break;
	default: _exit(0);
	}
	if (setsid() < 0) return -1;
	/* A second fork: the daemon is no session leader, so it can never get a
	 * controlling terminal back by opening one. */
	switch (fork()) {
	case -1: return -1;
	case 0: return 0;
	default: _exit(0);
	}
}
