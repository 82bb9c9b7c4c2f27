/* date - print or set the system date and time
 *
 * APPLET(date, BIN)
 * usage: date [-uR] [-I[FMT]] [-d STRING | -r FILE] [-s STRING] [+FORMAT | MMDDhhmm[[CC]YY][.ss]]
 *
 * Print the date and time, by default as "%a %b %e %H:%M:%S %Z %Y", or set it.
 * FORMAT takes strftime's conversions plus %N (nanoseconds), %s (seconds since
 * the epoch), %:z (+hh:mm) and GNU's padding flags after the %: - (none), _ (spaces),
 * 0 (zeros), ^ (upper case), and a width, as in %-d or %_5H.
 * A date STRING is @SECONDS, or words: YYYY-MM-DD, hh:mm[:ss[.frac]] (or the two
 * joined by T), a zone Z, UTC or +hh:mm, now, today, yesterday, tomorrow, and
 * relative items like "2 days", "-3 hours", "next week", "1 month ago" (units sec,
 * min, hour, day, week, fortnight, month, year), and day names: "monday" (today or
 * the coming one), "next friday", "last sun"; month names: "Jan 2 2020", "2 January",
 * "Thu Jan  2 03:04:05 UTC 2020" (what date prints).
 *
 * -d STRING  show the time described by STRING instead of now (--date)
 * -r FILE    show the last modification time of FILE (--reference)
 * -s STRING  set the system clock to STRING (--set)
 * -u         use UTC instead of the local time zone (--utc, --universal)
 * -R         RFC 5322 format, "Mon, 14 Aug 2006 02:34:56 -0600" (--rfc-email)
 * -I[FMT]    ISO 8601 format; FMT is date (default), hours, minutes, seconds or ns
 *            (--iso-8601)
 * --rfc-3339=FMT  RFC 3339 format, "2006-08-14 02:34:56-06:00"; FMT is date,
 *            seconds or ns
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include "ring3.h"

/* Broken-down local (or UTC, or at an offset) time to seconds. */
static int to_time(struct tm *tm, int utc, long offset, struct timespec *ts)
{
	if (utc) {
		long long d = days_from_civil(tm->tm_year + 1900LL, tm->tm_mon + 1, tm->tm_mday);
		ts->tv_sec = (time_t)(d * 86400 + tm->tm_hour * 3600 + tm->tm_min * 60 + tm->tm_sec - offset);
		return 0;
	}
	tm->tm_isdst = -1;
	time_t t = mktime(tm);
	if (t == (time_t)-1 && errno)
		return -1;
	ts->tv_sec = t;
	return 0;
}

/* Nanoseconds from the digits after a decimal point; moves *p past them. */
static long fraction(const char **p)
{
	long ns = 0;
	int n = 0;
	for (; **p >= '0' && **p <= '9'; (*p)++, n++)
		if (n < 9)
			ns = ns * 10 + (**p - '0');
	for (; n < 9; n++)
		ns *= 10;
	return ns;
}

static const struct {
	const char *name;
	int field;	/* 0 seconds, 1 days, 2 months */
	long mult;
} units[] = {
	{ "sec", 0, 1 }, { "second", 0, 1 }, { "min", 0, 60 }, { "minute", 0, 60 },
	{ "hour", 0, 3600 }, { "day", 1, 1 }, { "week", 1, 7 }, { "fortnight", 1, 14 },
	{ "month", 2, 1 }, { "year", 2, 12 },
};

/* The unit named by word (singular or plural), or -1. */
static int unit(const char *w, size_t len)
{
	if (len > 1 && w[len - 1] == 's')
		for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
			if (strlen(units[i].name) == len - 1 && !strncasecmp(w, units[i].name, len - 1))
				return (int)i;
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
		if (strlen(units[i].name) == len && !strncasecmp(w, units[i].name, len))
			return (int)i;
	return -1;
}

