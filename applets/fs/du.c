/* du - estimate file space usage
 *
 * APPLET(du, USR_BIN)
 * usage: du [-aHkLPsxbchlm] [-d N] [FILE...]
 *
 * Print the space used by each FILE (default .) and, recursively, by each directory
 * below it, in 1024-byte units. Files with several hard links count once.
 *
 * -a  also print files          -s  only a total for each FILE   -x  stay on one file system
 * -H  follow links named as FILE        -L  follow all symbolic links   -P  never (default)
 * -k  1024-byte units   -m  MiB units   -b  bytes of apparent size   -h  human-readable
 * -c, --total  print a grand total       -d, --max-depth=N  print directories N deep at most
 * -l, --count-links  count hard links every time    --apparent-size  st_size, not blocks
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

static int all, summary, xdev, follow = 'P', human, apparent, count_links, max_depth = -1;
static unsigned long long unit = 1024;
static int status;
static dev_t root_dev;

/* seen (dev, ino) pairs of multiply linked files: open addressing */
struct seen {
	dev_t dev;
	ino_t ino;
	int used;
};
static struct seen *tab;
static size_t tab_cap, tab_n;

static int seen_before(dev_t dev, ino_t ino)
{
	if (tab_n * 2 >= tab_cap) {
		size_t ncap = tab_cap ? tab_cap * 2 : 1024;
		struct seen *nt = xzalloc(ncap * sizeof *nt);
		for (size_t i = 0; i < tab_cap; i++)
			if (tab[i].used) {
				size_t h = (tab[i].ino * 2654435761u + tab[i].dev) & (ncap - 1);
				while (nt[h].used)
					h = (h + 1) & (ncap - 1);
				nt[h] = tab[i];
			}
		free(tab);
		tab = nt;
		tab_cap = ncap;
	}
	size_t h = (ino * 2654435761u + dev) & (tab_cap - 1);
	while (tab[h].used) {
		if (tab[h].ino == ino && tab[h].dev == dev)
			return 1;
		h = (h + 1) & (tab_cap - 1);
	}
	tab[h].used = 1;
	tab[h].dev = dev;
	tab[h].ino = ino;
	tab_n++;
	return 0;
}

static void show(unsigned long long bytes, const char *path)
{
	char buf[32];
	if (human)
		human_size(buf, sizeof buf, bytes);
	else
		snprintf(buf, sizeof buf, "%llu", (bytes + unit - 1) / unit);
	printf("%s\t%s\n", buf, path);
}

static struct pathbuf pb;

static unsigned long long size_of(const struct stat *st)
{
	return apparent ? (unsigned long long)st->st_size : (unsigned long long)st->st_blocks * 512;
}

static unsigned long long walk(int dfd, const char *name, int depth)
{
	struct stat st;
	int fl = follow == 'L' || (follow == 'H' && !depth) ? 0 : AT_SYMLINK_NOFOLLOW;
	if (fstatat(dfd, name, &st, fl)) {
		warn_errno("cannot access '%s'", pb.s);
		status = 1;
		return 0;
	}
	if (!depth)
		root_dev = st.st_dev;
	if (xdev && st.st_dev != root_dev)
		return 0;
	if (!S_ISDIR(st.st_mode) && st.st_nlink > 1 && !count_links &&
	    seen_before(st.st_dev, st.st_ino))
		return 0;
	unsigned long long total = size_of(&st);
	if (S_ISDIR(st.st_mode)) {
		/* a directory already counted, also one named again as an operand (GNU) */
		if (seen_before(st.st_dev, st.st_ino))
			return 0;
		int fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (fl ? O_NOFOLLOW : 0));
		DIR *d = fd >= 0 ? fdopendir(fd) : 0;
		if (!d) {
			if (fd >= 0)
				close(fd);
			warn_errno("cannot read directory '%s'", pb.s);
			status = 1;
		} else {
			struct dirent *de;
			for (;;) {
				errno = 0;
				if (!(de = readdir(d)))
					break;
				const char *nm = de->d_name;
				if (nm[0] == '.' && (!nm[1] || (nm[1] == '.' && !nm[2])))
					continue;
				size_t old = path_push(&pb, nm);
				total += walk(dirfd(d), nm, depth + 1);
				path_pop(&pb, old);
			}
			if (errno) {
				warn_errno("cannot read directory '%s'", pb.s);
				status = 1;
			}
			closedir(d);
		}
		if (!summary && (max_depth < 0 || depth <= max_depth))
			show(total, pb.s);
	} else if ((all || !depth) && (max_depth < 0 || depth <= max_depth) &&
		   !(summary && depth)) {
		show(total, pb.s);
	}
	if (summary && !depth && S_ISDIR(st.st_mode))
		show(total, pb.s);
	return total;
}

int du_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"a(all)s(summarize)x(one-file-system)HLPkmbhc(total)d(max-depth):l(count-links)"
		"A(apparent-size)");
	int c, total = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'a': all = 1; break;
		case 's': summary = 1; break;
		case 'x': xdev = 1; break;
		case 'H': case 'L': case 'P': follow = c; break;
		case 'k': unit = 1024; human = 0; break;
		case 'm': unit = 1024 * 1024; human = 0; break;
		case 'b': unit = 1; apparent = 1; human = 0; break;
		case 'h': human = 1; break;
		case 'c': total = 1; break;
		case 'l': count_links = 1; break;
		case 'A': apparent = 1; break;
		case 'd': {
			char *end;
			long v = strtol(o.arg, &end, 10);
			if (!*o.arg || *end || v < 0 || v > 1 << 30) {
				warn_msg("invalid maximum depth '%s'", o.arg);
				return 1;
			}
			max_depth = (int)v;
			break;
		}
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (summary && max_depth > 0) {
		warn_msg("cannot both summarize and show all entries");
		return usage();
	}
	if (summary && all) {
		warn_msg("cannot both summarize and show all entries");
		return usage();
	}
	static char *dot[] = { ".", 0 };
	if (!argc) {
		argc = 1;
		argv = dot;
	}
	unsigned long long grand = 0;
	for (int i = 0; i < argc; i++) {
		pb.len = 0;
		path_push(&pb, argv[i]);
		grand += walk(AT_FDCWD, argv[i], 0);
	}
	if (total)
		show(grand, "total");
	return status;
}
