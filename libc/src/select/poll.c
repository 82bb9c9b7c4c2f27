#include <poll.h>
#include <signal.h>
#include "syscall.h"

int poll(struct pollfd *fds, nfds_t n, int ms)
{
	struct timespec ts, *tp = 0;
	if (ms >= 0) {
		ts.tv_sec = ms / 1000;
		ts.tv_nsec = ms % 1000 * 1000000L;
		tp = &ts;
	}
	return syscall_r(SYS_ppoll, fds, n, tp, 0, 8);
}

int ppoll(struct pollfd *fds, nfds_t n, const struct timespec *ts, const sigset_t *mask)
{
	/* The kernel updates the timeout it is given; the caller's stays const. */
	struct timespec t, *tp = 0;
	if (ts) {
		t = *ts;
		tp = &t;
	}
	return syscall_r(SYS_ppoll, fds, n, tp, mask, 8);
}