/* A day name (sun, sunday, tues, thurs ...): 0-6, or -1. */
static int weekday(const char *w, size_t len)
{
	static const char *const names[] = { "sunday", "monday", "tuesday", "wednesday",
					     "thursday", "friday", "saturday" };
	if (len && w[len - 1] == ',')
		len--;	/* "Thu, 2 Jan" */
	for (int i = 0; i < 7; i++) {
		size_t n = strlen(names[i]);
		if (len >= 3 && len <= n && !strncasecmp(w, names[i], len) &&
		    (len == 3 || len == n || (i == 2 && len == 4) || (i == 3 && len == 6) ||
		     (i == 4 && (len == 4 || len == 5))))
			return i;
	}
	return -1;
}

/* A month name (jan, january ...): 0-11, or -1. */
static int month_name(const char *w, size_t len)
{
	static const char *const names[] = { "january", "february", "march", "april", "may",
		"june", "july", "august", "september", "october", "november", "december" };
	if (len && w[len - 1] == ',')
		len--;
	for (int i = 0; i < 12; i++)
		if (len >= 3 && len <= strlen(names[i]) && !strncasecmp(w, names[i], len) &&
		    (len == 3 || len == strlen(names[i]) || (i == 8 && len == 4)))
			return i;
	return -1;
}

/* A number word of at most max digits, maybe with a comma after it: its value or -1. */
static int number_word(const char *w, size_t len, size_t max)
{
	if (len && w[len - 1] == ',')
		len--;
	if (!len || len > max || strspn(w, "0123456789") < len)
		return -1;
	return atoi(w);
}

static const char *next_word(const char *p, size_t *len)
{
	while (*p == ' ')
		p++;
	*len = strcspn(p, " ");
	return p;
}

/* Date strings: @SECONDS, or words: YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss], hh:mm[:ss[.frac]],
 * Z / UTC / +hh:mm, now, today, yesterday, tomorrow, and relative items like
 * "2 days", "-3 hours", "next week", "1 year ago". */
