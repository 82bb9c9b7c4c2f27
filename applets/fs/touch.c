/* touch - change file timestamps
 *
 * APPLET(touch, BIN)
 * usage: touch [-acmh] [-d DATE | -r REF | -t STAMP] FILE...
 *
 * Set the access and modification times of each FILE to now (or to the time given),
 * creating empty files that don't exist.
 *
 * -a  change only the access time        -m  change only the modification time
 * -c  don't create missing files         -h  change a symbolic link, not its target
 * -d DATE   YYYY-MM-DD[ HH:MM[:SS[.NS]]] (T may separate; Z or +HH:MM for a zone),
 *           or @SECONDS, or now; then relative items: yesterday, tomorrow,
 *           [+-]N sec|min|hour|day|week|month|year[s] [ago]
 * -r REF    use REF's times              -t STAMP  [[CC]YY]MMDDhhmm[.ss]
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

/* Broken-down local time (or UTC with a zone offset) to a timespec. */
static int make_time(struct tm *tm, int zoned, long offset, struct timespec *ts)
{
	if (tm->tm_mon < 0 || tm->tm_mon > 11 || tm->tm_mday < 1 || tm->tm_mday > 31 ||
	    tm->tm_hour > 23 || tm->tm_min > 59 || tm->tm_sec > 60)
		return -1;
	if (zoned) {
		ts->tv_sec = (time_t)(days_from_civil(tm->tm_year + 1900LL, tm->tm_mon + 1, tm->tm_mday) * 86400 +
				      tm->tm_hour * 3600 + tm->tm_min * 60 + tm->tm_sec - offset);
		return 0;
	}
	struct tm want = *tm;
	tm->tm_isdst = -1;
	time_t t = mktime(tm);
	if (t == (time_t)-1 && (tm->tm_year != 69 || tm->tm_mon != 11 || tm->tm_mday != 31))
		return -1;
	/* mktime normalizes: reject dates like February 30 */
	if (tm->tm_mday != want.tm_mday || tm->tm_mon != want.tm_mon)
		return -1;
	ts->tv_sec = t;
	return 0;
}

/* An absolute date: the whole of s. */
static int parse_abs(const char *s, struct timespec *ts)
{
	ts->tv_nsec = 0;
	if (*s == '@') {
		char *end;
		errno = 0;
		long long v = strtoll(s + 1, &end, 10);
		if (errno || end == s + 1 || *end)
			return -1;
		ts->tv_sec = (time_t)v;
		return 0;
	}
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	int y, mo, d;
	const char *p = s;
	const char *dash = strchr(p, '-');
	if (!dash || dash - p < 1 || dash - p > 6 || read_digits(&p, (int)(dash - p), &y) ||
	    *p++ != '-' || read_digits(&p, 2, &mo) || *p++ != '-' || read_digits(&p, 2, &d))
		return -1;
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	if (*p == ' ' || *p == 'T') {
		int h, mi, sec = 0;
		p++;
		if (read_digits(&p, 2, &h) || *p++ != ':' || read_digits(&p, 2, &mi))
			return -1;
		if (*p == ':') {
			p++;
			if (read_digits(&p, 2, &sec))
				return -1;
			if (*p == '.' || *p == ',') {
				long ns = 0;
				int n = 0;
				for (p++; *p >= '0' && *p <= '9'; p++, n++)
					if (n < 9)
						ns = ns * 10 + (*p - '0');
				if (!n)
					return -1;
				for (; n < 9; n++)
					ns *= 10;
				ts->tv_nsec = ns;
			}
		}
		tm.tm_hour = h;
		tm.tm_min = mi;
		tm.tm_sec = sec;
	}
	while (*p == ' ')
		p++;
	int zoned = 0;
	long offset = 0;
	if (*p == 'Z' || !strncmp(p, "UTC", 3)) {
		p += *p == 'Z' ? 1 : 3;
		zoned = 1;
	} else if (*p == '+' || *p == '-') {
		int sign = *p++ == '-' ? -1 : 1, oh, om = 0;
		if (read_digits(&p, 2, &oh))
			return -1;
		if (*p == ':')
			p++;
		if (*p && read_digits(&p, 2, &om))
			return -1;
		offset = sign * (oh * 3600L + om * 60L);
		zoned = 1;
	}
	while (*p == ' ')
		p++;
	if (*p)
		return -1;
	return make_time(&tm, zoned, offset, ts);
}

