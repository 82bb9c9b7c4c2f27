/* lsblk - list block devices
 *
 * APPLET(lsblk, BIN)
 * usage: lsblk [-abdflnpr] [-o [+]COLUMN,...] [--sysroot DIR] [DEVICE...]
 *
 * List the block devices in /sys/block as a tree: each disk, its partitions, and the
 * devices built on them (device mapper: crypt, lvm; md) below those, or only the
 * DEVICEs named with what is below them. Default columns: NAME MAJ:MIN RM SIZE RO
 * TYPE MOUNTPOINTS. Unused loop devices and RAM disks (size 0) are left out unless -a.
 *
 * -a  all devices, empty ones too (--all)
 * -b  sizes in bytes (--bytes)
 * -d  disks only, nothing below them (--nodeps)
 * -f  filesystem columns: NAME FSTYPE LABEL UUID MOUNTPOINTS; the superblock is read
 *     from /dev/NAME, and left blank when that cannot be opened (--fs)
 * -l  list, no tree (--list)            -r  raw: single spaces, no tree (--raw)
 * -n  no heading line (--noheadings)    -p  full /dev paths as names (--paths)
 * -o COLUMNS  the columns to print; +COLUMNS adds to the default ones (--output).
 *     NAME KNAME PATH MAJ:MIN RM SIZE RO TYPE FSTYPE LABEL UUID MOUNTPOINT MOUNTPOINTS
 * --sysroot DIR  read DIR/sys, DIR/proc/self/mountinfo and DIR/dev instead
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "ring3.h"

enum { C_NAME, C_KNAME, C_PATH, C_MAJMIN, C_RM, C_SIZE, C_RO, C_TYPE, C_FSTYPE, C_LABEL,
       C_UUID, C_MOUNTPOINT, C_MOUNTPOINTS, NCOLS };
static const struct {
	const char *name;
	int right;	/* right-aligned */
} cols[NCOLS] = {
	{ "NAME", 0 }, { "KNAME", 0 }, { "PATH", 0 }, { "MAJ:MIN", 0 }, { "RM", 1 },
	{ "SIZE", 1 }, { "RO", 1 }, { "TYPE", 0 }, { "FSTYPE", 0 }, { "LABEL", 0 },
	{ "UUID", 0 }, { "MOUNTPOINT", 0 }, { "MOUNTPOINTS", 0 },
};

struct dev {
	char name[256], type[32];
	unsigned maj, min;
	unsigned long long size;	/* bytes */
	char kname[256];		/* the kernel's name; name may be a dm name */
	int rm, ro, part, nr;		/* nr: partition number */
	int depth;
	char prefix[64];		/* tree drawing: "|-", "| `-" ... */
	char **cell;
};

static const char *root = "";
static int bytes, paths, all, raw, list;
static struct dev *devs;
static size_t ndevs;
static char *mounts;	/* "maj:min path\n" lines from mountinfo */

