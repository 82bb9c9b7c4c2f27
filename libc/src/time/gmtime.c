#include <time.h>
#include <errno.h>
#include "time_impl.h"

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	if (__secs_to_tm(*t, tm)) {
		errno = EOVERFLOW;
		return 0;
	}
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = "GMT";
	return tm;
}

struct tm *gmtime(const time_t *t)
{
	static struct tm tm;
	return gmtime_r(t, &tm);
}

time_t timegm(struct tm *tm)
{
	long long t = __tm_to_secs(tm);
	struct tm n;
	if (__secs_to_tm(t, &n)) {
		errno = EOVERFLOW;
		return -1;
	}
	*tm = n;
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = "GMT";
	return t;
}
