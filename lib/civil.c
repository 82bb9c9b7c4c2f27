/* civil.c: calendar arithmetic and fixed-width numbers for the date parsers of date and
 * touch, which take dates mktime cannot (UTC, an explicit offset, years past 2038). */
#include "ring3.h"

long long days_from_civil(long long y, int m, int d)
{
	/* Years start in March, so February's leap day is the last day of a year; eras
	 * are 400 years (146097 days), the Gregorian cycle. */
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	long long yoe = y - era * 400;
	long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int read_digits(const char **p, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++, (*p)++) {
		if (**p < '0' || **p > '9')
			return -1;
		v = v * 10 + (**p - '0');
	}
	*out = v;
	return 0;
}
