/* syslogpri.c: syslog facility and level names, shared by syslogd, logger and klogd. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "ring3.h"

/* Indexed by facility number (LOG_FAC); 12-15 as BSD and util-linux name them. */
static const char *const facilities[24] = {
	"kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron",
	"authpriv", "ftp", "ntp", "audit", "console", "cron2", "local0", "local1",
	"local2", "local3", "local4", "local5", "local6", "local7",
};
static const char *const levels[8] = {
	"emerg", "alert", "crit", "err", "warn", "notice", "info", "debug",
};

const char *log_facility_name(int fac)
{
	return fac >= 0 && fac < 24 ? facilities[fac] : "unknown";
}

const char *log_level_name(int level)
{
	return levels[level & 7];
}

static int lookup(const char *s, size_t n, const char *const *names, int count)
{
	static const struct { const char *alias; int value; } aliases[] = {
		{ "panic", 0 }, { "error", 3 }, { "warning", 4 }, { "security", 4 << 3 },
	};
	for (int i = 0; i < count; i++)
		if (strlen(names[i]) == n && !strncasecmp(s, names[i], n))
			return i;
	for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
		if (strlen(aliases[i].alias) == n && !strncasecmp(s, aliases[i].alias, n)) {
			int v = aliases[i].value;
			/* facility aliases are stored shifted, level aliases not */
			if ((count == 24) != (v >= 8))
				continue;
			return count == 24 ? v >> 3 : v;
		}
	char *end;
	long v = strtol(s, &end, 10);
	if (n && (size_t)(end - s) == n && v >= 0 && v < count)
		return (int)v;
	return -1;
}

int log_parse_pri(const char *s, int default_facility)
{
	const char *dot = strchr(s, '.');
	int fac = default_facility >> 3, level;
	if (dot) {
		fac = lookup(s, dot - s, facilities, 24);
		level = lookup(dot + 1, strlen(dot + 1), levels, 8);
	} else {
		char *end;
		long v = strtol(s, &end, 10);
		if (*s >= '0' && *s <= '9' && !*end)	/* a bare number is a whole priority */
			return v >= 0 && v < 24 << 3 ? (int)v : -1;
		level = lookup(s, strlen(s), levels, 8);
	}
	return fac < 0 || level < 0 ? -1 : fac << 3 | level;
}

int log_ring_name(const char *socket_path, char *name, size_t len)
{
	char *real = realpath(socket_path, NULL);
	if (!real)
		return -1;
	int n = snprintf(name, len, "ring3-syslogd-ring:%s", real);
	free(real);
	return n < (int)len ? n : (int)len - 1;
}
