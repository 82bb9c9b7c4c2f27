#include <unistd.h>
#include <errno.h>
#include <limits.h>
#include <sys/resource.h>

int nice(int inc)
{
	errno = 0;
	int p = getpriority(PRIO_PROCESS, 0);
	if (p == -1 && errno) return -1;
	p += inc;
	if (p > NZERO - 1) p = NZERO - 1;
	if (p < -NZERO) p = -NZERO;
	if (setpriority(PRIO_PROCESS, 0, p) < 0) {
		if (errno == EACCES) errno = EPERM;
		return -1;
	}
	return p;
}
