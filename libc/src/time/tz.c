#include <time.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include "time_impl.h"
#include "syscall.h"

/* The zone: a POSIX rule (std/dst names, offsets, start/end rules) and, from a
 * TZif file, a transition table the rule continues after its last entry. */
struct rule { char kind; int m, w, d; long secs; };	/* kind: 'J', 'N' or 'M' */

static char cur_tz[256];	/* the TZ value the state below was built from */
static int loaded;
static char std_name[16] = "UTC", dst_name[16];
static long std_off, dst_off;	/* seconds east of UTC */
static int has_dst;
static int have_footer;	/* the TZif file ends with a POSIX rule for later times */
static struct rule start, end;

static unsigned char *tzif;	/* mapped file, 64-bit section */
static size_t tzif_len;
static const unsigned char *trans, *idx, *types, *chars;
static size_t ntrans, ntypes, nchars;

char *tzname[2] = { std_name, std_name };
long timezone;
int daylight;

static long long be64(const unsigned char *p)
{
	unsigned long long v = 0;
	for (int i = 0; i < 8; i++) v = v << 8 | p[i];
	return (long long)v;
}

static long be32(const unsigned char *p)
{
	return (int)((unsigned)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3]);
}

/* Zone abbreviation: letters, or anything between < and >. */
static const char *get_name(const char *s, char *out)
{
	size_t n = 0;
	if (*s == '<') {
		for (s++; *s && *s != '>'; s++)
			if (n < 15) out[n++] = *s;
		if (*s) s++;
	} else {
		for (; (*s | 32) >= 'a' && (*s | 32) <= 'z'; s++)
			if (n < 15) out[n++] = *s;
	}
	out[n] = 0;
	return n >= 1 ? s : 0;
}

/* [+-]hh[:mm[:ss]] in seconds. */
static const char *get_hms(const char *s, long *v)
{
	int neg = 0;
	if (*s == '+' || *s == '-') neg = *s++ == '-';
	if (*s < '0' || *s > '9') return 0;
	long h = strtol(s, (char **)&s, 10), m = 0, sec = 0;
	if (*s == ':') {
		m = strtol(s + 1, (char **)&s, 10);
		if (*s == ':') sec = strtol(s + 1, (char **)&s, 10);
	}
	*v = (h * 3600 + m * 60 + sec) * (neg ? -1 : 1);
	return s;
}

static const char *get_rule(const char *s, struct rule *r)
{
	if (*s == 'M') {
		r->kind = 'M';
		r->m = strtol(s + 1, (char **)&s, 10);
		if (*s++ != '.') return 0;
		r->w = strtol(s, (char **)&s, 10);
		if (*s++ != '.') return 0;
		r->d = strtol(s, (char **)&s, 10);
	} else if (*s == 'J') {
		r->kind = 'J';
		r->d = strtol(s + 1, (char **)&s, 10);
	} else if (*s >= '0' && *s <= '9') {
		r->kind = 'N';
		r->d = strtol(s, (char **)&s, 10);
	} else {
		return 0;
	}
	r->secs = 7200;
	if (*s == '/' && !(s = get_hms(s + 1, &r->secs))) return 0;
	return s;
}

/* Parse a POSIX TZ string; offsets in it count west, ours count east. */
static int parse_posix(const char *s)
{
	long v;
	if (!(s = get_name(s, std_name)) || !(s = get_hms(s, &v))) return -1;
	std_off = -v;
	has_dst = 0;
	if (!*s) return 0;
	if (!(s = get_name(s, dst_name))) return -1;
	has_dst = 1;
	dst_off = std_off + 3600;
	if (*s && *s != ',') {
		if (!(s = get_hms(s, &v))) return -1;
		dst_off = -v;
	}
	/* Without rules, the US ones (as POSIX leaves it to the implementation). */
	start = (struct rule){ 'M', 3, 2, 0, 7200 };
	end = (struct rule){ 'M', 11, 1, 0, 7200 };
	if (*s == ',') {
		if (!(s = get_rule(s + 1, &start)) || *s != ',' || !(s = get_rule(s + 1, &end)))
			return -1;
	}
	return 0;
}

