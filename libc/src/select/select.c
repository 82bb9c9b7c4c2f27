#include <sys/select.h>
#include <signal.h>
#include <errno.h>
#include "syscall.h"

int select(int n, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e,
	struct timeval *restrict tv)
{
	/* Linux updates the timeval with the time not slept, which callers may
	 * rely on; the system call does that itself. */
	return syscall_r(SYS_select, n, r, w, e, tv);
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
