#include <time.h>
#include <string.h>
#include <stdio.h>
#include <ctype.h>
#include "time_impl.h"

static const char *const wday_name[] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};
static const char *const mon_name[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

/* ISO 8601 week-based year and week of tm. */
static int iso_week(const struct tm *tm, int *year)
{
	int y = tm->tm_year + 1900;
	int wday = (tm->tm_wday + 6) % 7;		/* Monday = 0 */
	int week = (tm->tm_yday - wday + 10) / 7;
	if (week < 1) {
		/* Last week of the previous year: 52 or 53. */
		y--;
		int pyday = tm->tm_yday + 365 + (y % 4 == 0 && (y % 100 || y % 400 == 0));
		week = (pyday - wday + 10) / 7;
	} else if (week == 53) {
		int ylen = 365 + (y % 4 == 0 && (y % 100 || y % 400 == 0));
		/* Week 53 exists only if Dec 31 falls on Thursday or later. */
		if (tm->tm_yday - wday + 3 >= ylen) {
			week = 1;
			y++;
		}
	}
	*year = y;
	return week;
}

struct out {
	char *s;
	size_t n, max;
};

static void put(struct out *o, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (o->n + 1 < o->max) o->s[o->n] = s[i];
		o->n++;
	}
}

/* Numbers honour the flags: '-' no padding, '_' spaces, '0' zeros; width
 * overrides the conversion's natural width. '+' adds a sign to long years. */
static void num(struct out *o, long long v, int width, char pad, char flag, int w)
{
	char buf[32];
	if (w > 0) width = w;
	if (flag == '-') width = 1;
	else if (flag == '_') pad = ' ';
	else if (flag == '0') pad = '0';
	int neg = v < 0;
	unsigned long long u = neg ? -(unsigned long long)v : (unsigned long long)v;
	int n = 0;
	do buf[sizeof buf - 1 - n++] = '0' + u % 10;
	while (u /= 10);
	char sign = neg ? '-' : (flag == '+' && n > 4 ? '+' : 0);
	int len = n + !!sign;
	if (pad == '0' && sign) put(o, &sign, 1);
	for (; len < width; len++) put(o, &pad, 1);
	if (pad != '0' && sign) put(o, &sign, 1);
	put(o, buf + sizeof buf - n, n);
}

/* upper: 1 to upper case, -1 to lower case, 0 as is. */
static void str(struct out *o, const char *s, size_t len, int upper, int w)
{
	char c = ' ';
	for (int i = len; i < w; i++) put(o, &c, 1);
	for (size_t i = 0; i < len; i++) {
		c = upper > 0 ? toupper((unsigned char)s[i]) : upper < 0 ? tolower((unsigned char)s[i]) : s[i];
		put(o, &c, 1);
	}
}

static void fmt(struct out *o, const char *f, const struct tm *tm);

