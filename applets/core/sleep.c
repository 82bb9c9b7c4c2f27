/* sleep - suspend execution for an interval
 *
 * APPLET(sleep, BIN)
 * usage: sleep NUMBER[SUFFIX]...
 *
 * Sleep for the sum of the intervals. NUMBER may have a fractional part (1.5);
 * SUFFIX is s (seconds, the default), m (minutes), h (hours) or d (days).
 * "inf" or "infinity" sleeps until a signal ends the process.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include "ring3.h"

#define NS 1000000000ULL
#define MAX_SEC (UINT64_MAX / NS / 100000)

/* Adds the interval s to *sec, *ns. Returns -1 if s is not an interval, 1 for inf. */
static int parse(const char *s, uint64_t *sec, uint64_t *ns)
{
	if (!strcmp(s, "inf") || !strcmp(s, "infinity"))
		return 1;
	const char *p = s;
	uint64_t whole = 0, frac = 0, scale = NS / 10;
	int digits = 0;
	while (*p >= '0' && *p <= '9') {
		if (whole < MAX_SEC)
			whole = whole * 10 + (*p - '0');
		p++;
		digits++;
	}
	if (*p == '.') {
		p++;
		while (*p >= '0' && *p <= '9') {
			frac += (*p - '0') * scale;
			scale /= 10;
			p++;
			digits++;
		}
	}
	if (!digits)
		return -1;
	uint64_t mult = 1;
	switch (*p) {
	case 0: break;
	case 's': p++; break;
	case 'm': mult = 60; p++; break;
	case 'h': mult = 3600; p++; break;
	case 'd': mult = 86400; p++; break;
	default: return -1;
	}
	if (*p)
		return -1;
	if (whole > MAX_SEC)
		whole = MAX_SEC;
	/* frac < 1e9 and mult <= 86400: the product fits in 64 bits */
	uint64_t fns = frac * mult;
	*sec += whole * mult + fns / NS;
	*ns += fns % NS;
	*sec += *ns / NS;
	*ns %= NS;
	if (*sec > MAX_SEC)
		*sec = MAX_SEC;
	return 0;
}

int sleep_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "");
	if (opt_next(&o) != -1)
		return usage();
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing operand");
		return usage();
	}
	uint64_t sec = 0, ns = 0;
	int forever = 0, bad = 0;
	for (int i = 0; i < argc; i++) {
		int r = parse(argv[i], &sec, &ns);
		if (r < 0) {
			warn_msg("%s: invalid time interval", argv[i]);
			bad = 1;
		} else if (r > 0) {
			forever = 1;
		}
	}
	if (bad)
		return 1;
	/* time_t may be 32 bits wide: sleep in slices of at most a year */
	const uint64_t year = 31536000;
	while (forever || sec || ns) {
		struct timespec ts = { (time_t)year, 0 };
		if (forever) {
		} else if (sec > year) {
			sec -= year;
		} else {
			ts.tv_sec = (time_t)sec;
			ts.tv_nsec = (long)ns;
			sec = ns = 0;
		}
		while (nanosleep(&ts, &ts))
			if (errno != EINTR)
				die_errno("nanosleep");
	}
	return 0;
}