static int is_leap(long long y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/* UTC-free seconds from the start of year y (local time) to the rule's moment. */
static long long rule_secs(const struct rule *r, long long y)
{
	static const short cum[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
	long long yday;
	if (r->kind == 'J') {
		yday = r->d - 1;
		if (is_leap(y) && r->d >= 60) yday++;
	} else if (r->kind == 'N') {
		yday = r->d;
	} else {
		/* Day d of week w (5 = last) of month m. */
		int m = r->m >= 1 && r->m <= 12 ? r->m : 1;
		yday = cum[m - 1] + (m > 2 && is_leap(y));
		struct tm t = { .tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = 1 };
		long long first = __tm_to_secs(&t) / 86400;
		int wday = ((first + 4) % 7 + 7) % 7;
		int d = (r->d - wday + 7) % 7 + (r->w - 1) * 7;
		int mdays = cum[m % 12] - cum[m - 1] + (m == 2 && is_leap(y));
		if (m == 12) mdays = 31;
		while (d >= mdays) d -= 7;
		yday += d;
	}
	return yday * 86400 + r->secs;
}

static void posix_at(long long t, long *off, int *isdst, const char **zone)
{
	*off = std_off;
	*isdst = 0;
	*zone = std_name;
	if (!has_dst) return;
	struct tm tm;
	if (__secs_to_tm(t + std_off, &tm)) return;
	long long y = tm.tm_year + 1900LL;
	/* Before 1970 the 1970 transitions stand for every year, as in glibc. */
	if (y < 1970) y = 1970;
	struct tm jan1 = { .tm_year = y - 1900, .tm_mday = 1 };
	long long y0 = __tm_to_secs(&jan1);
	/* Start is given in standard time, end in daylight time. */
	long long s = y0 + rule_secs(&start, y) - std_off;
	long long e = y0 + rule_secs(&end, y) - dst_off;
	int in = s < e ? (t >= s && t < e) : !(t >= e && t < s);
	if (in) {
		*off = dst_off;
		*isdst = 1;
		*zone = dst_name;
	}
}

static void unload(void)
{
	if (tzif) __syscall(SYS_munmap, tzif, tzif_len);
	tzif = 0;
	ntrans = ntypes = 0;
}

/* Map a TZif file and point at its 64-bit data; the POSIX footer string, if
 * any, becomes the rule for times after the table. Returns 0 on success. */
static int load_tzif(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0) return -1;
	if (fstat(fd, &st) || st.st_size < 44 || st.st_size > (1 << 20)) {
		close(fd);
		return -1;
	}
	long r = __syscall(SYS_mmap, 0, st.st_size, 1 /* READ */, 2 /* PRIVATE */, fd, 0);
	close(fd);
	if ((unsigned long)r > -4096UL) return -1;
	unsigned char *p = (void *)r, *e = p + st.st_size;
	tzif = p;
	tzif_len = st.st_size;
	if (memcmp(p, "TZif", 4)) goto bad;
	int version = p[4];
	size_t cnt[6];
	for (int i = 0; i < 6; i++) cnt[i] = be32(p + 20 + 4 * i);
	int tsize = 4;
	unsigned char *d = p + 44;
	if (version >= '2') {
		/* Skip the 32-bit block and its header to the 64-bit one. */
		d += cnt[3] * 5 + cnt[4] * 6 + cnt[5] + cnt[2] * 8 + cnt[1] + cnt[0];
		if (d + 44 > e || memcmp(d, "TZif", 4)) goto bad;
		for (int i = 0; i < 6; i++) cnt[i] = be32(d + 20 + 4 * i);
		d += 44;
		tsize = 8;
	}
	size_t need = cnt[3] * (tsize + 1) + cnt[4] * 6 + cnt[5] + cnt[2] * (tsize + 4) + cnt[1] + cnt[0];
	if (d + need > e || !cnt[4]) goto bad;
	trans = d;
	ntrans = cnt[3];
	idx = d + ntrans * tsize;
	types = idx + ntrans;
	ntypes = cnt[4];
	chars = types + ntypes * 6;
	nchars = cnt[5];
	for (size_t i = 0; i < ntrans; i++)
		if (idx[i] >= ntypes) goto bad;
	if (tsize == 4) {
		/* Only v1: no footer. Keep a transition-only zone (rare today). */
		has_dst = 0;
	} else {
		unsigned char *f = d + need;
		if (f < e && *f == '\n') {
			unsigned char *nl = memchr(f + 1, '\n', e - f - 1);
			char tz[128];
			if (nl && nl - f - 1 < (long)sizeof tz) {
				memcpy(tz, f + 1, nl - f - 1);
				tz[nl - f - 1] = 0;
				have_footer = parse_posix(tz) == 0;
			}
		}
	}
	if (tsize == 4) goto bad;	/* v1 times are 32-bit; not worth a second path */
	return 0;
bad:
	unload();
	return -1;
}

static void type_at(size_t i, long *off, int *isdst, const char **zone)
{
	const unsigned char *t = types + 6 * i;
	*off = be32(t);
	*isdst = t[4];
	*zone = t[5] < nchars ? (const char *)chars + t[5] : "";
}

void __tz_at(long long t, long *off, int *isdst, const char **zone)
{
	if (!tzif || (have_footer && ntrans && t >= be64(trans + 8 * (ntrans - 1)))) {
		posix_at(t, off, isdst, zone);
		return;
	}
	if (!ntrans || t < be64(trans)) {
		/* Before the table: the first standard-time type. */
		size_t i = 0;
		while (i < ntypes && types[6 * i + 4]) i++;
		type_at(i < ntypes ? i : 0, off, isdst, zone);
		return;
	}
	size_t lo = 0, hi = ntrans;	/* last transition <= t */
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (be64(trans + 8 * mid) <= t) lo = mid;
		else hi = mid;
	}
	type_at(idx[lo], off, isdst, zone);
}