static int parse_date(const char *s, struct timespec *ts)
{
	const char *p = s;
	while (*p == ' ')
		p++;
	if (*p == '@') {
		char *end;
		errno = 0;
		long long v = strtoll(p + 1, &end, 10);
		if (end == p + 1 || errno)
			return -1;
		ts->tv_nsec = 0;
		if (*end == '.') {
			const char *f = end + 1;
			long ns = fraction(&f);
			end = (char *)f;
			ts->tv_nsec = v < 0 && ns ? 1000000000 - ns : ns;
			if (v < 0 && ns)
				v--;
		}
		if (*end)
			return -1;
		ts->tv_sec = (time_t)v;
		return 0;
	}
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	time_t t0 = now.tv_sec;
	struct tm tm;
	localtime_r(&t0, &tm);
	long nsec = now.tv_nsec;
	int utc = 0, have_date = 0, have_time = 0;
	long offset = 0;
	long long rel[3] = { 0, 0, 0 }, last[3] = { 0, 0, 0 };
	int wday = -1, wday_ord = 0;	/* a day name, and 1 for next, -1 for last */
	int named_month = 0, have_year = 0;
	while (*p) {
		const char *w = p;
		size_t len = strcspn(p, " ");
		const char *q = w;
		int y, mo, d, h, mi, sec = 0;
		/* Jan 2, 2 Jan, and a year after them (even after the time, as date prints) */
		size_t l2;
		const char *w2 = next_word(w + len, &l2);
		int m1 = month_name(w, len), n1 = number_word(w, len, 2);
		if (m1 >= 0 || (n1 >= 1 && n1 <= 31 && month_name(w2, l2) >= 0)) {
			int day = m1 >= 0 ? number_word(w2, l2, 2) : n1;
			if (m1 >= 0 && day < 0 && number_word(w2, l2, 9) >= 0)
				return -1;	/* "Jan 2020": not a day of the month */
			tm.tm_mon = m1 >= 0 ? m1 : month_name(w2, l2);
			tm.tm_mday = day >= 1 && day <= 31 ? day : 1;
			p = m1 >= 0 && day < 0 ? w + len : w2 + l2;
			have_date = named_month = 1;
			p = next_word(p, &len);
			continue;
		}
		if (named_month && !have_year && (y = number_word(w, len, 4)) >= 0 && len >= 4) {
			tm.tm_year = y - 1900;
			have_year = 1;
			p = next_word(w + len, &len);
			continue;
		}
		if (len >= 10 && read_digits(&q, 4, &y) == 0 && *q == '-') {
			q++;
			if (read_digits(&q, 2, &mo) || *q++ != '-' || read_digits(&q, 2, &d) ||
			    mo < 1 || mo > 12 || d < 1 || d > 31)
				return -1;
			tm.tm_year = y - 1900;
			tm.tm_mon = mo - 1;
			tm.tm_mday = d;
			have_date = 1;
			if (*q == 'T')
				q++;
			else if (q != w + len)
				return -1;
		}
		if (q < w + len && *q >= '0' && *q <= '9' && q[1] && (q[1] == ':' || q[2] == ':')) {
			int hl = q[1] == ':' ? 1 : 2;
			if (read_digits(&q, hl, &h) || *q++ != ':' || read_digits(&q, 2, &mi))
				return -1;
			nsec = 0;
			if (*q == ':') {
				q++;
				if (read_digits(&q, 2, &sec))
					return -1;
				if (*q == '.' || *q == ',') {
					q++;
					nsec = fraction(&q);
				}
			}
			if (h > 23 || mi > 59 || sec > 60)
				return -1;
			tm.tm_hour = h;
			tm.tm_min = mi;
			tm.tm_sec = sec;
			have_time = 1;
			/* a zone glued on: 12:00Z, 12:00+02:00 */
			if (*q == 'Z' && q + 1 == w + len) {
				utc = 1;
				q++;
			} else if ((*q == '+' || *q == '-') && q < w + len) {
				goto zone;
			}
			if (q != w + len)
				return -1;
		} else if (q == w + len && q != w) {
			/* a whole date word */
		} else if ((len == 1 && *w == 'Z') || (len == 3 && (!strncasecmp(w, "UTC", 3) ||
			   !strncasecmp(w, "GMT", 3)))) {
			utc = 1;
		} else if ((*w == '+' || *w == '-') && len >= 3 && have_time && w[1] >= '0' &&
			   w[1] <= '9' && (len == 3 || w[3] == ':' || len == 5)) {
			int sign, oh, om;
			q = w;
zone:
			sign = *q++ == '-' ? -1 : 1;
			om = 0;
			if (read_digits(&q, 2, &oh))
				return -1;
			if (*q == ':')
				q++;
			if (q < w + len && read_digits(&q, 2, &om))
				return -1;
			if (q != w + len)
				return -1;
			utc = 1;
			offset = sign * (oh * 3600L + om * 60L);
		} else if (len == 3 && !strncasecmp(w, "now", 3)) {
		} else if (len == 5 && !strncasecmp(w, "today", 5)) {
		} else if (len == 9 && !strncasecmp(w, "yesterday", 9)) {
			rel[1] -= 1;
		} else if (len == 8 && !strncasecmp(w, "tomorrow", 8)) {
			rel[1] += 1;
		} else if (weekday(w, len) >= 0) {
			wday = weekday(w, len);
			wday_ord = 0;
		} else if (len == 3 && !strncasecmp(w, "ago", 3)) {
			for (int i = 0; i < 3; i++) {
				rel[i] -= 2 * last[i];
				last[i] = 0;
			}
		} else {
			/* [+-]N UNIT, next UNIT, last UNIT, UNIT */
			long long n = 1;
			if ((len == 4 && !strncasecmp(w, "next", 4)) || (len == 4 && !strncasecmp(w, "last", 4))) {
				n = *w == 'n' || *w == 'N' ? 1 : -1;
			} else if (unit(w, len) < 0) {
				char *end;
				errno = 0;
				n = strtoll(w, &end, 10);
				if (end == w || errno || (end != w + len))
					return -1;
			}
			if (unit(w, len) < 0) {
				p = w + len;
				while (*p == ' ')
					p++;
				w = p;
				len = strcspn(p, " ");
			}
			if (weekday(w, len) >= 0 && (n == 1 || n == -1)) {
				wday = weekday(w, len);
				wday_ord = (int)n;
				p = w + len;
				while (*p == ' ')
					p++;
				continue;
			}
			int u = unit(w, len);
			if (u < 0)
				return -1;
			long long v = n * units[u].mult;
			rel[units[u].field] += v;
			memset(last, 0, sizeof last);
			last[units[u].field] = v;
		}
		p = w + len;
		while (*p == ' ')
			p++;
	}
	if (named_month) {
		static const char mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
		int y = tm.tm_year + 1900;
		int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
		if (tm.tm_mday > mdays[tm.tm_mon] || (tm.tm_mon == 1 && tm.tm_mday == 29 && !leap))
			return -1;
	}
	if (wday >= 0 && !have_date) {
		/* like GNU: the day itself or the coming one; next and last move a week
		 * further when it is that day already. A full date makes the name moot. */
		long long days = days_from_civil(tm.tm_year + 1900LL, tm.tm_mon + 1, tm.tm_mday);
		int cur = (int)(((days + 4) % 7 + 7) % 7);
		int delta = (wday - cur + 7) % 7;
		if (wday_ord > 0 && !delta)
			delta = 7;
		else if (wday_ord < 0)
			delta -= 7;
		tm.tm_mday += delta;
		have_date = 1;
	}
	if (have_date && !have_time) {
		tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
		nsec = 0;
	}
	if (!have_date && !have_time && !utc) {
		/* only relative items: count from now exactly */
		t0 += (time_t)rel[0];
		if (rel[1] || rel[2]) {
			tm.tm_mday += (int)rel[1];
			tm.tm_mon += (int)rel[2];
			/* like GNU: keep today's daylight saving flag */
			time_t t = mktime(&tm);
			if (t == (time_t)-1)
				return -1;
			t0 = t + (time_t)rel[0];
		}
		ts->tv_sec = t0;
		ts->tv_nsec = nsec;
		return 0;
	}
	tm.tm_mday += (int)rel[1];
	tm.tm_mon += (int)rel[2];
	if (utc) {
		/* normalize the fields without a time zone */
		long long months = tm.tm_year * 12LL + tm.tm_mon;
		tm.tm_year = (int)(months / 12 - (months % 12 < 0));
		tm.tm_mon = (int)(months - tm.tm_year * 12LL);
	}
	if (to_time(&tm, utc, offset, ts))
		return -1;
	ts->tv_sec += (time_t)rel[0];
	ts->tv_nsec = nsec;
	return 0;
}

