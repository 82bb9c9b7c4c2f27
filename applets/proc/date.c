/* date - print or set the system date and time
 *
 * APPLET(date, BIN)
 * usage: date [-uR] [-I[FMT]] [-d STRING | -r FILE] [-s STRING] [+FORMAT | MMDDhhmm[[CC]YY][.ss]]
 *
 * Print the date and time, by default as "%a %b %e %H:%M:%S %Z %Y", or set it.
 * FORMAT takes strftime's conversions plus %N (nanoseconds), %s (seconds since
 * the epoch), %:z (+hh:mm) and GNU's padding flags after the %: - (none), _ (spaces),
 * 0 (zeros), ^ (upper case), and a width, as in %-d or %_5H.
 * A date STRING is @SECONDS, now, today, yesterday, tomorrow, or
 * YYYY-MM-DD[( |T)hh:mm[:ss[.frac]]][Z|UTC|+hh:mm], or hh:mm[:ss] today.
 *
 * -d STRING  show the time described by STRING instead of now (--date)
 * -r FILE    show the last modification time of FILE (--reference)
 * -s STRING  set the system clock to STRING (--set)
 * -u         use UTC instead of the local time zone (--utc, --universal)
 * -R         RFC 5322 format, "Mon, 14 Aug 2006 02:34:56 -0600" (--rfc-email)
 * -I[FMT]    ISO 8601 format; FMT is date (default), hours, minutes, seconds or ns
 *            (--iso-8601)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include "ring3.h"

static long long days_from_civil(long long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

static int digits(const char **p, int n, int *out)
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

static int parse_date(const char *s, struct timespec *ts)
{
	const char *p = s;
	struct tm tm;
	time_t now = time(0);
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
			long ns = 0;
			int n = 0;
			for (end++; *end >= '0' && *end <= '9'; end++, n++)
				if (n < 9)
					ns = ns * 10 + (*end - '0');
			for (; n < 9; n++)
				ns *= 10;
			ts->tv_nsec = v < 0 && ns ? 1000000000 - ns : ns;
			if (v < 0 && ns)
				v--;
		}
		if (*end)
			return -1;
		ts->tv_sec = (time_t)v;
		return 0;
	}
	ts->tv_nsec = 0;
	int day_shift = 0;
	if (!*p || !strcmp(p, "now")) {
		clock_gettime(CLOCK_REALTIME, ts);
		return 0;
	}
	localtime_r(&now, &tm);
	if (!strcmp(p, "today") || !strcmp(p, "yesterday") || !strcmp(p, "tomorrow")) {
		day_shift = *p == 'y' ? -1 : *p == 't' && p[2] == 'm' ? 1 : 0;
		ts->tv_sec = now + day_shift * 86400;
		return 0;
	}
	int y, mo, d, h = 0, mi = 0, sec = 0, utc = 0;
	long offset = 0;
	const char *q = p;
	if (digits(&q, 4, &y) == 0 && *q == '-') {
		q++;
		if (digits(&q, 2, &mo) || *q++ != '-' || digits(&q, 2, &d))
			return -1;
		tm.tm_year = y - 1900;
		tm.tm_mon = mo - 1;
		tm.tm_mday = d;
		tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
		if (mo < 1 || mo > 12 || d < 1 || d > 31)
			return -1;
		if (*q == ' ' || *q == 'T')
			q++;
		else if (*q)
			return -1;
		p = q;
	}
	if (*p) {
		if (digits(&p, 2, &h) || *p++ != ':' || digits(&p, 2, &mi))
			return -1;
		if (*p == ':') {
			p++;
			if (digits(&p, 2, &sec))
				return -1;
			if (*p == '.' || *p == ',') {
				long ns = 0;
				int n = 0;
				for (p++; *p >= '0' && *p <= '9'; p++, n++)
					if (n < 9)
						ns = ns * 10 + (*p - '0');
				for (; n < 9; n++)
					ns *= 10;
				ts->tv_nsec = ns;
			}
		}
		if (h > 23 || mi > 59 || sec > 60)
			return -1;
		tm.tm_hour = h;
		tm.tm_min = mi;
		tm.tm_sec = sec;
		while (*p == ' ')
			p++;
		if (!strcmp(p, "Z") || !strcmp(p, "UTC") || !strcmp(p, "GMT")) {
			utc = 1;
		} else if (*p == '+' || *p == '-') {
			int sign = *p++ == '-' ? -1 : 1, oh, om = 0;
			if (digits(&p, 2, &oh))
				return -1;
			if (*p == ':')
				p++;
			if (*p && digits(&p, 2, &om))
				return -1;
			if (*p)
				return -1;
			utc = 1;
			offset = sign * (oh * 3600L + om * 60L);
		} else if (*p) {
			return -1;
		}
	}
	return to_time(&tm, utc, offset, ts);
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
	digits(&p, 2, &mo);
	digits(&p, 2, &d);
	digits(&p, 2, &h);
	digits(&p, 2, &mi);
	if (n == 12) {
		digits(&p, 4, &y);
		tm.tm_year = y - 1900;
	} else if (n == 10) {
		digits(&p, 2, &y);
		tm.tm_year = y < 69 ? y + 100 : y;
	}
	if (*p == '.') {
		p++;
		if (digits(&p, 2, &sec) || *p)
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
	const char *fmt = "%a %b %e %H:%M:%S %Z %Y", *iso = 0;
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