void __tz_update(void)
{
	const char *tz = getenv("TZ");
	if (!tz) tz = "\1";	/* unset: /etc/localtime, distinct from "" */
	if (loaded && !strcmp(tz, cur_tz)) return;
	loaded = 1;
	strncpy(cur_tz, tz, sizeof cur_tz - 1);
	unload();
	strcpy(std_name, "UTC");
	std_off = dst_off = 0;
	has_dst = have_footer = 0;
	dst_name[0] = 0;

	char path[300];
	const char *file = 0;
	if (tz[0] == '\1') file = "/etc/localtime";
	else if (tz[0] == ':') tz++;
	if (!file && tz[0] && parse_posix(tz) == 0) goto done;
	if (!file && tz[0]) {
		/* A zone name: absolute path or relative to the zoneinfo tree. */
		if (tz[0] == '/') file = tz;
		else if (!strstr(tz, "..") && strlen(tz) < 200) {
			strcpy(path, "/usr/share/zoneinfo/");
			strcat(path, tz);
			file = path;
		}
	}
	if (!file || load_tzif(file)) {
		strcpy(std_name, "UTC");
		std_off = 0;
		has_dst = 0;
	}
done:
	/* tzname/timezone/daylight describe the zone as of now. */
	{
		long off;
		int dst;
		const char *z;
		long long now = time(0);
		__tz_at(now, &off, &dst, &z);
		if (tzif && !have_footer) {
			timezone = dst ? -(off - 3600) : -off;
			tzname[0] = tzname[1] = (char *)z;
			daylight = 0;
		} else {
			timezone = -std_off;
			tzname[0] = std_name;
			tzname[1] = has_dst ? dst_name : std_name;
			daylight = has_dst;
		}
	}
}

void __tz_names(const char **s, const char **d, long *off, int *has)
{
	*s = std_name;
	*d = dst_name;
	*off = std_off;
	*has = has_dst || (tzif != 0);
}

void tzset(void)
{
	__tz_update();
}
