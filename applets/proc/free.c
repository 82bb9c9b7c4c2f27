/* free - amount of free and used memory
 *
 * APPLET(free, USR_BIN)
 * usage: free [-bkmgh] [--si] [-t] [-w] [-s SECS] [-c COUNT]
 *
 * Show the system's memory and swap from /proc/meminfo, in KiB by default.
 * "used" is total minus available, "buff/cache" counts buffers, page cache and
 * reclaimable slab, "available" is the kernel's estimate of what can be had without
 * swapping.
 *
 * -b, -k, -m, -g  show bytes, KiB, MiB, GiB (--bytes --kibi --mebi --gibi;
 *                 --tebi --pebi; --kilo --mega --giga --tera --peta for powers of 1000)
 * -h              human readable: the unit that fits, like 1.5Gi (--human)
 *     --si        use powers of 1000 instead of 1024
 * -t              add a line with the totals of memory and swap (--total)
 * -w              show buffers and cache in two columns (--wide)
 * -s SECS         repeat every SECS seconds (fractions allowed) (--seconds)
 * -c COUNT        repeat COUNT times, every second unless -s says otherwise (--count)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "ring3.h"

static int human, si, total, wide;
static int shift;	/* the unit: 1000 or 1024 to this power (0 = bytes) */

static const char *fmt(char *buf, size_t len, unsigned long long kib)
{
	unsigned long long base = si ? 1000 : 1024;
	if (human) {
		static const char *const bin[] = { "B", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei" };
		static const char *const dec[] = { "B", "K", "M", "G", "T", "P", "E" };
		const char *const *up = si ? dec : bin;
		size_t room = si ? 4 : 5;
		double bytes = (double)kib * 1024.0;
		if (bytes < (double)base) {
			snprintf(buf, len, "%lluB", kib * 1024);
			return buf;
		}
		double power = (double)base;
		for (int i = 1; i < 7; i++, power *= (double)base) {
			double v = bytes / power;
			if ((size_t)snprintf(buf, len, "%.1f%s", v, up[i]) <= room)
				return buf;
			if ((size_t)snprintf(buf, len, "%llu%s", (unsigned long long)v, up[i]) <= room)
				return buf;
		}
		return buf;
	}
	unsigned long long bytes = kib * 1024, div = 1;
	for (int i = 0; i < shift; i++)
		div *= base;
	snprintf(buf, len, "%llu", bytes / div);
	return buf;
}

static void row(const char *label, const unsigned long long *v, int n)
{
	char buf[32];
	printf("%-9s", label);
	for (int i = 0; i < n; i++)
		printf("%s%11s", i ? " " : "", fmt(buf, sizeof buf, v[i]));
	putchar('\n');
}

static int show(void)
{
	struct meminfo m;
	if (proc_meminfo(&m)) {
		warn_errno("/proc/meminfo");
		return 1;
	}
	if (wide)
		printf("%-9s%11s %11s %11s %11s %11s %11s %11s\n", "", "total", "used", "free",
		       "shared", "buffers", "cache", "available");
	else
		printf("%-9s%11s %11s %11s %11s %11s %11s\n", "", "total", "used", "free",
		       "shared", "buff/cache", "available");
	unsigned long long mem[] = { m.total, m.used, m.free, m.shared, m.buffers, m.cache,
		m.available };
	if (wide)
		row("Mem:", mem, 7);
	else {
		mem[4] = m.buffers + m.cache;
		mem[5] = m.available;
		row("Mem:", mem, 6);
	}
	unsigned long long swap[] = { m.swap_total, m.swap_used, m.swap_free };
	row("Swap:", swap, 3);
	if (total) {
		unsigned long long t[] = { m.total + m.swap_total, m.used + m.swap_used,
			m.free + m.swap_free };
		row("Total:", t, 3);
	}
	return 0;
}

/* A positive number of seconds with an optional fraction; -1 if invalid. */
static double seconds(const char *s)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (!*s || *end || errno || !(v >= 0) || v > 1e9)
		return -1;
	return v;
}

int free_main(int argc, char **argv)
{
	double delay = -1;
	long count = -1;
	shift = 1;
	struct opt o = OPT_INIT(argc, argv,
		"b(bytes)k(kibi)m(mebi)g(gibi)\001(tebi)\002(pebi)\003(kilo)\004(mega)\005(giga)"
		"\006(tera)\007(peta)h(human)\010(si)t(total)w(wide)s(seconds):c(count):");
	int c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'b': shift = 0; break;
		case 'k': shift = 1; break;
		case 'm': shift = 2; break;
		case 'g': shift = 3; break;
		case 1: shift = 4; break;
		case 2: shift = 5; break;
		case 3: case 4: case 5: case 6: case 7:
			shift = c - 2;
			si = 1;
			break;
		case 'h': human = 1; break;
		case 8: si = 1; break;
		case 't': total = 1; break;
		case 'w': wide = 1; break;
		case 's':
			if ((delay = seconds(o.arg)) < 0) {
				warn_msg("'%s': invalid number of seconds", o.arg);
				return 1;
			}
			break;
		case 'c': {
			char *end;
			errno = 0;
			count = strtol(o.arg, &end, 10);
			if (!*o.arg || *end || errno || count < 1) {
				warn_msg("'%s': invalid count", o.arg);
				return 1;
			}
			break;
		}
		default: return usage();
		}
	if (o.ind < argc) {
		warn_msg("'%s': extra operand", argv[o.ind]);
		return usage();
	}
	if (count > 0 && delay < 0)
		delay = 1;
	for (long n = 1;; n++) {
		if (show())
			return 1;
		if (delay < 0 || (count > 0 && n >= count))
			return 0;
		putchar('\n');
		if (fflush(stdout))
			return 1;
		struct timespec ts = { (time_t)delay, (long)((delay - (double)(time_t)delay) * 1e9) };
		while (nanosleep(&ts, &ts) && errno == EINTR)
			;
	}
}
