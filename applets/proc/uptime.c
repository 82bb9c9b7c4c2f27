/* uptime - how long the system has been running
 *
 * APPLET(uptime, USR_BIN)
 * usage: uptime [-p] [-s]
 *
 * Print the time, how long the system has been up, the number of users logged in
 * (from utmp) and the load averages over the last 1, 5 and 15 minutes.
 *
 * -p  show only the time up, in words: "up 2 days, 3 hours, 1 minute" (--pretty)
 * -s  show only when the system came up, as yyyy-mm-dd HH:MM:SS (--since)
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <utmpx.h>
#include "ring3.h"

static int users(void)
{
	int n = 0;
	struct utmpx *u;
	setutxent();
	while ((u = getutxent()))
		if (u->ut_type == USER_PROCESS && u->ut_user[0])
			n++;
	endutxent();
	return n;
}

static void pretty(long up)
{
	static const struct { const char *name; long secs; } units[] = {
		{ "year", 365 * 86400L }, { "week", 7 * 86400L }, { "day", 86400 },
		{ "hour", 3600 }, { "minute", 60 },
	};
	const char *sep = "up ";
	long left = up;
	for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
		long n = left / units[i].secs;
		left %= units[i].secs;
		if (!n)
			continue;
		printf("%s%ld %s%s", sep, n, units[i].name, n == 1 ? "" : "s");
		sep = ", ";
	}
	if (*sep == 'u')
		printf("up 0 minutes");
	putchar('\n');
}

int uptime_main(int argc, char **argv)
{
	int pflag = 0, sflag = 0;
	struct opt o = OPT_INIT(argc, argv, "p(pretty)s(since)");
	int c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'p': pflag = 1; break;
		case 's': sflag = 1; break;
		default: return usage();
		}
	if (o.ind < argc) {
		warn_msg("'%s': extra operand", argv[o.ind]);
		return usage();
	}
	double upf = proc_uptime();
	if (upf <= 0) {
		warn_errno("/proc/uptime");
		return 1;
	}
	long up = (long)upf;
	time_t now = time(0);
	if (sflag) {
		time_t boot = now - up;
		char buf[64];
		strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", localtime(&boot));
		puts(buf);
		return 0;
	}
	if (pflag) {
		pretty(up);
		return 0;
	}
	struct tm *tm = localtime(&now);
	printf(" %02d:%02d:%02d up ", tm->tm_hour, tm->tm_min, tm->tm_sec);
	long days = up / 86400, hours = up / 3600 % 24, mins = up / 60 % 60;
	if (days)
		printf("%ld day%s, ", days, days == 1 ? "" : "s");
	if (hours)
		printf("%2ld:%02ld, ", hours, mins);
	else
		printf("%ld min, ", mins);
	int n = users();
	double av[3];
	proc_loadavg(av);
	printf("%2d user%s,  load average: %.2f, %.2f, %.2f\n", n, n == 1 ? "" : "s",
	       av[0], av[1], av[2]);
	return 0;
}
