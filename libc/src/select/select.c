#include <sys/select.h>
#include <signal.h>
#include <errno.h>
#include "syscall.h"

int select(int n, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e,
	struct timeval *restrict tv)
{
	/* Linux updates the timeval with the time not slept, which callers may
	 * rely on; select does that itself, and pselect6 (all aarch64 has) does it
	 * to the timespec, which is copied back. */
#ifdef SYS_select
	return syscall_r(SYS_select, n, r, w, e, tv);
#else
	struct timespec ts, *tp = 0;
	if (tv) {
		if (tv->tv_sec < 0 || tv->tv_usec < 0)
			return __syscall_ret(-EINVAL);
		ts.tv_sec = tv->tv_sec + tv->tv_usec / 1000000;
		ts.tv_nsec = tv->tv_usec % 1000000 * 1000;
		tp = &ts;
	}
	long ret = __syscall(SYS_pselect6, n, r, w, e, tp, 0);
	if (tv) {
		tv->tv_sec = ts.tv_sec;
		tv->tv_usec = ts.tv_nsec / 1000;
	}
	return __syscall_ret(ret);
#endif
}

int pselect(int n, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e,
	const struct timespec *restrict ts, const sigset_t *restrict mask)
{
	struct timespec t, *tp = 0;
	if (ts) {
		t = *ts;
		tp = &t;
	}
	/* The sixth argument is a pointer to {mask, size}. */
	struct { const sigset_t *set; size_t size; } data = { mask, 8 };
	return syscall_r(SYS_pselect6, n, r, w, e, tp, mask ? &data : 0);
}
