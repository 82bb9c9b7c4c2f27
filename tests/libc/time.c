/* time: gmtime/timegm round trips, mktime and localtime in fixed zones given by
 * POSIX TZ strings, strftime conversions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static char buf[256];
static const char *fmt(const char *f, const struct tm *tm)
{
	strftime(buf, sizeof buf, f, tm);
	return buf;
}

int main(void)
{
	struct tm tm;
	time_t t = 0;
	CHECK(gmtime_r(&t, &tm) && tm.tm_year == 70 && tm.tm_mday == 1 && tm.tm_wday == 4);
	t = 951782400;	/* 2000-02-29 00:00:00 UTC */
	CHECK(gmtime_r(&t, &tm) && tm.tm_year == 100 && tm.tm_mon == 1 && tm.tm_mday == 29
		&& tm.tm_yday == 59 && tm.tm_wday == 2);
	t = -1;
	CHECK(gmtime_r(&t, &tm) && tm.tm_year == 69 && tm.tm_mon == 11 && tm.tm_mday == 31
		&& tm.tm_hour == 23 && tm.tm_sec == 59);
	t = 4102444800;	/* 2100-01-01 */
	CHECK(gmtime_r(&t, &tm) && tm.tm_year == 200 && tm.tm_yday == 0 && tm.tm_wday == 5);
	int ok = 1;
	for (time_t x = -5000000000; x < 5000000000; x += 86400 * 37 + 3607) {
		struct tm a;
		gmtime_r(&x, &a);
		if (timegm(&a) != x) ok = 0;
	}
	CHECK(ok);
	/* timegm normalizes out-of-range fields. */
	memset(&tm, 0, sizeof tm);
	tm.tm_year = 99; tm.tm_mon = 13; tm.tm_mday = 1; tm.tm_hour = 25;
	CHECK(timegm(&tm) == 949453200 && tm.tm_mon == 1 && tm.tm_year == 100 && tm.tm_hour == 1);

	setenv("TZ", "UTC0", 1);
	tzset();
	t = 1700000000;
	CHECK(localtime_r(&t, &tm) && tm.tm_hour == 22 && tm.tm_gmtoff == 0);
	CHECK(strcmp(fmt("%Y-%m-%d %H:%M:%S %z", &tm), "2023-11-14 22:13:20 +0000") == 0);

	setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
	tzset();
	t = 1700000000;	/* November: standard time */
	CHECK(localtime_r(&t, &tm) && tm.tm_hour == 17 && tm.tm_isdst == 0 && tm.tm_gmtoff == -18000);
	CHECK(strcmp(fmt("%Z %z", &tm), "EST -0500") == 0);
	t = 1690000000;	/* July: daylight time */
	CHECK(localtime_r(&t, &tm) && tm.tm_isdst == 1 && tm.tm_gmtoff == -14400);
	CHECK(strcmp(fmt("%Z", &tm), "EDT") == 0);
	struct tm m = tm;
	m.tm_isdst = -1;
	CHECK(mktime(&m) == 1690000000);
	/* 2023-03-12 02:00 EST is when DST starts (07:00 UTC). */
	t = 1678604399;
	CHECK(localtime_r(&t, &tm) && tm.tm_hour == 1 && tm.tm_isdst == 0);
	t = 1678604400;
	CHECK(localtime_r(&t, &tm) && tm.tm_hour == 3 && tm.tm_isdst == 1);

	setenv("TZ", "<+0530>-5:30", 1);
	tzset();
	t = 0;
	CHECK(localtime_r(&t, &tm) && tm.tm_hour == 5 && tm.tm_min == 30);
	CHECK(strcmp(fmt("%z", &tm), "+0530") == 0);

	memset(&tm, 0, sizeof tm);
	tm.tm_year = 124; tm.tm_mon = 0; tm.tm_mday = 7; tm.tm_hour = 13; tm.tm_min = 5;
	tm.tm_sec = 9; tm.tm_wday = 0; tm.tm_yday = 6;
	CHECK(strcmp(fmt("%a %A %b %B %d %e %H %I %j %m %M %p %S %u %w %y %Y %C %%", &tm),
		"Sun Sunday Jan January 07  7 13 01 007 01 05 PM 09 7 0 24 2024 20 %") == 0);
	CHECK(strcmp(fmt("%D %F %R %T %r", &tm), "01/07/24 2024-01-07 13:05 13:05:09 01:05:09 PM") == 0);
	CHECK(strcmp(fmt("%U %W %V %G %g", &tm), "01 01 01 2024 24") == 0);
	CHECK(strcmp(fmt("%c", &tm), "Sun Jan  7 13:05:09 2024") == 0);
	tm.tm_year = 120; tm.tm_mon = 11; tm.tm_mday = 31; tm.tm_yday = 365; tm.tm_wday = 4;
	CHECK(strcmp(fmt("%V %G", &tm), "53 2020") == 0);
	tm.tm_year = 121; tm.tm_mon = 0; tm.tm_mday = 3; tm.tm_yday = 2; tm.tm_wday = 0;
	CHECK(strcmp(fmt("%V %G %U", &tm), "53 2020 01") == 0);
	CHECK(strftime(buf, 5, "%Y-%m-%d", &tm) == 0);
	CHECK(difftime(10, 4) == 6.0);

	struct timespec m1, m2, rt;
	int mono = 1;
	clock_gettime(CLOCK_MONOTONIC, &m1);
	for (int i = 0; i < 1000; i++) {
		clock_gettime(CLOCK_MONOTONIC, &m2);
		if (m2.tv_sec < m1.tv_sec || (m2.tv_sec == m1.tv_sec && m2.tv_nsec < m1.tv_nsec)) mono = 0;
		m1 = m2;
	}
	CHECK(mono);
	CHECK(clock_gettime(CLOCK_REALTIME, &rt) == 0 && rt.tv_nsec >= 0 && rt.tv_nsec < 1000000000);
	CHECK(rt.tv_sec - time(NULL) <= 1 && time(NULL) - rt.tv_sec <= 1);
	CHECK(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &rt) == 0);
	CHECK(clock_gettime(12345, &rt) == -1);

	memset(&tm, 0, sizeof tm);
	const char *end = strptime("2024-02-29 13:45:07 rest", "%Y-%m-%d %H:%M:%S", &tm);
	CHECK(end && strcmp(end, " rest") == 0 && tm.tm_year == 124 && tm.tm_mon == 1
		&& tm.tm_mday == 29 && tm.tm_hour == 13 && tm.tm_min == 45 && tm.tm_sec == 7);
	memset(&tm, 0, sizeof tm);
	CHECK(strptime("Tue, 05 Mar 24 09:05 PM", "%a, %d %b %y %I:%M %p", &tm)
		&& tm.tm_wday == 2 && tm.tm_mon == 2 && tm.tm_year == 124 && tm.tm_hour == 21);
	CHECK(strptime("13/01/2024", "%d/%m/%Y", &tm) == NULL || tm.tm_mon == 0);
	CHECK(strptime("2024-13-01", "%Y-%m-%d", &tm) == NULL);
	return fails != 0;
}