/* Reads root/path into buf (trailing newline dropped); "" if unreadable. */
static char *readf(char *buf, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static char *readf(char *buf, size_t len, const char *fmt, ...)
{
	char path[4096];
	int n = snprintf(path, sizeof path, "%s", root);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(path + n, sizeof path - n, fmt, ap);
	va_end(ap);
	buf[0] = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return buf;
	ssize_t got = safe_read(fd, buf, len - 1);
	close(fd);
	if (got < 0)
		got = 0;
	buf[got] = 0;
	buf[strcspn(buf, "\n")] = 0;
	return buf;
}

static unsigned long long readnum(const char *fmt, const char *a, const char *b)
{
	char buf[64];
	readf(buf, sizeof buf, fmt, a, b);
	return strtoull(buf, NULL, 10);
}

static int add(const char *disk, const char *name, int part)
{
	char buf[256];
	const char *sub = part ? "/" : "";
	const char *p = part ? name : "";
	struct dev d = { .part = part };
	if (sscanf(readf(buf, sizeof buf, "/sys/block/%s%s%s/dev", disk, sub, p), "%u:%u",
		   &d.maj, &d.min) != 2)
		return 0;
	snprintf(d.kname, sizeof d.kname, "%s", name);
	for (char *s = d.kname; *s; s++)
		if (*s == '!')	/* sysfs spells cciss/c0d0 as cciss!c0d0 */
			*s = '/';
	strcpy(d.name, d.kname);
	char path[600];
	snprintf(path, sizeof path, "%s%s%s", disk, sub, p);
	d.size = readnum("/sys/block/%s%s/size", path, "") * 512;
	d.ro = readnum("/sys/block/%s%s/ro", path, "") != 0;
	d.rm = readnum("/sys/block/%s%s/removable", disk, "") != 0;
	if (part) {
		d.nr = readnum("/sys/block/%s%s/partition", path, "");
		strcpy(d.type, "part");
	} else if (!strncmp(name, "loop", 4))
		strcpy(d.type, "loop");
	else if (!strncmp(name, "sr", 2) || readnum("/sys/block/%s%s/device/type", disk, "") == 5)
		strcpy(d.type, "rom");
	else if (!strncmp(name, "dm-", 3)) {
		/* device mapper: its own name, and a type from its UUID's prefix */
		static const char *const kinds[][2] = {
			{ "LVM-", "lvm" }, { "CRYPT-", "crypt" }, { "part", "part" },
			{ "mpath-", "mpath" },
		};
		if (*readf(buf, sizeof buf, "/sys/block/%s/dm/name", disk))
			snprintf(d.name, sizeof d.name, "%s", buf);
		readf(buf, sizeof buf, "/sys/block/%s/dm/uuid", disk);
		strcpy(d.type, "dm");
		for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
			if (!strncmp(buf, kinds[k][0], strlen(kinds[k][0])))
				strcpy(d.type, kinds[k][1]);
	}
	else if (*readf(buf, sizeof buf, "/sys/block/%s/md/level", disk))
		snprintf(d.type, sizeof d.type, "%.31s", buf);
	else
		strcpy(d.type, "disk");
	if (!part && !all && !d.size && (!strcmp(d.type, "loop") || !strncmp(name, "ram", 3)))
		return 0;
	devs = xrealloc(devs, (ndevs + 1) * sizeof *devs);
	devs[ndevs++] = d;
	return 1;
}

/* Names in natural order: loop2 before loop10. */
static int natcmp(const char *a, const char *b)
{
	while (*a && *b) {
		if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
			unsigned long long x = strtoull(a, (char **)&a, 10);
			unsigned long long y = strtoull(b, (char **)&b, 10);
			if (x != y)
				return x < y ? -1 : 1;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a - (unsigned char)*b;
		a++, b++;
	}
	return (unsigned char)*a - (unsigned char)*b;
}

static int byname(const void *a, const void *b)
{
	return natcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted entry names of root/path that pass keep (NULL: all but dot files). */
static char **names_in(const char *path, const char *disk, size_t *n)
{
	char full[4096];
	snprintf(full, sizeof full, "%s%s", root, path);
	DIR *d = opendir(full);
	char **v = NULL;
	*n = 0;
	if (!d)
		return NULL;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (disk) {	/* partitions: subdirectories with a "partition" file */
			char buf[16];
			if (!*readf(buf, sizeof buf, "/sys/block/%s/%s/partition", disk, e->d_name))
				continue;
		}
		v = xrealloc(v, (*n + 1) * sizeof *v);
		v[(*n)++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (*n)
		qsort(v, *n, sizeof *v, byname);
	return v;
}

static void free_names(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Below the device at /sys/block/REL (a disk's REL is its name, a partition's
 * DISK/PART): a disk's partitions, then the devices built on it (holders: dm, md),
 * each followed by its own. cont is the tree drawing its children continue. */
static void children(const char *disk, const char *rel, int is_disk, const char *cont,
		     int depth)
{
	char sub[600];
	size_t np = 0, nh = 0;
	char **parts = NULL, **holders;
	if (depth > 8)	/* a loop in a damaged sysfs */
		return;
	if (is_disk) {
		snprintf(sub, sizeof sub, "/sys/block/%s", disk);
		parts = names_in(sub, disk, &np);
	}
	snprintf(sub, sizeof sub, "/sys/block/%s/holders", rel);
	holders = names_in(sub, NULL, &nh);
	/* partitions in partition-number order */
	int *nr = xmalloc((np + 1) * sizeof *nr);
	for (size_t i = 0; i < np; i++)
		nr[i] = readnum("/sys/block/%s/%s/partition", disk, parts[i]);
	for (size_t i = 1; i < np; i++)
		for (size_t j = i; j > 0 && (nr[j - 1] > nr[j] ||
				(nr[j - 1] == nr[j] && natcmp(parts[j - 1], parts[j]) > 0)); j--) {
			int t = nr[j];
			char *tp = parts[j];
			nr[j] = nr[j - 1], parts[j] = parts[j - 1];
			nr[j - 1] = t, parts[j - 1] = tp;
		}
	free(nr);
	for (size_t i = 0; i < np + nh; i++) {
		int last = i == np + nh - 1, part = i < np;
		const char *name = part ? parts[i] : holders[i - np];
		if (!add(part ? disk : name, name, part))
			continue;
		struct dev *d = &devs[ndevs - 1];
		d->depth = depth;
		snprintf(d->prefix, sizeof d->prefix, "%s%s", cont, last ? "`-" : "|-");
		char next[64], childrel[600];
		snprintf(next, sizeof next, "%s%s", cont, last ? "  " : "| ");
		snprintf(childrel, sizeof childrel, "%s/%s", disk, name);
		children(part ? disk : name, part ? childrel : name, !part, next, depth + 1);
	}
	free_names(parts, np);
	free_names(holders, nh);
}

static void scan(int nodeps)
{
	size_t n, ns;
	char **disks = names_in("/sys/block", NULL, &n);
	if (!disks && errno)
		die_errno("%s/sys/block", root);
	for (size_t i = 0; i < n; i++) {
		/* a device built on others (dm, md) shows under them */
		char sub[600];
		snprintf(sub, sizeof sub, "/sys/block/%s/slaves", disks[i]);
		char **slaves = names_in(sub, NULL, &ns);
		free_names(slaves, ns);
		if (!ns && add(disks[i], disks[i], 0) && !nodeps)
			children(disks[i], disks[i], 1, "", 1);
	}
	free_names(disks, n);
}

/* mountinfo's "maj:min" and mount point (\040-style escapes undone). */
static void load_mounts(void)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/proc/self/mountinfo", root);
	FILE *f = fopen(path, "re");
	size_t len = 0;
	mounts = xstrdup("");
	if (!f)
		return;
	char line[8192], majmin[32], mp[4096];
	while (fgets(line, sizeof line, f)) {
		if (sscanf(line, "%*s %*s %31s %*s %4095s", majmin, mp) != 2)
			continue;
		char *d = mp;
		for (char *s = mp; *s; s++) {
			if (s[0] == '\\' && s[1] >= '0' && s[1] <= '3' && s[2] >= '0' &&
			    s[2] <= '7' && s[3] >= '0' && s[3] <= '7') {
				*d++ = (s[1] - '0') << 6 | (s[2] - '0') << 3 | (s[3] - '0');
				s += 3;
			} else
				*d++ = *s;
		}
		*d = 0;
		size_t add = strlen(majmin) + strlen(mp) + 2;
		mounts = xrealloc(mounts, len + add + 1);
		len += sprintf(mounts + len, "%s %s\n", majmin, mp);
	}
	fclose(f);
}

/* The mount points of maj:min, newline-separated ("" if none); first only: one. */
static char *mountpoints(const struct dev *d, int first_only)
{
	char key[32], *out = xstrdup("");
	size_t len = 0;
	int klen = snprintf(key, sizeof key, "%u:%u ", d->maj, d->min);
	for (char *l = mounts; *l;) {
		char *nl = strchr(l, '\n');
		if (!strncmp(l, key, klen) && !(first_only && len)) {
			size_t n = nl - l - klen;
			out = xrealloc(out, len + n + 2);
			if (len)
				out[len++] = '\n';
			memcpy(out + len, l + klen, n);
			len += n;
			out[len] = 0;
		}
		l = nl + 1;
	}
	return out;
}

/* util-linux's sizes: one decimal unless it is zero, B K M G T P E. */
static char *size_str(unsigned long long n)
{
	char buf[32];
	if (bytes) {
		snprintf(buf, sizeof buf, "%llu", n);
		return xstrdup(buf);
	}
	static const char units[] = "BKMGTPE";
	int u = 0;
	while (u < 6 && n >= 1ULL << (10 * (u + 1)))
		u++;
	unsigned long long whole = n >> (10 * u), frac = n - (whole << (10 * u));
	unsigned long long tenths = u ? (frac * 10 + (1ULL << (10 * u - 1))) >> (10 * u) : 0;
	if (tenths == 10)
		whole++, tenths = 0;
	if (tenths)
		snprintf(buf, sizeof buf, "%llu.%llu%c", whole, tenths, units[u]);
	else
		snprintf(buf, sizeof buf, "%llu%c", whole, units[u]);
	return xstrdup(buf);
}

static char *cell(struct dev *d, int c, struct fsinfo *fi, int *probed)
{
	char buf[600];
	if ((c == C_FSTYPE || c == C_LABEL || c == C_UUID) && !*probed) {
		*probed = 1;
		snprintf(buf, sizeof buf, "%s/dev/%s", root, d->kname);
		int fd = open(buf, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
		if (fd < 0 || fs_probe(fd, fi))
			memset(fi, 0, sizeof *fi);
		if (fd >= 0)
			close(fd);
	}
	switch (c) {
	case C_NAME:
		snprintf(buf, sizeof buf, "%s%s%s", list || raw ? "" : d->prefix,
			 paths ? strcmp(d->name, d->kname) ? "/dev/mapper/" : "/dev/" : "", d->name);
		return xstrdup(buf);
	case C_KNAME: return xstrdup(d->kname);
	case C_PATH:
		snprintf(buf, sizeof buf, "%s%s", strcmp(d->name, d->kname) ? "/dev/mapper/" : "/dev/",
			 d->name);
		return xstrdup(buf);
	case C_MAJMIN:
		snprintf(buf, sizeof buf, raw ? "%u:%u" : "%3u:%-3u", d->maj, d->min);
		return xstrdup(buf);
	case C_RM: return xstrdup(d->rm ? "1" : "0");
	case C_RO: return xstrdup(d->ro ? "1" : "0");
	case C_SIZE: return size_str(d->size);
	case C_TYPE: return xstrdup(d->type);
	case C_FSTYPE: return xstrdup(fi->type);
	case C_LABEL: return xstrdup(fi->label);
	case C_UUID: return xstrdup(fi->uuid);
	case C_MOUNTPOINT: return mountpoints(d, 1);
	default: return mountpoints(d, 0);
	}
}

/* Width of line k of a multi-line cell, or -1 when it has fewer lines. */
static int line_of(const char *s, int k, const char **start)
{
	while (k--) {
		s = strchr(s, '\n');
		if (!s)
			return -1;
		s++;
	}
	*start = s;
	return (int)strcspn(s, "\n");
}

static void print_table(const int *sel, int nsel, int heading)
{
	int width[32] = { 0 };
	for (int i = 0; i < nsel; i++)
		width[i] = heading ? (int)strlen(cols[sel[i]].name) : 0;
	for (size_t r = 0; r < ndevs; r++)
		for (int i = 0; i < nsel; i++) {
			const char *s;
			for (int k = 0, w; (w = line_of(devs[r].cell[i], k, &s)) >= 0; k++)
				if (w > width[i])
					width[i] = w;
		}
	if (heading) {
		for (int i = 0; i < nsel; i++) {
			const char *h = cols[sel[i]].name;
			if (raw)
				printf("%s%s", i ? " " : "", h);
			else if (i == nsel - 1 && !cols[sel[i]].right)
				printf("%s%s", i ? " " : "", h);
			else
				printf("%s%*s", i ? " " : "", cols[sel[i]].right ? width[i] : -width[i], h);
		}
		putchar('\n');
	}
	for (size_t r = 0; r < ndevs; r++) {
		for (int k = 0;; k++) {
			int any = 0;
			for (int i = 0; i < nsel; i++) {
				const char *s;
				if (line_of(devs[r].cell[i], k, &s) >= 0)
					any = 1;
			}
			if (!any)
				break;
			for (int i = 0; i < nsel; i++) {
				const char *s = "";
				int w = line_of(devs[r].cell[i], k, &s);
				if (w < 0)
					w = 0, s = "";
				if (raw) {
					/* one line per device: blanks, backslashes and newlines
					 * as \x20 \x5c \x0a, as util-linux does */
					if (i)
						putchar(' ');
					for (s = devs[r].cell[i]; *s; s++)
						printf(strchr(" \\\n", *s) ? "\\x%02x" : "%c",
						       (unsigned char)*s);
				} else if (i == nsel - 1 && !cols[sel[i]].right)
					printf("%s%.*s", i ? " " : "", w, s);
				else
					printf("%s%*s%.*s%*s", i ? " " : "",
					       cols[sel[i]].right ? width[i] - w : 0, "", w, s,
					       cols[sel[i]].right ? 0 : width[i] - w, "");
			}
			putchar('\n');
			if (raw)
				break;
		}
	}
}

static int parse_columns(const char *s, int *sel, int *nsel)
{
	char *copy = xstrdup(s), *save = NULL;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		int c = 0;
		while (c < NCOLS && strcasecmp(cols[c].name, t))
			c++;
		if (c == NCOLS) {
			warn_msg("unknown column: %s", t);
			free(copy);
			return -1;
		}
		if (*nsel < 32)
			sel[(*nsel)++] = c;
	}
	free(copy);
	return 0;
}

/* Keep only the devices the operands name (matched by device number). */
static int select_operands(int argc, char **argv)
{
	struct dev *keep = xmalloc((ndevs + 1) * sizeof *keep);
	size_t nkeep = 0;
	int ret = 0;
	for (int i = 0; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) < 0) {
			warn_errno("%s", argv[i]);
			ret = 1;
			continue;
		}
		if (!S_ISBLK(st.st_mode)) {
			warn_msg("%s: not a block device", argv[i]);
			ret = 1;
			continue;
		}
		size_t j = 0;
		while (j < ndevs && (devs[j].maj != major(st.st_rdev) ||
				     devs[j].min != minor(st.st_rdev)))
			j++;
		if (j == ndevs) {
			warn_msg("%s: not found in %s/sys/block", argv[i], root);
			ret = 1;
			continue;
		}
		/* the device with what sits below it in the tree, as the top */
		keep = xrealloc(keep, (nkeep + ndevs) * sizeof *keep);
		int depth = devs[j].depth;
		size_t cut = strlen(devs[j].prefix);
		keep[nkeep] = devs[j];
		keep[nkeep].prefix[0] = 0;
		keep[nkeep++].depth = 0;
		while (++j < ndevs && devs[j].depth > depth) {
			keep[nkeep] = devs[j];
			keep[nkeep].depth -= depth;
			memmove(keep[nkeep].prefix, keep[nkeep].prefix + cut,
				strlen(keep[nkeep].prefix + cut) + 1);
			nkeep++;
		}
	}
	free(devs);
	devs = keep;
	ndevs = nkeep;
	return ret;
}

int lsblk_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "a(all)b(bytes)d(nodeps)f(fs)l(list)n(noheadings)"
		"o:(output)p(paths)r(raw)\1(sysroot):");
	int c, nodeps = 0, fs = 0, heading = 1, sel[32], nsel = 0;
	const char *output = NULL;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'a': all = 1; break;
		case 'b': bytes = 1; break;
		case 'd': nodeps = 1; break;
		case 'f': fs = 1; break;
		case 'l': list = 1; break;
		case 'n': heading = 0; break;
		case 'o': output = o.arg; break;
		case 'p': paths = 1; break;
		case 'r': raw = 1; break;
		case '\1': root = o.arg; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	static const int dflt[] = { C_NAME, C_MAJMIN, C_RM, C_SIZE, C_RO, C_TYPE, C_MOUNTPOINTS };
	static const int fscols[] = { C_NAME, C_FSTYPE, C_LABEL, C_UUID, C_MOUNTPOINTS };
	if (fs) {
		memcpy(sel, fscols, sizeof fscols);
		nsel = 5;
	}
	if (!output || *output == '+') {
		if (!fs) {
			memcpy(sel, dflt, sizeof dflt);
			nsel = 7;
		}
		if (output)
			output++;
	}
	if (output && parse_columns(output, sel, &nsel))
		return 1;

	errno = 0;
	scan(nodeps);
	load_mounts();
	int ret = argc ? select_operands(argc, argv) : 0;
	for (size_t r = 0; r < ndevs; r++) {
		struct fsinfo fi;
		int probed = 0;
		devs[r].cell = xmalloc(nsel * sizeof *devs[r].cell);
		for (int i = 0; i < nsel; i++)
			devs[r].cell[i] = cell(&devs[r], sel[i], &fi, &probed);
	}
	if (ndevs || !argc)
		print_table(sel, nsel, heading);
	for (size_t r = 0; r < ndevs; r++) {
		for (int i = 0; i < nsel; i++)
			free(devs[r].cell[i]);
		free(devs[r].cell);
	}
	free(devs);
	free(mounts);
	return ret;
}
