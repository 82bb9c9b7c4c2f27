#include <time.h>
#include <unistd.h>
#include <errno.h>
#include "syscall.h"

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	return syscall_r(SYS_nanosleep, req, rem);
}

/* Returns the error number, not -1. */
int clock_nanosleep(clockid_t clk, int flags, const struct timespec *req, struct timespec *rem)
{
	return -__syscall(SYS_clock_nanosleep, clk, flags, req, rem);
}

unsigned sleep(unsigned s)
{
	struct timespec ts = { s, 0 };
	if (nanosleep(&ts, &ts)) return ts.tv_sec + (ts.tv_nsec > 0);
	return 0;
}

int usleep(useconds_t us)
{
	struct timespec ts = { us / 1000000, us % 1000000 * 1000 };
	return nanosleep(&ts, 0);
}