/* Legacy MMDDhhmm[[CC]YY][.ss] for setting the clock. */
static int parse_legacy(const char *s, struct timespec *ts)
{
	size_t n = strcspn(s, ".");
	if ((n != 8 && n != 10 && n != 12) || strspn(s, "0123456789") != n)
		return -1;
	time_t now = time(0);
	struct tm tm;
	localtime_r(&now, &tm);
	const char *p = s;
	int mo = 0, d = 0, h = 0, mi = 0, y = 0, sec = 0;
	read_digits(&p, 2, &mo);
	read_digits(&p, 2, &d);
	read_digits(&p, 2, &h);
	read_digits(&p, 2, &mi);
	if (n == 12) {
		read_digits(&p, 4, &y);
		tm.tm_year = y - 1900;
	} else if (n == 10) {
		read_digits(&p, 2, &y);
		tm.tm_year = y < 69 ? y + 100 : y;
	}
	if (*p == '.') {
		p++;
		if (read_digits(&p, 2, &sec) || *p)
			return -1;
	}
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
		return -1;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	ts->tv_nsec = 0;
	return to_time(&tm, 0, 0, ts);
}

/* --- formatting ------------------------------------------------------------------------ */

static char *out;
static size_t olen, ocap;

static void put(const char *s, size_t n)
{
	if (olen + n + 1 > ocap) {
		ocap = (olen + n + 1) * 2;
		out = xrealloc(out, ocap);
	}
	memcpy(out + olen, s, n);
	olen += n;
}