static void conv(struct out *o, int c, char flag, int w, int upper, const struct tm *tm)
{
	/* upper is 0, 1 (^) or 2 (#); names treat 2 as 1. */
	char buf[64];
	int y;
	const char *s;
	switch (c) {
	case 'a':
		s = (unsigned)tm->tm_wday < 7 ? wday_name[tm->tm_wday] : "?";
		str(o, s, 3, upper, w);
		return;
	case 'A':
		s = (unsigned)tm->tm_wday < 7 ? wday_name[tm->tm_wday] : "?";
		str(o, s, strlen(s), upper, w);
		return;
	case 'b':
	case 'h':
		s = (unsigned)tm->tm_mon < 12 ? mon_name[tm->tm_mon] : "?";
		str(o, s, 3, upper, w);
		return;
	case 'B':
		s = (unsigned)tm->tm_mon < 12 ? mon_name[tm->tm_mon] : "?";
		str(o, s, strlen(s), upper, w);
		return;
	case 'c': fmt(o, "%a %b %e %H:%M:%S %Y", tm); return;
	case 'C': num(o, (tm->tm_year + 1900LL) / 100 - ((tm->tm_year + 1900LL) % 100 < 0), 2, '0', flag, w); return;
	case 'd': num(o, tm->tm_mday, 2, '0', flag, w); return;
	case 'D': fmt(o, "%m/%d/%y", tm); return;
	case 'e': num(o, tm->tm_mday, 2, ' ', flag, w); return;
	case 'F':
		/* The width applies to the whole; the year takes what is left. */
		num(o, tm->tm_year + 1900LL, w > 6 ? w - 6 : 4, '0', flag ? flag : '+', 0);
		fmt(o, "-%m-%d", tm);
		return;
	case 'g': iso_week(tm, &y); num(o, ((y % 100) + 100) % 100, 2, '0', flag, w); return;
	case 'G': iso_week(tm, &y); num(o, y, 4, '0', flag, w); return;
	case 'H': num(o, tm->tm_hour, 2, '0', flag, w); return;
	case 'I': num(o, tm->tm_hour % 12 ? tm->tm_hour % 12 : 12, 2, '0', flag, w); return;
	case 'j': num(o, tm->tm_yday + 1, 3, '0', flag, w); return;
	case 'k': num(o, tm->tm_hour, 2, ' ', flag, w); return;
	case 'l': num(o, tm->tm_hour % 12 ? tm->tm_hour % 12 : 12, 2, ' ', flag, w); return;
	case 'm': num(o, tm->tm_mon + 1, 2, '0', flag, w); return;
	case 'M': num(o, tm->tm_min, 2, '0', flag, w); return;
	case 'n': put(o, "\n", 1); return;
	case 't': put(o, "\t", 1); return;
	case 'p': str(o, tm->tm_hour < 12 ? "AM" : "PM", 2, upper == 2 ? -1 : 0, w); return;
	case 'P': str(o, tm->tm_hour < 12 ? "am" : "pm", 2, 0, w); return;
	case 'r': fmt(o, "%I:%M:%S %p", tm); return;
	case 'R': fmt(o, "%H:%M", tm); return;
	case 's': {
		struct tm t = *tm;
		num(o, (long long)mktime(&t), 1, '0', flag, w);
		return;
	}
	case 'S': num(o, tm->tm_sec, 2, '0', flag, w); return;
	case 'T': fmt(o, "%H:%M:%S", tm); return;
	case 'u': num(o, tm->tm_wday ? tm->tm_wday : 7, 1, '0', flag, w); return;
	case 'U': num(o, (tm->tm_yday + 7 - tm->tm_wday) / 7, 2, '0', flag, w); return;
	case 'V': num(o, iso_week(tm, &y), 2, '0', flag, w); return;
	case 'w': num(o, tm->tm_wday, 1, '0', flag, w); return;
	case 'W': num(o, (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2, '0', flag, w); return;
	case 'x': fmt(o, "%m/%d/%y", tm); return;
	case 'X': fmt(o, "%H:%M:%S", tm); return;
	case 'y': num(o, ((tm->tm_year + 1900LL) % 100 + 100) % 100, 2, '0', flag, w); return;
	case 'Y': num(o, tm->tm_year + 1900LL, 1, '0', flag, w); return;
	case 'z': {
		long off = tm->tm_gmtoff, a = off < 0 ? -off : off;
		snprintf(buf, sizeof buf, "%c%02ld%02ld", off < 0 ? '-' : '+', a / 3600, a / 60 % 60);
		str(o, buf, strlen(buf), 0, w);
		return;
	}
	case 'Z':
		s = tm->tm_zone ? tm->tm_zone : "";
		str(o, s, strlen(s), upper == 2 ? -1 : upper, w);
		return;
	case '%': put(o, "%", 1); return;
	}
	/* Unknown: copy it through, as glibc does. */
	buf[0] = '%';
	buf[1] = c;
	put(o, buf, 2);
}

static void fmt(struct out *o, const char *f, const struct tm *tm)
{
	for (; *f; f++) {
		if (*f != '%') {
			put(o, f, 1);
			continue;
		}
		char flag = 0;
		int upper = 0, w = 0;
		/* '^' upper-cases; '#' (GNU) swaps the case: names go up, %p and %Z down. */
		for (f++; *f && strchr("_-0^#+", *f); f++) {
			if (*f == '^') upper = 1;
			else if (*f == '#') upper = upper ? upper : 2;
			else flag = *f;
		}
		while (*f >= '0' && *f <= '9') w = w * 10 + *f++ - '0';
		if (*f == 'E' || *f == 'O') f++;	/* alternative forms: C locale has none */
		if (!*f) {
			put(o, "%", 1);
			break;
		}
		conv(o, *f, flag, w, upper, tm);
	}
}

size_t strftime(char *restrict s, size_t max, const char *restrict f, const struct tm *restrict tm)
{
	struct out o = { s, 0, max };
	fmt(&o, f, tm);
	/* C: if the result (with its null) does not fit, return 0. */
	if (o.n >= max) {
		if (max) s[0] = 0;
		return 0;
	}
	s[o.n] = 0;
	return o.n;
}
