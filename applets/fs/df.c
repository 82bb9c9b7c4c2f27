/* df - report file system space usage
 *
 * APPLET(df, BIN)
 * usage: df [-kPahiTm] [-t TYPE] [-x TYPE] [FILE...]
 *
 * Show the size, used and available space of each mounted file system (those with
 * blocks, each device once unless -a), or of the ones holding each FILE.
 *
 * -k  1024-byte blocks (default)  -m  1 MiB blocks   -h, --human-readable  powers of 1024
 * -P, --portability  the POSIX format       -a, --all  include pseudo and duplicate mounts
 * -i, --inodes  inodes instead of blocks    -T, --print-type  show the file system type
 * -t, --type=TYPE  only file systems of TYPE    -x, --exclude-type=TYPE  not of TYPE
 */
#include <errno.h>
#include <mntent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include "ring3.h"

struct row {
	char *f[7];	/* source, type, size, used, avail, pcent, target */
};
static struct row *rows;
static size_t nrows;
static int human, posix, inodes, show_type;
static unsigned long long unit = 1024;

static void add(const char *a, const char *b, const char *c, const char *d, const char *e,
		const char *f, const char *g)
{
	rows = xrealloc(rows, (nrows + 1) * sizeof *rows);
	const char *v[7] = { a, b, c, d, e, f, g };
	for (int i = 0; i < 7; i++)
		rows[nrows].f[i] = xstrdup(v[i]);
	nrows++;
}

static void num(char *buf, size_t len, unsigned long long n, unsigned long long mult)
{
	if (human && !inodes)
		human_size(buf, len, n * mult);
	else if (inodes)
		snprintf(buf, len, "%llu", n);
	else {
		/* n * mult / unit, rounded up, without overflowing */
		unsigned long long q = n / unit * mult + (n % unit * mult + unit - 1) / unit;
		snprintf(buf, len, "%llu", q);
	}
}

static void add_fs(const struct mntent *m, const struct statvfs *sv)
{
	char s[32], u[32], a[32], p[16];
	unsigned long long total, used, avail, mult = sv->f_frsize ? sv->f_frsize : sv->f_bsize;
	if (inodes) {
		total = sv->f_files;
		used = sv->f_files - sv->f_ffree;
		avail = sv->f_favail;
	} else {
		total = sv->f_blocks;
		used = sv->f_blocks - sv->f_bfree;
		avail = sv->f_bavail;
	}
	num(s, sizeof s, total, mult);
	num(u, sizeof u, used, mult);
	num(a, sizeof a, avail, mult);
	if (used + avail)
		snprintf(p, sizeof p, "%llu%%", (used * 100 + used + avail - 1) / (used + avail));
	else
		strcpy(p, "-");
	add(m->mnt_fsname, m->mnt_type, s, u, a, p, m->mnt_dir);
}

static void print(void)
{
	size_t w[7] = { 14, 4, 5, 5, 5, 4, 0 };
	for (size_t r = 0; r < nrows; r++)
		for (int i = 0; i < 7; i++) {
			size_t l = strlen(rows[r].f[i]);
			if (l > w[i])
				w[i] = l;
		}
	for (size_t r = 0; r < nrows; r++) {
		for (int i = 0; i < 7; i++) {
			if (i == 1 && !show_type)
				continue;
			const char *v = rows[r].f[i];
			if (i == 6)
				printf("%s\n", v);
			else if (i < 2)
				printf("%-*s ", (int)w[i], v);
			else
				printf("%*s ", (int)w[i], v);
		}
	}
}

static int type_in(const char *type, char **list, int n)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(type, list[i]))
			return 1;
	return 0;
}