static void format(const char *f, const struct tm *tm, const struct timespec *ts)
{
	for (; *f; f++) {
		if (*f != '%' || !f[1]) {
			put(f, 1);
			continue;
		}
		const char *start = f++;
		int pad = 0, upper = 0, width = -1, colons = 0;
		for (;; f++) {
			if (*f == '-' || *f == '_' || *f == '0')
				pad = *f;
			else if (*f == '^')
				upper = 1;
			else if (*f == '#')
				;
			else
				break;
		}
		if (*f >= '1' && *f <= '9') {
			width = 0;
			for (; *f >= '0' && *f <= '9'; f++)
				width = width * 10 + (*f - '0');
		}
		while (*f == ':')
			colons++, f++;
		if (*f == 'E' || *f == 'O')
			f++;
		char tmp[128];
		size_t n = 0;
		int numeric = 0;
		if (!*f) {
			put(start, f - start);
			break;
		}
		if (*f == 'N') {
			snprintf(tmp, sizeof tmp, "%09ld", (long)ts->tv_nsec);
			n = width > 0 && width < 9 ? (size_t)width : 9;
			width = -1;
			numeric = 1;
		} else if (*f == 's') {
			n = snprintf(tmp, sizeof tmp, "%lld", (long long)ts->tv_sec);
			numeric = 1;
		} else if (*f == 'z') {
			long off = tm->tm_gmtoff;
			char sign = off < 0 ? '-' : '+';
			if (off < 0)
				off = -off;
			if (colons == 1)
				n = snprintf(tmp, sizeof tmp, "%c%02ld:%02ld", sign, off / 3600, off / 60 % 60);
			else if (colons >= 2)
				n = snprintf(tmp, sizeof tmp, "%c%02ld:%02ld:%02ld", sign, off / 3600,
					off / 60 % 60, off % 60);
			else
				n = snprintf(tmp, sizeof tmp, "%c%02ld%02ld", sign, off / 3600, off / 60 % 60);
		} else {
			char one[4] = { '%', *f, 0 };
			n = strftime(tmp, sizeof tmp, one, tm);
			if (!n && *f != 'p' && *f != 'P' && *f != 'Z') {
				/* unknown conversion: print it as given */
				put(start, f - start + 1);
				continue;
			}
			numeric = strchr("CdegGHIjmMSuUVwWyY", *f) != 0;
			if (*f == 'e' || *f == 'k' || *f == 'l')
				numeric = 1;
		}
		const char *s = tmp;
		if (numeric && pad) {
			/* re-pad: strip the default padding first */
			while (n > 1 && (*s == '0' || *s == ' ')) {
				s++;
				n--;
			}
			if (pad != '-') {
				size_t def = *f == 'j' ? 3 : *f == 'Y' || *f == 'G' ? 4 : *f == 's' ||
					*f == 'N' || *f == 'u' || *f == 'w' ? 1 : 2;
				if (width < 0)
					width = (int)def;
			}
		}
		if (upper)
			for (size_t i = 0; i < n; i++)
				if (tmp[s - tmp + i] >= 'a' && tmp[s - tmp + i] <= 'z')
					tmp[s - tmp + i] -= 32;
		if (width > 0 && (size_t)width > n) {
			char fill = pad == '_' ? ' ' : pad == '0' || (numeric && pad != '-') ? '0' : ' ';
			if (pad == '-')
				width = 0;
			for (size_t i = n; i < (size_t)width; i++)
				put(&fill, 1);
		}
		put(s, n);
	}
}

