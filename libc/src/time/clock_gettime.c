#include <time.h>
#include <sys/time.h>
#include "syscall.h"

__hidden void *__vdsosym(const char *);

/* The vDSO reads the clock without entering the kernel. Its address is looked up
 * on first use; (void *)1 marks "looked, none". */
static int (*vdso_cgt)(clockid_t, struct timespec *);

int clock_gettime(clockid_t clk, struct timespec *ts)
{
	if (!vdso_cgt) {
		void *f = __vdsosym("__vdso_clock_gettime");
		vdso_cgt = f ? (int (*)(clockid_t, struct timespec *))f
			: (int (*)(clockid_t, struct timespec *))1;
	}
	if (vdso_cgt != (int (*)(clockid_t, struct timespec *))1) {
		int r = vdso_cgt(clk, ts);
		if (!r) return 0;
		/* Clocks the vDSO does not handle come back as an error code. */
		if (r != -22 /* EINVAL */) return __syscall_ret(r);
	}
	return syscall_r(SYS_clock_gettime, clk, ts);
}

int clock_getres(clockid_t clk, struct timespec *ts)
{
	return syscall_r(SYS_clock_getres, clk, ts);
}

int clock_settime(clockid_t clk, const struct timespec *ts)
{
	return syscall_r(SYS_clock_settime, clk, ts);
}

time_t time(time_t *t)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	if (t) *t = ts.tv_sec;
	return ts.tv_sec;
}

int gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
	struct timespec ts;
	if (!tv) return 0;
	clock_gettime(CLOCK_REALTIME, &ts);
	tv->tv_sec = ts.tv_sec;
	tv->tv_usec = ts.tv_nsec / 1000;
	return 0;
}

int settimeofday(const struct timeval *tv, const struct timezone *tz)
{
	if (!tv) return 0;
	struct timespec ts = { tv->tv_sec, tv->tv_usec * 1000 };
	return clock_settime(CLOCK_REALTIME, &ts);
}

int stime(const time_t *t)
{
	struct timespec ts = { *t, 0 };
	return clock_settime(CLOCK_REALTIME, &ts);
}

int timespec_get(struct timespec *ts, int base)
{
	if (base != TIME_UTC) return 0;
	return clock_gettime(CLOCK_REALTIME, ts) ? 0 : base;
}

clock_t clock(void)
{
	struct timespec ts;
	if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)) return -1;
	return ts.tv_sec * 1000000L + ts.tv_nsec / 1000;
}

double difftime(time_t a, time_t b)
{
	return (double)a - (double)b;
}
