/* swapon, swapoff - start and stop swapping to files and devices
 *
 * APPLET(swapon, SBIN)
 * APPLET(swapoff, SBIN)
 * usage: swapon [-aefs] [-p PRIO] [-d[=once|pages]] [-T FSTAB] [--show] [DEVICE...] | swapoff [-ae] [-T FSTAB] [DEVICE...]
 *
 * swapon enables swapping to each DEVICE (a file, a device, LABEL=x or UUID=x);
 * without operands or -a it lists the active areas as --show does. swapoff disables
 * them. The kernel checks the swap header (see mkswap).
 *
 * -a  swapon: every swap entry in /etc/fstab, except noauto ones and those already
 *     active, with their pri=, discard and nofail options; swapoff: every active area
 *     in /proc/swaps (--all)
 * -e  skip devices that do not exist (--ifexists)
 * -p PRIO  priority, 0 to 32767; higher is used first (--priority)
 * -d[=once|pages]  discard freed swap pages (pages) or the whole area once at swapon
 *     (once); both without a policy (--discard)
 * -s  print /proc/swaps (--summary)
 * --show  NAME TYPE SIZE USED PRIO table of the active areas
 * -T FSTAB  read FSTAB instead of /etc/fstab (--fstab)
 * -f  accepted for util-linux compatibility (--fixpgsz)
 */
#include <errno.h>
#include <mntent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/swap.h>
#include <unistd.h>
#include "ring3.h"

#ifndef SWAP_FLAG_DISCARD_ONCE
#define SWAP_FLAG_DISCARD_ONCE 0x20000
#define SWAP_FLAG_DISCARD_PAGES 0x40000
#endif

static const char *fstab = "/etc/fstab";
static int ifexists;

/* The discard flags for a policy ("" for both), or -1. */
static int discard_flags(const char *policy)
{
	if (!*policy)
		return SWAP_FLAG_DISCARD;
	if (!strcmp(policy, "once"))
		return SWAP_FLAG_DISCARD | SWAP_FLAG_DISCARD_ONCE;
	if (!strcmp(policy, "pages"))
		return SWAP_FLAG_DISCARD | SWAP_FLAG_DISCARD_PAGES;
	return -1;
}

/* /proc/swaps escapes blanks and backslashes in names as \ooo. */
static void unescape(char *s)
{
	char *d = s;
	for (; *s; s++) {
		if (s[0] == '\\' && s[1] >= '0' && s[1] <= '3' && s[2] >= '0' && s[2] <= '7' &&
		    s[3] >= '0' && s[3] <= '7') {
			*d++ = (s[1] - '0') << 6 | (s[2] - '0') << 3 | (s[3] - '0');
			s += 3;
		} else
			*d++ = *s;
	}
	*d = 0;
}

struct area {
	char name[4096], type[32];
	unsigned long long size, used;	/* KiB */
	int prio;
};

/* The next line of /proc/swaps after the header; 0 at the end. */
static int next_area(FILE *f, struct area *a)
{
	char line[4200];
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "%4095s %31s %llu %llu %d", a->name, a->type, &a->size, &a->used,
			   &a->prio) == 5 && strcmp(a->name, "Filename")) {
			unescape(a->name);
			return 1;
		}
	return 0;
}

static FILE *open_swaps(void)
{
	FILE *f = fopen("/proc/swaps", "re");
	if (!f)
		warn_errno("/proc/swaps");
	return f;
}

