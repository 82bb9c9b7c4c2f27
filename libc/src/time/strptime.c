#include <time.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <stdlib.h>
#include "time_impl.h"

static const char *const days[] = { "sunday", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday" };
static const char *const months[] = { "january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december" };

/* Up to max digits, optionally signed, in [lo, hi]. */
static const char *num(const char *s, int *v, int lo, int hi, int max, int sign)
{
	int neg = 0, n = 0, d = 0;
	while (isspace((unsigned char)*s)) s++;
	if (sign && (*s == '+' || *s == '-')) neg = *s++ == '-';
	for (; d < max && isdigit((unsigned char)*s); d++) n = n * 10 + *s++ - '0';
	if (!d) return 0;
	if (neg) n = -n;
	if (n < lo || n > hi) return 0;
	*v = n;
	return s;
}

/* Full or three-letter name from the table; returns its index in *v. */
static const char *name(const char *s, const char *const *tab, int n, int *v)
{
	for (int i = 0; i < n; i++) {
		size_t full = strlen(tab[i]);
		if (!strncasecmp(s, tab[i], full)) {
			*v = i;
			return s + full;
		}
		if (!strncasecmp(s, tab[i], 3)) {
			*v = i;
			return s + 3;
		}
	}
	return 0;
}

char *strptime(const char *restrict s, const char *restrict f, struct tm *restrict tm)
{
	int v, century = -1, yy = -1, pm = -1;
	for (; *f; f++) {
		if (isspace((unsigned char)*f)) {
			while (isspace((unsigned char)*s)) s++;
			continue;
		}
		if (*f != '%') {
			if (*s++ != *f) return 0;
			continue;
		}
		f++;
		if (*f == 'E' || *f == 'O') f++;
		switch (*f) {
		case 'a': case 'A':
			if (!(s = name(s, days, 7, &tm->tm_wday))) return 0;
			break;
		case 'b': case 'B': case 'h':
			if (!(s = name(s, months, 12, &tm->tm_mon))) return 0;
			break;
		case 'c':
			if (!(s = strptime(s, "%a %b %e %H:%M:%S %Y", tm))) return 0;
			break;
		case 'C':
			if (!(s = num(s, &century, 0, 99, 2, 0))) return 0;
			break;
		case 'd': case 'e':
			if (!(s = num(s, &tm->tm_mday, 1, 31, 2, 0))) return 0;
			break;
		case 'D':
			if (!(s = strptime(s, "%m/%d/%y", tm))) return 0;
			break;
		case 'F':
			if (!(s = strptime(s, "%Y-%m-%d", tm))) return 0;
			break;
		case 'H': case 'k':
			if (!(s = num(s, &tm->tm_hour, 0, 23, 2, 0))) return 0;
			break;
		case 'I': case 'l':
			if (!(s = num(s, &v, 1, 12, 2, 0))) return 0;
			tm->tm_hour = v % 12;
			break;
		case 'j':
			if (!(s = num(s, &v, 1, 366, 3, 0))) return 0;
			tm->tm_yday = v - 1;
			break;
		case 'm':
			if (!(s = num(s, &v, 1, 12, 2, 0))) return 0;
			tm->tm_mon = v - 1;
			break;
		case 'M':
			if (!(s = num(s, &tm->tm_min, 0, 59, 2, 0))) return 0;
			break;
		case 'n': case 't':
			while (isspace((unsigned char)*s)) s++;
			break;
		case 'p':
			if (!strncasecmp(s, "am", 2)) pm = 0;
			else if (!strncasecmp(s, "pm", 2)) pm = 1;
			else return 0;
			s += 2;
			break;
		case 'r':
			if (!(s = strptime(s, "%I:%M:%S %p", tm))) return 0;
			break;
		case 'R':
			if (!(s = strptime(s, "%H:%M", tm))) return 0;
			break;
		case 's': {
			char *end;
			long long t = strtoll(s, &end, 10);
			if (end == s) return 0;
			time_t tt = t;
			localtime_r(&tt, tm);
			s = end;
			break;
		}
		case 'S':
			if (!(s = num(s, &tm->tm_sec, 0, 60, 2, 0))) return 0;
			break;
		case 'T':
			if (!(s = strptime(s, "%H:%M:%S", tm))) return 0;
			break;
		case 'u':
			if (!(s = num(s, &v, 1, 7, 1, 0))) return 0;
			tm->tm_wday = v % 7;
			break;
		case 'w':
			if (!(s = num(s, &tm->tm_wday, 0, 6, 1, 0))) return 0;
			break;
		case 'U': case 'W': case 'V':
			if (!(s = num(s, &v, 0, 53, 2, 0))) return 0;	/* parsed, not applied */
			break;
		case 'x':
			if (!(s = strptime(s, "%m/%d/%y", tm))) return 0;
			break;
		case 'X':
			if (!(s = strptime(s, "%H:%M:%S", tm))) return 0;
			break;
		case 'y':
			if (!(s = num(s, &yy, 0, 99, 2, 0))) return 0;
			break;
		case 'Y':
			if (!(s = num(s, &v, -99999, 99999, 5, 1))) return 0;
			tm->tm_year = v - 1900;
			break;
		case 'z': {
			int sign, hh, mm = 0;
			while (isspace((unsigned char)*s)) s++;
			if (*s == 'Z') {
				tm->tm_gmtoff = 0;
				s++;
				break;
			}
			if (*s != '+' && *s != '-') return 0;
			sign = *s++ == '-' ? -1 : 1;
			if (!isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1])) return 0;
			hh = (s[0] - '0') * 10 + s[1] - '0';
			s += 2;
			if (*s == ':') s++;
			if (isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1])) {
				mm = (s[0] - '0') * 10 + s[1] - '0';
				s += 2;
			}
			tm->tm_gmtoff = sign * (hh * 3600 + mm * 60);
			break;
		}
		case 'Z':
			while (isalpha((unsigned char)*s)) s++;
			break;
		case '%':
			if (*s++ != '%') return 0;
			break;
		default:
			return 0;
		}
	}
	/* A two-digit year: 69-99 are 1900s, 00-68 are 2000s, unless %C said. */
	if (yy >= 0) tm->tm_year = (century >= 0 ? century * 100 : yy < 69 ? 2000 : 1900) + yy - 1900;
	else if (century >= 0) tm->tm_year = century * 100 - 1900 + (tm->tm_year + 1900) % 100;
	if (pm >= 0) tm->tm_hour = tm->tm_hour % 12 + 12 * pm;
	return (char *)s;
}