static const struct {
	const char *name;
	int field;	/* 's'econds, 'm'inutes, 'h'ours, 'd'ays, 'M'onths, 'y'ears */
	int mult;
} units[] = {
	{ "sec", 's', 1 }, { "second", 's', 1 }, { "min", 'm', 1 }, { "minute", 'm', 1 },
	{ "hour", 'h', 1 }, { "day", 'd', 1 }, { "week", 'd', 7 }, { "fortnight", 'd', 14 },
	{ "month", 'M', 1 }, { "year", 'y', 1 },
};

/* A unit name, singular or plural: its index, or -1. */
static int unit_of(const char *w, size_t n)
{
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
		size_t l = strlen(units[i].name);
		if ((n == l || (n == l + 1 && w[l] == 's')) && !strncmp(w, units[i].name, l))
			return (int)i;
	}
	return -1;
}

/* -d: an absolute date (see parse_abs) or now, then relative items the way GNU
 * spells them: "yesterday", "tomorrow", "now", "today", "[+-]N unit", "N unit ago". */
static int parse_date(const char *s, struct timespec *ts)
{
	char *copy = xstrdup(s), *words[32];
	int n = 0, r = -1;
	for (char *w = strtok(copy, " \t"); w; w = strtok(0, " \t")) {
		if (n == 32)
			goto out;
		words[n++] = w;
	}
	/* the longest run of leading words that is an absolute date */
	int k = n > 3 ? 3 : n;
	char buf[256];
	for (; k > 0; k--) {
		buf[0] = 0;
		for (int i = 0; i < k; i++) {
			if (strlen(buf) + strlen(words[i]) + 2 > sizeof buf)
				goto out;
			if (i)
				strcat(buf, " ");
			strcat(buf, words[i]);
		}
		if (!parse_abs(buf, ts))
			break;
	}
	if (!k)
		clock_gettime(CLOCK_REALTIME, ts);
	if (k == n) {
		r = 0;
		goto out;
	}
	long long add[128] = { 0 };
	for (int i = k; i < n; i++) {
		const char *w = words[i];
		if (!strcmp(w, "now") || !strcmp(w, "today"))
			continue;
		if (!strcmp(w, "yesterday") || !strcmp(w, "tomorrow")) {
			add['d'] += w[0] == 'y' ? -1 : 1;
			continue;
		}
		long long num = 1;
		if (*w == '+' || *w == '-' || (*w >= '0' && *w <= '9')) {
			char *end;
			errno = 0;
			num = strtoll(w, &end, 10);
			if (errno || end == w || *end)
				goto out;
			if (++i == n)
				goto out;
			w = words[i];
		}
		int u = unit_of(w, strlen(w));
		if (u < 0)
			goto out;
		num *= units[u].mult;
		if (i + 1 < n && !strcmp(words[i + 1], "ago")) {
			num = -num;
			i++;
		}
		add[units[u].field] += num;
	}
	time_t t = ts->tv_sec;
	struct tm *tm = localtime(&t);
	if (!tm)
		goto out;
	struct tm m = *tm;
	m.tm_sec += (int)add['s'];
	m.tm_min += (int)add['m'];
	m.tm_hour += (int)add['h'];
	m.tm_mday += (int)add['d'];
	m.tm_mon += (int)add['M'];
	m.tm_year += (int)add['y'];
	m.tm_isdst = -1;
	t = mktime(&m);
	if (t == (time_t)-1)
		goto out;
	ts->tv_sec = t;
	r = 0;
out:
	free(copy);
	return r;
}