int date_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"d(date):r(reference):s(set):u(utc)(universal)R(rfc-email)(rfc-2822)");
	int c, have = 0, set = 0;
	const char *fmt = "%a %b %e %H:%M:%S %Z %Y", *iso = 0, *rfc3339 = 0;
	struct timespec ts;
	/* -I[FMT] and --iso-8601[=FMT] take an optional argument: pick them out first */
	int k = 1;
	for (int i = 1; i < argc; i++) {
		char *w = argv[i];
		if (!strcmp(w, "--")) {
			while (i < argc)
				argv[k++] = argv[i++];
			break;
		}
		if (w[0] == '-' && w[1] == 'I') {
			iso = w[2] ? w + 2 : "date";
			continue;
		}
		if (!strncmp(w, "--iso-8601", 10) && (!w[10] || w[10] == '=')) {
			iso = w[10] ? w + 11 : "date";
			continue;
		}
		if (!strncmp(w, "--rfc-3339=", 11)) {
			rfc3339 = w + 11;
			continue;
		}
		argv[k++] = w;
	}
	argv[k] = 0;
	argc = o.argc = k;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'd':
		case 's':
			if (parse_date(o.arg, &ts)) {
				warn_msg("invalid date '%s'", o.arg);
				return 1;
			}
			have = 1;
			set = c == 's';
			break;
		case 'r': {
			struct stat st;
			if (stat(o.arg, &st)) {
				warn_errno("%s", o.arg);
				return 1;
			}
			ts = st.st_mtim;
			have = 1;
			break;
		}
		case 'u':
			setenv("TZ", "UTC0", 1);
			break;
		case 'R': fmt = "%a, %d %b %Y %H:%M:%S %z"; break;
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (iso) {
		if (!strncmp(iso, "date", strlen(iso)) && *iso)
			fmt = "%Y-%m-%d";
		else if (!strcmp(iso, "hours"))
			fmt = "%Y-%m-%dT%H%:z";
		else if (!strcmp(iso, "minutes"))
			fmt = "%Y-%m-%dT%H:%M%:z";
		else if (!strcmp(iso, "seconds"))
			fmt = "%Y-%m-%dT%H:%M:%S%:z";
		else if (!strcmp(iso, "ns"))
			fmt = "%Y-%m-%dT%H:%M:%S,%N%:z";
		else {
			warn_msg("invalid argument '%s' for '--iso-8601'", iso);
			return usage();
		}
	}
	if (rfc3339) {
		if (!strcmp(rfc3339, "date"))
			fmt = "%Y-%m-%d";
		else if (!strcmp(rfc3339, "seconds"))
			fmt = "%Y-%m-%d %H:%M:%S%:z";
		else if (!strcmp(rfc3339, "ns"))
			fmt = "%Y-%m-%d %H:%M:%S.%N%:z";
		else {
			warn_msg("invalid argument '%s' for '--rfc-3339'", rfc3339);
			return usage();
		}
	}
	tzset();
	for (; argc; argc--, argv++) {
		if (argv[0][0] == '+') {
			fmt = argv[0] + 1;
		} else if (!have && !parse_legacy(argv[0], &ts)) {
			have = set = 1;
		} else {
			warn_msg("invalid date '%s'", argv[0]);
			return 1;
		}
	}
	if (!have)
		clock_gettime(CLOCK_REALTIME, &ts);
	if (set && clock_settime(CLOCK_REALTIME, &ts)) {
		warn_errno("cannot set date");
		return 1;
	}
	struct tm tm;
	time_t t = ts.tv_sec;
	if (!localtime_r(&t, &tm)) {
		warn_msg("time %lld is out of range", (long long)t);
		return 1;
	}
	format(fmt, &tm, &ts);
	put("\n", 1);
	fwrite(out, 1, olen, stdout);
	return 0;
}
