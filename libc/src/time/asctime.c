#include <time.h>
#include <stdio.h>

char *asctime_r(const struct tm *restrict tm, char *restrict buf)
{
	static const char wd[] = "SunMonTueWedThuFriSat", mn[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	unsigned w = tm->tm_wday < 7 ? tm->tm_wday : 0, m = tm->tm_mon < 12 ? tm->tm_mon : 0;
	snprintf(buf, 26, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n", wd + 3 * w, mn + 3 * m,
		tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, 1900 + tm->tm_year);
	return buf;
}

char *asctime(const struct tm *tm)
{
	static char buf[26];
	return asctime_r(tm, buf);
}

char *ctime_r(const time_t *t, char *buf)
{
	struct tm tm;
	return localtime_r(t, &tm) ? asctime_r(&tm, buf) : 0;
}

char *ctime(const time_t *t)
{
	static char buf[26];
	return ctime_r(t, buf);
}