/* POSIX -t: [[CC]YY]MMDDhhmm[.ss] */
static int parse_stamp(const char *s, struct timespec *ts)
{
	const char *dot = strchr(s, '.');
	size_t n = dot ? (size_t)(dot - s) : strlen(s);
	struct tm tm;
	time_t now = time(0);
	struct tm *cur = localtime(&now);
	memset(&tm, 0, sizeof tm);
	const char *p = s;
	int cc, yy, v;
	if (n == 12) {
		if (read_digits(&p, 2, &cc) || read_digits(&p, 2, &yy))
			return -1;
		tm.tm_year = cc * 100 + yy - 1900;
	} else if (n == 10) {
		if (read_digits(&p, 2, &yy))
			return -1;
		tm.tm_year = yy < 69 ? yy + 100 : yy;
	} else if (n == 8)
		tm.tm_year = cur ? cur->tm_year : 70;
	else
		return -1;
	if (read_digits(&p, 2, &v))
		return -1;
	tm.tm_mon = v - 1;
	if (read_digits(&p, 2, &tm.tm_mday) || read_digits(&p, 2, &tm.tm_hour) || read_digits(&p, 2, &tm.tm_min))
		return -1;
	if (dot) {
		p++;
		if (read_digits(&p, 2, &tm.tm_sec) || *p)
			return -1;
	}
	ts->tv_nsec = 0;
	return make_time(&tm, 0, 0, ts);
}

int touch_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"ac(no-create)d(date):fh(no-dereference)mr(reference):t:");
	int c, atime = 0, mtime = 0, create = 1, nofollow = 0, given = 0, status = 0;
	struct timespec ts[2];
	const char *ref = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'a': atime = 1; break;
		case 'm': mtime = 1; break;
		case 'c': create = 0; break;
		case 'f': break;
		case 'h': nofollow = 1; break;
		case 'd':
			if (parse_date(o.arg, &ts[0])) {
				warn_msg("invalid date format '%s'", o.arg);
				return 1;
			}
			given = 1;
			break;
		case 't':
			if (parse_stamp(o.arg, &ts[0])) {
				warn_msg("invalid date format '%s'", o.arg);
				return 1;
			}
			given = 1;
			break;
		case 'r': ref = o.arg; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing file operand");
		return usage();
	}
	if (ref) {
		struct stat st;
		if (nofollow ? lstat(ref, &st) : stat(ref, &st)) {
			warn_errno("failed to get attributes of '%s'", ref);
			return 1;
		}
		ts[0] = st.st_atim;
		ts[1] = st.st_mtim;
		given = 1;
	} else
		ts[1] = ts[0];
	if (!given)
		ts[0].tv_nsec = ts[1].tv_nsec = UTIME_NOW;
	if (atime != mtime) {
		if (!atime)
			ts[0].tv_nsec = UTIME_OMIT;
		if (!mtime)
			ts[1].tv_nsec = UTIME_OMIT;
	}
	/* with neither set nor restricted, pass NULL: allowed to file writers, not only owners */
	const struct timespec *times = !given && atime == mtime ? 0 : ts;
	for (int i = 0; i < argc; i++) {
		const char *f = argv[i];
		int r;
		if (!strcmp(f, "-")) {
			r = futimens(1, times);
		} else {
			r = utimensat(AT_FDCWD, f, times, nofollow ? AT_SYMLINK_NOFOLLOW : 0);
			if (r && errno == ENOENT && create && !nofollow) {
				int fd = open(f, O_WRONLY | O_CREAT | O_NOCTTY | O_NONBLOCK | O_CLOEXEC, 0666);
				if (fd >= 0) {
					r = times ? futimens(fd, times) : 0;
					int e = errno;
					if (close(fd) && !r)
						r = -1;
					else
						errno = e;
				}
			} else if (r && errno == ENOENT && !create)
				continue;
		}
		if (r) {
			warn_errno("cannot touch '%s'", f);
			status = 1;
		}
	}
	return status;
}
