#include <time.h>
#include <errno.h>
#include "time_impl.h"

struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	long off;
	int dst;
	const char *zone;
	__tz_update();
	__tz_at(*t, &off, &dst, &zone);
	if (__secs_to_tm((long long)*t + off, tm)) {
		errno = EOVERFLOW;
		return 0;
	}
	tm->tm_isdst = dst;
	tm->tm_gmtoff = off;
	tm->tm_zone = zone;
	return tm;
}

struct tm *localtime(const time_t *t)
{
	static struct tm tm;
	return localtime_r(t, &tm);
}

time_t mktime(struct tm *tm)
{
	__tz_update();
	long long local = __tm_to_secs(tm), t;
	long off, off2;
	int dst;
	const char *zone;
	/* Guess the offset from the local time itself, then correct once: two
	 * rounds settle every instant except those in a transition's gap. */
	__tz_at(local, &off, &dst, &zone);
	t = local - off;
	__tz_at(t, &off2, &dst, &zone);
	if (off2 != off) {
		t = local - off2;
		__tz_at(t, &off, &dst, &zone);
	}
	/* An explicit tm_isdst that disagrees selects the other reading of an
	 * ambiguous time (or shifts by the DST difference, as other libcs do). */
	if (tm->tm_isdst >= 0 && !!tm->tm_isdst != dst) {
		const char *s, *d;
		long stdoff;
		int has;
		__tz_names(&s, &d, &stdoff, &has);
		if (has) {
			long long alt = tm->tm_isdst ? t - 3600 : t + 3600;
			long o2;
			int d2;
			__tz_at(alt, &o2, &d2, &zone);
			if (d2 == !!tm->tm_isdst) t = alt;
		}
	}
	struct tm n;
	time_t tt = t;
	if (!localtime_r(&tt, &n)) return -1;
	*tm = n;
	return t;
}
