/* sleep - suspend execution for an interval
 *
 * APPLET(sleep, BIN)
 * usage: sleep NUMBER[SUFFIX]...
 *
 * Sleep for the sum of the intervals. NUMBER may have a fractional part and an
 * exponent (1.5, .5, 2e-3); SUFFIX is s (seconds, the default), m (minutes),
 * h (hours) or d (days).
 * "inf" or "infinity" sleeps until a signal ends the process.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include "ring3.h"

#define NS 1000000000ULL
#define MAX_SEC (UINT64_MAX / 86400 / 2)	/* times a suffix, still fits */

/* Adds the interval s to *sec, *ns. Returns -1 if s is not an interval, 1 for inf.
 * The number is read as decimal digits and an exponent, so 1.5, .5, 1e3 and 2.5e-1
 * are exact; what is below a nanosecond is dropped. */
static int parse(const char *s, uint64_t *sec, uint64_t *ns)
{
	if (!strcmp(s, "inf") || !strcmp(s, "infinity"))
		return 1;
	const char *p = s, *ip = s, *fp = 0;
	long ilen, flen = 0;
	while (*p >= '0' && *p <= '9')
		p++;
	ilen = p - ip;
	if (*p == '.') {
		fp = ++p;
		while (*p >= '0' && *p <= '9')
			p++;
		flen = p - fp;
	}
	if (!ilen && !flen)
		return -1;
	long exp = 0;
	if (*p == 'e' || *p == 'E') {
		int neg = 0;
		p++;
		if (*p == '-' || *p == '+')
			neg = *p++ == '-';
		if (*p < '0' || *p > '9')
			return -1;
		for (; *p >= '0' && *p <= '9'; p++)
			if (exp < 100000)
				exp = exp * 10 + (*p - '0');
		if (neg)
			exp = -exp;
	}
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
	/* digit i (integer digits, then fraction digits) is worth 10^(ilen - 1 - i + exp) */
	uint64_t whole = 0, frac = 0;
	for (long i = 0; i < ilen + flen; i++) {
		unsigned d = (i < ilen ? ip[i] : fp[i - ilen]) - '0';
		long place = ilen - 1 - i + exp;
		if (!d || place < -9)
			continue;
		if (place < 0) {
			uint64_t v = d;
			for (long k = 9 + place; k > 0; k--)
				v *= 10;
			frac += v;
			continue;
		}
		uint64_t v = d;
		for (long k = 0; k < place && v <= MAX_SEC; k++)
			v *= 10;
		whole = whole + v > MAX_SEC ? MAX_SEC : whole + v;
	}
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
