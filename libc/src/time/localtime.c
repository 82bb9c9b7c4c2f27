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

/* Offsets and DST flag at UTC time t. */
static long off_at(long long t, int *dst)
{
	long off;
	const char *zone;
	__tz_at(t, &off, dst, &zone);
	return off;
}

/* The local time L is t + offset(t) for the t we want. Around L at most one
 * transition matters: o1 is the offset a day before, o2 a day after. Where they
 * differ, an explicit tm_isdst picks its side; otherwise a time in the gap is read
 * with the earlier offset and an ambiguous one as the earlier instant. A tm_isdst
 * that still disagrees takes the offset of the nearest time (within about eight
 * years) that has the requested flag, or else one hour. All as glibc does. */
time_t mktime(struct tm *tm)
{
	__tz_update();
	long long L = __tm_to_secs(tm), t;
	int d1, d2, dst, want = tm->tm_isdst > 0;
	long o1 = off_at(L - 90000, &d1), o2 = off_at(L + 90000, &d2);
	if (o1 != o2 && tm->tm_isdst >= 0 && d1 != d2) {
		t = L - (d1 == want ? o1 : o2);
	} else {
		int v1, v2;
		long long t1 = L - o1, t2 = L - o2;
		int ok1 = off_at(t1, &v1) == o1, ok2 = off_at(t2, &v2) == o2;
		t = ok1 || !ok2 ? t1 : t2;
	}
	off_at(t, &dst);
	if (tm->tm_isdst >= 0 && dst != want) {
		const long week = 604800;
		int found = 0;
		for (long delta = week; delta < 270000000 && !found; delta += week)
			for (int dir = -1; dir <= 1 && !found; dir += 2) {
				int pd;
				long po = off_at(t + dir * delta, &pd);
				if (pd == want) {
					t = L - po;
					found = 1;
				}
			}
		if (!found) t += want ? -3600 : 3600;
	}
	struct tm n;
	time_t tt = t;
	if (!localtime_r(&tt, &n)) return -1;
	*tm = n;
	return t;
}