/* Is path (after symlinks) an active swap area? */
static int active(const char *path)
{
	FILE *f = fopen("/proc/swaps", "re");
	struct stat a, b;
	struct area ar;
	int found = 0;
	if (!f || stat(path, &a) < 0) {
		if (f)
			fclose(f);
		return 0;
	}
	while (!found && next_area(f, &ar))
		found = stat(ar.name, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino &&
			a.st_rdev == b.st_rdev;
	fclose(f);
	return found;
}

static int show(int summary)
{
	FILE *f = open_swaps();
	if (!f)
		return 1;
	if (summary) {
		int c;
		while ((c = getc(f)) != EOF)
			putchar(c);
	} else {
		struct area a;
		char size[16], used[16];
		int first = 1;
		while (next_area(f, &a)) {
			if (first)
				printf("%-15s %-9s %5s %5s %4s\n", "NAME", "TYPE", "SIZE", "USED",
				       "PRIO");
			first = 0;
			human_size(size, sizeof size, a.size << 10);
			human_size(used, sizeof used, a.used << 10);
			printf("%-15s %-9s %5s %5s %4d\n", a.name, a.type, size, used, a.prio);
		}
	}
	fclose(f);
	return 0;
}

/* One swapon or swapoff; quiet_missing: a missing device is no error (-e, nofail). */
static int do_one(int on, const char *spec, int flags, int quiet_missing)
{
	char *dev = blkdev_resolve(spec);
	if (!dev) {
		if (quiet_missing)
			return 0;
		warn_msg("%s: no such device", spec);
		return 1;
	}
	int r = on ? swapon(dev, flags) : swapoff(dev);
	if (r < 0 && !(quiet_missing && errno == ENOENT)) {
		warn_errno("%s", dev);
		free(dev);
		return 1;
	}
	free(dev);
	return 0;
}

/* swapon -a: fstab's swap entries with their options. */
static int swapon_all(int base_flags)
{
	FILE *f = setmntent(fstab, "re");
	if (!f) {
		warn_errno("%s", fstab);
		return 1;
	}
	int ret = 0;
	struct mntent *m;
	while ((m = getmntent(f))) {
		if (strcmp(m->mnt_type, "swap") || hasmntopt(m, "noauto"))
			continue;
		int flags = base_flags, nofail = hasmntopt(m, "nofail") != NULL;
		char *opt;
		if ((opt = hasmntopt(m, "pri=")))
			flags = (flags & ~SWAP_FLAG_PRIO_MASK) | SWAP_FLAG_PREFER |
				(atoi(opt + 4) & SWAP_FLAG_PRIO_MASK);
		if ((opt = hasmntopt(m, "discard"))) {
			size_t n = strcspn(opt + 7, ",");
			int d = -1;
			if (opt[7] != '=' && !n)
				d = discard_flags("");
			else if (opt[7] == '=') {
				char policy[8] = "";
				if (n - 1 < sizeof policy)
					memcpy(policy, opt + 8, n - 1);
				d = discard_flags(policy);
			}
			if (d < 0) {
				warn_msg("%s: bad discard option in %s", m->mnt_fsname, fstab);
				ret = 1;
				continue;
			}
			flags |= d;
		}
		char *dev = blkdev_resolve(m->mnt_fsname);
		if (dev && active(dev)) {
			free(dev);
			continue;
		}
		free(dev);
		ret |= do_one(1, m->mnt_fsname, flags, ifexists || nofail);
	}
	endmntent(f);
	return ret;
}

static int swapoff_all(void)
{
	FILE *f = open_swaps();
	if (!f)
		return 1;
	struct area a;
	int ret = 0;
	while (next_area(f, &a))
		ret |= do_one(0, a.name, 0, 0);
	fclose(f);
	return ret;
}

static int run(int on, int argc, char **argv)
{
	/* -d takes an optional "=policy", which opt_next cannot express: peel it off first */
	int flags = 0;
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++) {
		const char *p = NULL;
		if (!strncmp(argv[i], "-d=", 3))
			p = argv[i] + 3;
		else if (!strncmp(argv[i], "--discard=", 10))
			p = argv[i] + 10;
		else if (!strcmp(argv[i], "--discard"))
			p = "";
		if (!p)
			continue;
		if ((flags = discard_flags(p)) < 0 || !on) {
			warn_msg("%s: invalid discard policy", argv[i]);
			return 1;
		}
		argv[i] = "-d";
	}
	struct opt o = OPT_INIT(argc, argv, on
		? "a(all)e(ifexists)p:(priority)d(discard)s(summary)\1(show)T:(fstab)f(fixpgsz)v(verbose)"
		: "a(all)e(ifexists)T:(fstab)v(verbose)");
	int c, all = 0, list = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'a': all = 1; break;
		case 'e': ifexists = 1; break;
		case 'd':
			if (!flags)
				flags = discard_flags("");
			break;
		case 'p': {
			char *end;
			long prio = strtol(o.arg, &end, 10);
			if (!*o.arg || *end || prio < 0 || prio > SWAP_FLAG_PRIO_MASK) {
				warn_msg("%s: invalid priority", o.arg);
				return 1;
			}
			flags |= SWAP_FLAG_PREFER | (int)prio;
			break;
		}
		case 's': list = 2; break;
		case '\1': list = 1; break;
		case 'T': fstab = o.arg; break;
		case 'f': case 'v': break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (list || (on && !all && !argc))
		return show(list == 2);
	if (!on && !all && !argc)
		return usage();
	int ret = 0;
	if (all)
		ret = on ? swapon_all(flags) : swapoff_all();
	for (int i = 0; i < argc; i++)
		ret |= do_one(on, argv[i], flags, ifexists);
	return ret;
}

int swapon_main(int argc, char **argv) { return run(1, argc, argv); }
int swapoff_main(int argc, char **argv) { return run(0, argc, argv); }
