#include <sys/time.h>
#include <errno.h>
#include "syscall.h"

/* struct timex (sys/timex.h) as adjtimex takes it; only the offset fields are used. */
struct timex_ {
	unsigned modes;
	long offset, freq, maxerror, esterror;
	int status;
	long constant, precision, tolerance;
	struct timeval time;
	long tick, ppsfreq, jitter;
	int shift;
	long stabil, jitcnt, calcnt, errcnt, stbcnt;
	int tai;
	int pad[11];
};

int adjtime(const struct timeval *in, struct timeval *out)
{
	struct timex_ tx = { 0 };
	if (in) {
		if (in->tv_sec > 1000 || in->tv_sec < -1000) {
			errno = EINVAL;
			return -1;
		}
		tx.offset = in->tv_sec * 1000000 + in->tv_usec;
		tx.modes = 0x8001;	/* ADJ_OFFSET_SINGLESHOT */
	} else {
		tx.modes = 0x2001;	/* ADJ_OFFSET_SS_READ */
	}
	if (syscall_r(SYS_adjtimex, &tx) < 0) return -1;
	if (out) {
		out->tv_sec = tx.offset / 1000000;
		out->tv_usec = tx.offset % 1000000;
		if (out->tv_usec < 0) {
			out->tv_sec--;
			out->tv_usec += 1000000;
		}
	}
	return 0;
}