int df_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"kmh(human-readable)P(portability)a(all)i(inodes)T(print-type)t(type):"
		"x(exclude-type):l(local)");
	int c, all = 0, status = 0, nt = 0, nx = 0;
	char **types = xmalloc(argc * sizeof *types), **excl = xmalloc(argc * sizeof *excl);
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'k': unit = 1024; human = 0; break;
		case 'm': unit = 1024 * 1024; human = 0; break;
		case 'h': human = 1; break;
		case 'P': posix = 1; break;
		case 'a': all = 1; break;
		case 'i': inodes = 1; break;
		case 'T': show_type = 1; break;
		case 't': types[nt++] = (char *)o.arg; break;
		case 'x': excl[nx++] = (char *)o.arg; break;
		case 'l': break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	char hdr[32];
	if (inodes)
		add("Filesystem", "Type", "Inodes", "IUsed", "IFree", "IUse%", "Mounted on");
	else {
		if (human)
			strcpy(hdr, "Size");
		else if (unit == 1024)
			strcpy(hdr, posix ? "1024-blocks" : "1K-blocks");
		else
			strcpy(hdr, posix ? "1048576-blocks" : "1M-blocks");
		add("Filesystem", "Type", hdr, "Used", human ? "Avail" : "Available",
		    posix ? "Capacity" : "Use%", "Mounted on");
	}
	FILE *f = setmntent("/proc/self/mounts", "r");
	if (!f)
		f = setmntent("/proc/mounts", "r");
	if (!f) {
		warn_errno("cannot read table of mounted file systems");
		return 1;
	}
	struct ment {
		struct mntent m;
		dev_t dev;
		int ok;
	} *ms = 0;
	size_t nm = 0;
	struct mntent *m;
	while ((m = getmntent(f))) {
		ms = xrealloc(ms, (nm + 1) * sizeof *ms);
		ms[nm].m.mnt_fsname = xstrdup(m->mnt_fsname);
		ms[nm].m.mnt_dir = xstrdup(m->mnt_dir);
		ms[nm].m.mnt_type = xstrdup(m->mnt_type);
		ms[nm].m.mnt_opts = xstrdup(m->mnt_opts);
		struct stat st;
		ms[nm].ok = !stat(ms[nm].m.mnt_dir, &st);
		ms[nm].dev = ms[nm].ok ? st.st_dev : 0;
		nm++;
	}
	endmntent(f);
	if (argc) {
		for (int i = 0; i < argc; i++) {
			struct stat st;
			if (stat(argv[i], &st)) {
				warn_errno("%s", argv[i]);
				status = 1;
				continue;
			}
			size_t best = nm;
			for (size_t k = 0; k < nm; k++)
				if (ms[k].ok && ms[k].dev == st.st_dev)
					best = k;
			struct statvfs sv;
			if (best == nm) {
				warn_msg("%s: can't find mount point", argv[i]);
				status = 1;
			} else if (statvfs(argv[i], &sv)) {
				warn_errno("%s", argv[i]);
				status = 1;
			} else {
				add_fs(&ms[best].m, &sv);
			}
		}
	} else {
		for (size_t k = 0; k < nm; k++) {
			if (nt && !type_in(ms[k].m.mnt_type, types, nt))
				continue;
			if (nx && type_in(ms[k].m.mnt_type, excl, nx))
				continue;
			/* one line per device: the last mount of it that is still visible */
			int dup = 0;
			if (!all)
				for (size_t j = k + 1; j < nm; j++)
					if (ms[j].ok && ms[k].ok && ms[j].dev == ms[k].dev &&
					    strlen(ms[j].m.mnt_dir) <= strlen(ms[k].m.mnt_dir))
						dup = 1;
			if (dup)
				continue;
			struct statvfs sv;
			if (statvfs(ms[k].m.mnt_dir, &sv)) {
				if (all || (errno != EACCES && errno != ENOENT)) {
					warn_errno("%s", ms[k].m.mnt_dir);
					status = 1;
				}
				continue;
			}
			if (!all && !sv.f_blocks)
				continue;
			add_fs(&ms[k].m, &sv);
		}
	}
	if (nrows > 1 || !argc)
		print();
	return status;
}
