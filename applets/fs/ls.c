/* ls - list directory contents
 *
 * APPLET(ls, BIN)
 * usage: ls [-1ACFGHLRSUXacdfghiklnopqrstuvx] [-w COLS] [FILE...]
 *
 * List each FILE, and the contents of each directory FILE (default: the current
 * directory), sorted by name in byte order. Columns on a terminal, one name a line
 * otherwise.
 *
 * -a  all: include names starting with .     -A  like -a without . and ..
 * -l  long format: mode, links, owner, group, size, date, name (-> target)
 * -n  like -l with numeric user and group    -g, -o  -l without owner, group
 * -G  no group in the long format
 * -1  one name a line   -C  columns down     -x  columns across   -w COLS  width
 * -R  list subdirectories recursively        -d  list directories themselves
 * -t  sort by time, newest first             -S  sort by size, largest first
 * -U  don't sort   -f  -a and -U             -r  reverse the sort order
 * -c  use the status change time             -u  use the access time
 * -h  sizes like 1.5K, 12M (with -l, -s)     -s  allocated size in 1K blocks
 * -i  inode numbers    -F  append a type mark: / * @ | =     -p  append / to directories
 * -L  follow symbolic links                  -H  follow them on the command line
 * -X  sort by extension   -v  by version (file2 before file10)
 * -q  show control characters as ?
 * -k  1K blocks (the default)
 * --full-time  -l with the complete date     --group-directories-first
 * --sort=none|time|size|extension|version|name   --time=ctime|atime|mtime
 * --time-style=full-iso|long-iso|iso|locale|+FORMAT (strftime; FORMAT for old
 *     dates, a newline, FORMAT for recent ones)
 * --color[=WHEN]  color names by type: always (the default WHEN), never, or auto
 *     (only when standard output is a terminal). LS_COLORS (as dircolors writes it:
 *     di=01;34:ln=01;36:*.tar=01;31:...) changes GNU's built-in colors
 *
 * Status: 0; 1 for minor problems (a subdirectory unreadable); 2 for serious trouble
 * (a command line operand that can't be accessed).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"
#include "fs.h"

struct ent {
	char *name;		/* as shown */
	char *link;		/* symlink target (long format) */
	struct stat st;
	mode_t target_mode;	/* what a symlink points to, 0 if unknown */
	int ok;			/* st is valid */
};

static struct {
	int all, almost, fmt, recursive, dirs, human, sort, reverse, inode, indicator;
	int numeric, blocks, timekey, deref, no_owner, no_group, tty, full_time, dirs_first;
	int color;
	unsigned width;
} O;
static int status;
static time_t now;

/* A small cache: ls -l asks about the same few ids over and over. */
struct idname {
	unsigned id;
	char *name;
};
static struct idname users[32], groups[32];
static int nusers, ngroups;

/* The name of a user or group id, or NULL when the database has none. */
static const char *id_name(struct idname *cache, int *n, unsigned id, int is_group)
{
	for (int i = 0; i < *n; i++)
		if (cache[i].id == id)
			return cache[i].name;
	const char *name = 0;
	if (is_group) {
		struct group *gr = getgrgid((gid_t)id);
		name = gr ? gr->gr_name : 0;
	} else {
		struct passwd *pw = getpwuid((uid_t)id);
		name = pw ? pw->pw_name : 0;
	}
	if (*n == 32)
		return name;
	cache[*n].id = id;
	cache[*n].name = name ? xstrdup(name) : 0;
	return cache[(*n)++].name;
}

void fs_mode_string(mode_t m, char s[11])
{
	s[0] = S_ISDIR(m) ? 'd' : S_ISLNK(m) ? 'l' : S_ISCHR(m) ? 'c' : S_ISBLK(m) ? 'b' :
	       S_ISFIFO(m) ? 'p' : S_ISSOCK(m) ? 's' : S_ISREG(m) ? '-' : '?';
	s[1] = m & S_IRUSR ? 'r' : '-';
	s[2] = m & S_IWUSR ? 'w' : '-';
	s[3] = m & S_ISUID ? (m & S_IXUSR ? 's' : 'S') : (m & S_IXUSR ? 'x' : '-');
	s[4] = m & S_IRGRP ? 'r' : '-';
	s[5] = m & S_IWGRP ? 'w' : '-';
	s[6] = m & S_ISGID ? (m & S_IXGRP ? 's' : 'S') : (m & S_IXGRP ? 'x' : '-');
	s[7] = m & S_IROTH ? 'r' : '-';
	s[8] = m & S_IWOTH ? 'w' : '-';
	s[9] = m & S_ISVTX ? (m & S_IXOTH ? 't' : 'T') : (m & S_IXOTH ? 'x' : '-');
	s[10] = 0;
}

static struct timespec ent_time(const struct ent *e)
{
	return O.timekey == 'c' ? e->st.st_ctim : O.timekey == 'u' ? e->st.st_atim : e->st.st_mtim;
}

/* -v: runs of digits compare as numbers (file2 < file10), the rest byte by byte. */
static int version_cmp(const char *a, const char *b)
{
	while (*a && *b) {
		if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
			const char *x = a, *y = b;
			while (*x == '0')
				x++;
			while (*y == '0')
				y++;
			size_t lx = 0, ly = 0;
			while (x[lx] >= '0' && x[lx] <= '9')
				lx++;
			while (y[ly] >= '0' && y[ly] <= '9')
				ly++;
			if (lx != ly)
				return lx < ly ? -1 : 1;
			int c = strncmp(x, y, lx);
			if (c)
				return c;
			a = x + lx;
			b = y + ly;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	return (unsigned char)*a - (unsigned char)*b;
}

static int compare(const void *a, const void *b)
{
	const struct ent *x = a, *y = b;
	int c = 0;
	if (O.dirs_first) {
		int dx = S_ISDIR(x->st.st_mode), dy = S_ISDIR(y->st.st_mode);
		if (dx != dy)
			return dx ? -1 : 1;
	}
	if (O.sort == 'v') {
		c = version_cmp(x->name, y->name);
	} else if (O.sort == 'X') {
		const char *ex = strrchr(x->name, '.'), *ey = strrchr(y->name, '.');
		c = strcmp(ex ? ex : "", ey ? ey : "");
	} else if (O.sort == 't') {
		struct timespec tx = ent_time(x), ty = ent_time(y);
		if (tx.tv_sec != ty.tv_sec)
			c = tx.tv_sec < ty.tv_sec ? 1 : -1;
		else if (tx.tv_nsec != ty.tv_nsec)
			c = tx.tv_nsec < ty.tv_nsec ? 1 : -1;
	} else if (O.sort == 'S' && x->st.st_size != y->st.st_size)
		c = x->st.st_size < y->st.st_size ? 1 : -1;
	if (!c)
		c = strcmp(x->name, y->name);
	return O.reverse ? -c : c;
}

static void sort_ents(struct ent *e, size_t n)
{
	if (O.sort != 'U' && n > 1)
		qsort(e, n, sizeof *e, compare);
}

static char indicator_of(mode_t m)
{
	if (!O.indicator || !m)
		return 0;
	if (S_ISDIR(m))
		return '/';
	if (O.indicator == 'p')
		return 0;
	if (S_ISLNK(m))
		return '@';
	if (S_ISFIFO(m))
		return '|';
	if (S_ISSOCK(m))
		return '=';
	if (S_ISREG(m) && (m & (S_IXUSR | S_IXGRP | S_IXOTH)))
		return '*';
	return 0;
}

/* Names go out as they are, except that a terminal sees ? for control bytes. */
static void put_name(const char *s)
{
	if (!O.tty) {
		fputs(s, stdout);
		return;
	}
	for (; *s; s++)
		putchar((unsigned char)*s < 32 || *s == 127 ? '?' : *s);
}

/* --color: the LS_COLORS keys, GNU's built-in values, and *.ext suffixes. */
enum { K_LC, K_RC, K_EC, K_RS, K_NO, K_FI, K_DI, K_LN, K_PI, K_SO, K_BD, K_CD, K_MI, K_OR,
       K_EX, K_DO, K_SU, K_SG, K_ST, K_OW, K_TW, K_CA, K_MH, K_CL, NKEYS };
static const char keys[NKEYS][3] = { "lc", "rc", "ec", "rs", "no", "fi", "di", "ln", "pi",
	"so", "bd", "cd", "mi", "or", "ex", "do", "su", "sg", "st", "ow", "tw", "ca", "mh", "cl" };
static const char *colors[NKEYS] = {
	[K_LC] = "\033[", [K_RC] = "m", [K_RS] = "0", [K_DI] = "01;34", [K_LN] = "01;36",
	[K_PI] = "33", [K_SO] = "01;35", [K_BD] = "01;33", [K_CD] = "01;33", [K_EX] = "01;32",
	[K_DO] = "01;35", [K_SU] = "37;41", [K_SG] = "30;43", [K_ST] = "37;44",
	[K_OW] = "34;42", [K_TW] = "30;42", [K_CL] = "\033[K",
};
struct ext {
	char *suffix, *seq;
};
static struct ext *exts;
static size_t nexts;
static int link_as_target, color_used;

/* Unescape one LS_COLORS word (\e, \NNN, \xHH, \_ for a space, ^X) up to ':' or '='
 * (stop); *p moves past it. Returns NULL if it is malformed. */
static char *color_word(const char **p, int stop)
{
	const char *s = *p;
	char *out = xmalloc(strlen(s) + 1), *o = out;
	while (*s && *s != ':' && *s != stop) {
		if (*s == '\\') {
			s++;
			if (!*s) {
				free(out);
				return 0;
			}
			if (*s == '_') {
				*o++ = ' ';
				s++;
			} else if (*s == '^' || *s == '?' || *s == '=' || *s == ':') {
				*o++ = *s == '?' ? 127 : *s;
				s++;
			} else {
				int c = escape_char(&s, 0);
				*o++ = c < 0 ? 0 : (char)c;
			}
		} else if (*s == '^' && s[1]) {
			*o++ = s[1] == '?' ? 127 : (s[1] & 0x1f);
			s += 2;
		} else
			*o++ = *s++;
	}
	*o = 0;
	*p = s;
	return out;
}

/* Read LS_COLORS over the built-in values. Returns -1 if it can't be parsed. */
static int parse_ls_colors(const char *s)
{
	while (*s) {
		if (*s == ':') {
			s++;
			continue;
		}
		if (*s == '*') {
			s++;
			char *suf = color_word(&s, '=');
			if (!suf || *s != '=') {
				free(suf);
				return -1;
			}
			s++;
			char *seq = color_word(&s, 0);
			if (!seq)
				return -1;
			exts = xrealloc(exts, (nexts + 1) * sizeof *exts);
			exts[nexts++] = (struct ext){ suf, seq };
			continue;
		}
		if (!s[0] || !s[1] || s[2] != '=')
			return -1;
		int k;
		for (k = 0; k < NKEYS && strncmp(keys[k], s, 2); k++)
			;
		s += 3;
		char *seq = color_word(&s, 0);
		if (!seq || k == NKEYS) {
			free(seq);
			return -1;
		}
		if (k == K_LN && !strcmp(seq, "target"))
			link_as_target = 1;
		else
			colors[k] = seq;
	}
	return 0;
}

static int colored(const char *c)
{
	return c && *c && strcmp(c, "0") && strcmp(c, "00");
}

static void put_seq(int k)
{
	if (colors[k])
		fputs(colors[k], stdout);
}

/* The color of a file of mode m named name; nlink for mh, orphan for a dangling link. */
static const char *color_of(const char *name, mode_t m, nlink_t nlink, int orphan, int missing)
{
	if (missing)
		return colored(colors[K_MI]) ? colors[K_MI] : 0;
	if (S_ISLNK(m))
		return orphan && colored(colors[K_OR]) ? colors[K_OR] : colors[K_LN];
	if (S_ISDIR(m)) {
		if ((m & S_ISVTX) && (m & S_IWOTH) && colored(colors[K_TW]))
			return colors[K_TW];
		if ((m & S_IWOTH) && colored(colors[K_OW]))
			return colors[K_OW];
		if ((m & S_ISVTX) && colored(colors[K_ST]))
			return colors[K_ST];
		return colors[K_DI];
	}
	if (S_ISFIFO(m))
		return colors[K_PI];
	if (S_ISSOCK(m))
		return colors[K_SO];
	if (S_ISBLK(m))
		return colors[K_BD];
	if (S_ISCHR(m))
		return colors[K_CD];
	if (!S_ISREG(m))
		return colors[K_FI];
	if ((m & S_ISUID) && colored(colors[K_SU]))
		return colors[K_SU];
	if ((m & S_ISGID) && colored(colors[K_SG]))
		return colors[K_SG];
	if ((m & (S_IXUSR | S_IXGRP | S_IXOTH)) && colored(colors[K_EX]))
		return colors[K_EX];
	if (nlink > 1 && colored(colors[K_MH]))
		return colors[K_MH];
	/* the last matching entry wins, as in GNU; an exact case match before another */
	size_t len = strlen(name);
	for (int icase = 0; icase < 2; icase++)
		for (size_t i = nexts; i-- > 0;) {
			size_t sl = strlen(exts[i].suffix);
			if (sl <= len && !(icase ? strcasecmp : strcmp)(name + len - sl, exts[i].suffix))
				return exts[i].seq;
		}
	return colors[K_FI];
}

static void put_reset(void)
{
	if (colors[K_EC])
		put_seq(K_EC);
	else {
		put_seq(K_LC);
		put_seq(K_RS);
		put_seq(K_RC);
	}
}

/* A name in its color: the first colored name is preceded by a reset, each one is
 * followed by one (ec, or lc rs rc), like GNU. */
static void put_color_name(const char *name, const char *c)
{
	if (!O.color || !c) {	/* GNU: an empty sequence still gets lc rc */
		put_name(name);
		return;
	}
	if (!color_used) {
		color_used = 1;
		put_reset();
	}
	put_seq(K_LC);
	fputs(c, stdout);
	put_seq(K_RC);
	put_name(name);
	put_reset();
}

static void put_ent_name(const struct ent *e)
{
	if (!O.color) {
		put_name(e->name);
		return;
	}
	mode_t m = e->st.st_mode;
	int orphan = S_ISLNK(m) && !e->target_mode;
	if (S_ISLNK(m) && link_as_target && !orphan)
		m = e->target_mode;
	put_color_name(e->name, color_of(e->name, m, e->ok ? e->st.st_nlink : 1, orphan, !e->ok && !m));
}

static const char *blocks_str(char *buf, size_t len, unsigned long long blocks512)
{
	if (O.human)
		return human_size(buf, len, blocks512 * 512);
	snprintf(buf, len, "%llu", (blocks512 + 1) / 2);
	return buf;
}

static int ulen(unsigned long long v)
{
	int n = 1;
	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

static void format_size(const struct ent *e, char *buf, size_t len)
{
	if (!e->ok)
		snprintf(buf, len, "?");
	else if (S_ISCHR(e->st.st_mode) || S_ISBLK(e->st.st_mode))
		snprintf(buf, len, "%lu, %lu", fs_major(e->st.st_rdev), fs_minor(e->st.st_rdev));
	else if (O.human)
		human_size(buf, len, (unsigned long long)e->st.st_size);
	else
		snprintf(buf, len, "%llu", (unsigned long long)e->st.st_size);
}

/* --time-style: strftime formats for old and recent dates (0: the default) */
static const char *style_old, *style_recent;

static void format_time(const struct ent *e, char *buf, size_t len)
{
	time_t t = ent_time(e).tv_sec;
	struct tm *tm = localtime(&t);
	if (!tm) {
		snprintf(buf, len, "%lld", (long long)t);
		return;
	}
	/* GNU: a date older than six months (or in the future) shows the year */
	if (O.full_time) {
		char zone[16];
		size_t n = strftime(buf, len, "%Y-%m-%d %H:%M:%S", tm);
		if (!strftime(zone, sizeof zone, "%z", tm))
			zone[0] = 0;
		snprintf(buf + n, len - n, ".%09ld %s", (long)ent_time(e).tv_nsec, zone);
		return;
	}
	int recent = t <= now && now - t < 31556952 / 2;
	const char *fmt = recent ? (style_recent ? style_recent : "%b %e %H:%M") :
				   (style_old ? style_old : "%b %e  %Y");
	if (!*fmt)
		buf[0] = 0;
	else if (!strftime(buf, len, fmt, tm))
		snprintf(buf, len, "%lld", (long long)t);
}

struct widths {
	int ino, blk, link, user, group, size, maj, min;
};

/* Widen w to fit the entries e. GNU measures a command line's files and directories
 * together, so the caller may measure more than it prints. */
static void measure(struct widths *w, const struct ent *e, size_t n)
{
	char buf[64];
	for (size_t i = 0; i < n; i++) {
		int l;
		if (!e[i].ok)
			continue;
		if ((l = ulen((unsigned long long)e[i].st.st_ino)) > w->ino)
			w->ino = l;
		if ((l = (int)strlen(blocks_str(buf, sizeof buf, (unsigned long long)e[i].st.st_blocks))) > w->blk)
			w->blk = l;
		if (O.fmt != 'l')
			continue;
		if ((l = ulen((unsigned long long)e[i].st.st_nlink)) > w->link)
			w->link = l;
		if (!O.no_owner) {
			const char *u = O.numeric ? 0 : id_name(users, &nusers, e[i].st.st_uid, 0);
			l = u ? (int)strlen(u) : ulen(e[i].st.st_uid);
			if (l > w->user)
				w->user = l;
		}
		if (!O.no_group) {
			const char *g = O.numeric ? 0 : id_name(groups, &ngroups, e[i].st.st_gid, 1);
			l = g ? (int)strlen(g) : ulen(e[i].st.st_gid);
			if (l > w->group)
				w->group = l;
		}
		if (S_ISCHR(e[i].st.st_mode) || S_ISBLK(e[i].st.st_mode)) {
			if ((l = ulen(fs_major(e[i].st.st_rdev))) > w->maj)
				w->maj = l;
			if ((l = ulen(fs_minor(e[i].st.st_rdev))) > w->min)
				w->min = l;
		} else {
			format_size(&e[i], buf, sizeof buf);
			if ((l = (int)strlen(buf)) > w->size)
				w->size = l;
		}
	}
}

static void print_long(struct ent *e, size_t n, const struct widths *w)
{
	int wino = w->ino, wblk = w->blk, wlink = w->link, wuser = w->user, wgroup = w->group;
	int wsize = w->size, wmaj = w->maj, wmin = w->min;
	char buf[64];
	if (wmaj && wmaj + 2 + wmin > wsize)
		wsize = wmaj + 2 + wmin;
	for (size_t i = 0; i < n; i++) {
		struct ent *f = &e[i];
		char mode[11], tbuf[256];
		if (O.inode) {
			if (f->ok)
				printf("%*llu ", wino, (unsigned long long)f->st.st_ino);
			else
				printf("%*s ", wino, "?");
		}
		if (O.blocks)
			printf("%*s ", wblk, f->ok ? blocks_str(buf, sizeof buf, (unsigned long long)f->st.st_blocks) : "?");
		if (!f->ok) {
			/* GNU: the type when known, question marks in every column */
			fs_mode_string(f->st.st_mode, mode);
			printf("%c????????? %*s ", f->st.st_mode ? mode[0] : '?', wlink, "?");
			if (!O.no_owner)
				printf("%-*s ", wuser, "?");
			if (!O.no_group)
				printf("%-*s ", wgroup, "?");
			struct ent now_ent = { 0 };
			now_ent.st.st_mtim.tv_sec = now_ent.st.st_atim.tv_sec = now_ent.st.st_ctim.tv_sec = now;
			format_time(&now_ent, tbuf, sizeof tbuf);
			printf("%*s %*s ", wsize, "?", (int)strlen(tbuf), "?");
			put_ent_name(f);
			putchar('\n');
			continue;
		}
		fs_mode_string(f->st.st_mode, mode);
		printf("%s %*llu ", mode, wlink, (unsigned long long)f->st.st_nlink);
		/* like GNU: names are aligned left, numbers right */
		if (!O.no_owner) {
			const char *u = O.numeric ? 0 : id_name(users, &nusers, f->st.st_uid, 0);
			if (u)
				printf("%-*s ", wuser, u);
			else
				printf("%*u ", wuser, (unsigned)f->st.st_uid);
		}
		if (!O.no_group) {
			const char *g = O.numeric ? 0 : id_name(groups, &ngroups, f->st.st_gid, 1);
			if (g)
				printf("%-*s ", wgroup, g);
			else
				printf("%*u ", wgroup, (unsigned)f->st.st_gid);
		}
		if (S_ISCHR(f->st.st_mode) || S_ISBLK(f->st.st_mode))
			printf("%*s%*lu, %*lu ", wsize - (wmaj + 2 + wmin), "", wmaj,
			       fs_major(f->st.st_rdev), wmin, fs_minor(f->st.st_rdev));
		else {
			format_size(f, buf, sizeof buf);
			printf("%*s ", wsize, buf);
		}
		format_time(f, tbuf, sizeof tbuf);
		printf("%s ", tbuf);
		put_ent_name(f);
		if (f->link) {
			fputs(" -> ", stdout);
			if (O.color)
				put_color_name(f->link, color_of(f->link, f->target_mode, 1, 0,
								 !f->target_mode));
			else
				put_name(f->link);
			char c = indicator_of(f->target_mode);
			if (c)
				putchar(c);
		} else {
			char c = indicator_of(f->st.st_mode);
			if (c)
				putchar(c);
		}
		putchar('\n');
	}
}

/* The prefix (-i, -s) and the name with its indicator, padded to width when > 0. */
static size_t print_short(const struct ent *f, int wino, int wblk)
{
	char buf[32];
	size_t len = 0;
	if (O.inode) {
		if (f->ok)
			printf("%*llu ", wino, (unsigned long long)f->st.st_ino);
		else
			printf("%*s ", wino, "?");
		len += wino + 1;
	}
	if (O.blocks) {
		printf("%*s ", wblk, f->ok ? blocks_str(buf, sizeof buf, (unsigned long long)f->st.st_blocks) : "?");
		len += wblk + 1;
	}
	put_ent_name(f);
	len += strlen(f->name);
	char c = indicator_of(f->st.st_mode);
	if (c) {
		putchar(c);
		len++;
	}
	return len;
}

static void print_entries(struct ent *e, size_t n, const struct ent *more, size_t nmore)
{
	if (!n)
		return;
	struct widths w = { 0 };
	measure(&w, e, n);
	measure(&w, more, nmore);
	if (O.fmt == 'l') {
		print_long(e, n, &w);
		return;
	}
	int wino = w.ino, wblk = w.blk;
	size_t *len = xmalloc(n * sizeof *len);
	if (!wino)
		wino = 1;
	if (!wblk)
		wblk = 1;
	for (size_t i = 0; i < n; i++) {
		len[i] = strlen(e[i].name) + !!indicator_of(e[i].st.st_mode);
		if (O.inode)
			len[i] += wino + 1;
		if (O.blocks)
			len[i] += wblk + 1;
	}
	if (O.fmt == '1') {
		for (size_t i = 0; i < n; i++) {
			print_short(&e[i], wino, wblk);
			putchar('\n');
		}
		free(len);
		return;
	}
	/* Columns, chosen the GNU way: the most columns whose widths (name + 2, the
	 * last column without the gap) add up to less than the line width. */
	size_t maxcols = O.width / 3 ? O.width / 3 : 1;
	if (maxcols > n)
		maxcols = n;
	size_t *colw = xmalloc(maxcols * sizeof *colw);
	size_t cols = 1, rows = n;
	for (size_t c = maxcols; c >= 1; c--) {
		size_t r = (n + c - 1) / c, total = 0;
		memset(colw, 0, c * sizeof *colw);
		for (size_t i = 0; i < n; i++) {
			size_t idx = O.fmt == 'x' ? i % c : i / r;
			size_t w = len[i] + (idx == c - 1 ? 0 : 2);
			if (w > colw[idx]) {
				total += w - colw[idx];
				colw[idx] = w;
			}
		}
		if (total < O.width || c == 1) {
			cols = c;
			rows = r;
			break;
		}
	}
	for (size_t r = 0; r < rows; r++) {
		for (size_t c = 0; c < cols; c++) {
			size_t i = O.fmt == 'x' ? r * cols + c : c * rows + r;
			if (i >= n)
				break;
			size_t w = print_short(&e[i], wino, wblk);
			size_t next = O.fmt == 'x' ? i + 1 : i + rows;
			if (c + 1 < cols && next < n)
				for (; w < colw[c]; w++)
					putchar(' ');
		}
		putchar('\n');
	}
	free(colw);
	free(len);
}

/* Fill in e from a stat at (dirfd, name); shown is for messages. Returns 0 or -1. */
static int stat_ent(struct ent *e, int dirfd, const char *name, const char *shown, int follow)
{
	e->ok = 0;
	e->link = 0;
	e->target_mode = 0;
	int err = 0;
	if (follow) {
		if (!fstatat(dirfd, name, &e->st, 0)) {
			e->ok = 1;
			return 0;
		}
		err = errno;
	}
	if (fstatat(dirfd, name, &e->st, AT_SYMLINK_NOFOLLOW)) {
		int err = errno;
		memset(&e->st, 0, sizeof e->st);
		errno = err;
		warn_errno("cannot access '%s'", shown);
		return -1;
	}
	/* -L, -H: a dangling symlink can't be followed (follow 1 takes the link instead) */
	if (follow == 2 && S_ISLNK(e->st.st_mode)) {
		mode_t type = e->st.st_mode & S_IFMT;
		memset(&e->st, 0, sizeof e->st);
		e->st.st_mode = type;
		errno = err;
		warn_errno("cannot access '%s'", shown);
		return -1;
	}
	e->ok = 1;
	if (S_ISLNK(e->st.st_mode) && O.color && O.fmt != 'l') {
		struct stat t;
		if (!fstatat(dirfd, name, &t, 0))
			e->target_mode = t.st_mode;
	}
	if (S_ISLNK(e->st.st_mode) && O.fmt == 'l') {
		size_t cap = e->st.st_size > 0 ? (size_t)e->st.st_size + 1 : 256;
		for (;;) {
			char *buf = xmalloc(cap);
			ssize_t k = readlinkat(dirfd, name, buf, cap);
			if (k < 0) {
				warn_errno("cannot read symbolic link '%s'", shown);
				free(buf);
				status = status > 1 ? status : 1;
				break;
			}
			if ((size_t)k < cap) {
				buf[k] = 0;
				e->link = buf;
				break;
			}
			free(buf);
			cap *= 2;
		}
		struct stat t;
		if (!fstatat(dirfd, name, &t, 0))
			e->target_mode = t.st_mode;
	}
	return 0;
}

static void free_ents(struct ent *e, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(e[i].name);
		free(e[i].link);
	}
	free(e);
}

struct active {
	dev_t dev;
	ino_t ino;
	struct active *up;
};

static int printed;	/* something went to stdout: the next header gets a blank line */

static void list_dir(const char *path, int header, int top, struct active *up)
{
	DIR *d = opendir(path);
	if (!d) {
		warn_errno("cannot open directory '%s'", path);
		status = top ? 2 : status > 1 ? status : 1;
		return;
	}
	struct active me = { 0, 0, up };
	struct stat dst;
	if (!fstat(dirfd(d), &dst)) {
		for (struct active *a = up; a; a = a->up)
			if (a->dev == dst.st_dev && a->ino == dst.st_ino) {
				warn_msg("%s: not listing already-listed directory", path);
				status = 2;
				closedir(d);
				return;
			}
		me.dev = dst.st_dev;
		me.ino = dst.st_ino;
	}
	size_t n = 0, cap = 64;
	struct ent *e = xmalloc(cap * sizeof *e);
	struct dirent *de;
	int fd = dirfd(d);
	size_t plen = strlen(path);
	/* GNU stats only when the output needs it: a plain -L listing shows a dangling
	 * symlink without complaint */
	int need_stat = O.fmt == 'l' || O.indicator || O.inode || O.blocks || O.sort == 't' ||
			O.sort == 'S' || O.dirs_first || O.recursive || O.color;
	int slash = plen && path[plen - 1] == '/';
	for (;;) {
		errno = 0;
		if (!(de = readdir(d)))
			break;
		const char *nm = de->d_name;
		if (nm[0] == '.' && !O.all) {
			if (!O.almost)
				continue;
			if (!nm[1] || (nm[1] == '.' && !nm[2]))
				continue;
		}
		if (n == cap)
			e = xrealloc(e, (cap *= 2) * sizeof *e);
		/* messages name entries of "." without "./", as GNU does */
		char *shown = xmalloc(plen + strlen(nm) + 2);
		if (!strcmp(path, "."))
			strcpy(shown, nm);
		else
			sprintf(shown, "%s%s%s", path, slash ? "" : "/", nm);
		if (stat_ent(&e[n], fd, nm, shown, O.deref == 'L' ? (need_stat ? 2 : 1) : 0))
			status = status > 1 ? status : 1;
		free(shown);
		e[n].name = xstrdup(nm);
		n++;
	}
	if (errno) {
		warn_errno("reading directory '%s'", path);
		status = status > 1 ? status : 1;
	}
	closedir(d);
	sort_ents(e, n);
	if (header) {
		if (printed)
			putchar('\n');
		put_name(path);
		fputs(":\n", stdout);
	}
	printed = 1;
	if (O.fmt == 'l' || O.blocks) {
		unsigned long long total = 0;
		char buf[32];
		for (size_t i = 0; i < n; i++)
			if (e[i].ok)
				total += (unsigned long long)e[i].st.st_blocks;
		printf("total %s\n", blocks_str(buf, sizeof buf, total));
	}
	print_entries(e, n, 0, 0);
	if (O.recursive) {
		for (size_t i = 0; i < n; i++) {
			const char *nm = e[i].name;
			if (!e[i].ok || !S_ISDIR(e[i].st.st_mode))
				continue;
			if (nm[0] == '.' && (!nm[1] || (nm[1] == '.' && !nm[2])))
				continue;
			char *sub = xmalloc(plen + strlen(nm) + 2);
			sprintf(sub, "%s%s%s", path, slash ? "" : "/", nm);
			list_dir(sub, 1, 0, &me);
			free(sub);
		}
	}
	free_ents(e, n);
}

int ls_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"1ACF(classify)HL(dereference)R(recursive)SUa(all)A(almost-all)cd(directory)fg"
		"h(human-readable)i(inode)kln(numeric-uid-gid)opq(hide-control-chars)r(reverse)"
		"s(size)tuvxw(width):XG(no-group)\001(full-time)\002(group-directories-first)"
		"\003(sort):\004(time):\005(time-style):");
	int c;
	/* --color[=WHEN]: the option parser has no optional arguments */
	const char *when = "never";
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (!strncmp(argv[i], "--color", 7) && (!argv[i][7] || argv[i][7] == '=')) {
			when = argv[i][7] ? argv[i] + 8 : "always";
			memmove(argv + i, argv + i + 1, (argc - i) * sizeof *argv);
			argc--;
			i--;
		}
	}
	o.argc = argc;
	O.tty = isatty(1);
	if (!strcmp(when, "always") || !strcmp(when, "yes") || !strcmp(when, "force"))
		O.color = 1;
	else if (!strcmp(when, "auto") || !strcmp(when, "tty") || !strcmp(when, "if-tty"))
		O.color = O.tty;
	else if (strcmp(when, "never") && strcmp(when, "no") && strcmp(when, "none")) {
		warn_msg("invalid argument '%s' for '--color'", when);
		return 2;
	}
	if (O.color) {
		const char *env = getenv("LS_COLORS");
		if (env && *env && parse_ls_colors(env)) {
			warn_msg("unparsable value for LS_COLORS environment variable");
			O.color = 0;
		}
	}
	O.fmt = O.tty ? 'C' : '1';
	O.width = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case '1': case 'C': case 'x': O.fmt = c; break;
		case 'l': O.fmt = 'l'; break;
		case 'n': O.fmt = 'l'; O.numeric = 1; break;
		case 'g': O.fmt = 'l'; O.no_owner = 1; break;
		case 'o': O.fmt = 'l'; O.no_group = 1; break;
		case 'a': O.all = 1; O.almost = 0; break;
		case 'A': if (!O.all) O.almost = 1; break;
		case 'f': O.all = 1; O.sort = 'U'; if (O.fmt == 'l') O.fmt = O.tty ? 'C' : '1'; break;
		case 'F': O.indicator = 'F'; break;
		case 'p': O.indicator = 'p'; break;
		case 'H': case 'L': O.deref = c; break;
		case 'R': O.recursive = 1; break;
		case 'd': O.dirs = 1; break;
		case 'h': O.human = 1; break;
		case 'i': O.inode = 1; break;
		case 's': O.blocks = 1; break;
		case 'r': O.reverse = 1; break;
		case 't': case 'S': case 'U': case 'X': case 'v': O.sort = c; break;
		case 'k': break;
		case 'q': O.tty = 1; break;
		case 'G': O.no_group = 1; break;
		case 1: O.fmt = 'l'; O.full_time = 1; break;
		case 2: O.dirs_first = 1; break;
		case 3: {
			static const char *const words[] = { "none", "time", "size", "extension", "version", "name" };
			static const char keys[] = "UtSXv";
			size_t k;
			for (k = 0; k < 6 && strcmp(o.arg, words[k]); k++)
				;
			if (k == 6) {
				warn_msg("invalid argument '%s' for '--sort'", o.arg);
				return 2;
			}
			O.sort = k < 5 ? keys[k] : 0;
			break;
		}
		case 5:
			if (!strcmp(o.arg, "full-iso")) {
				O.full_time = 1;
			} else if (!strcmp(o.arg, "long-iso")) {
				style_old = style_recent = "%Y-%m-%d %H:%M";
			} else if (!strcmp(o.arg, "iso")) {
				style_old = "%Y-%m-%d ";
				style_recent = "%m-%d %H:%M";
			} else if (o.arg[0] == '+') {
				char *f = xstrdup(o.arg + 1), *nl = strchr(f, '\n');
				style_old = style_recent = f;
				if (nl) {
					*nl = 0;
					style_recent = nl + 1;
				}
			} else if (strcmp(o.arg, "locale")) {
				warn_msg("invalid argument '%s' for '--time-style'", o.arg);
				return 2;
			}
			break;
		case 4:
			if (!strcmp(o.arg, "ctime") || !strcmp(o.arg, "status"))
				O.timekey = 'c';
			else if (!strcmp(o.arg, "atime") || !strcmp(o.arg, "access") || !strcmp(o.arg, "use"))
				O.timekey = 'u';
			else if (!strcmp(o.arg, "mtime") || !strcmp(o.arg, "modification"))
				O.timekey = 0;
			else {
				warn_msg("invalid argument '%s' for '--time'", o.arg);
				return 2;
			}
			break;
		case 'c': case 'u': O.timekey = c; break;
		case 'w': {
			char *end;
			unsigned long w = strtoul(o.arg, &end, 10);
			if (*end || !*o.arg || w > 100000) {
				warn_msg("invalid line width: '%s'", o.arg);
				return 2;
			}
			O.width = w ? (unsigned)w : 100000;
			break;
		}
		default: usage(); return 2;
		}
	argc -= o.ind;
	argv += o.ind;
	/* -c/-u sort by that time unless -l shows it (GNU) */
	if (O.timekey && O.fmt != 'l' && !O.sort)
		O.sort = 't';
	if (!O.width) {
		const char *cols = getenv("COLUMNS");
		struct winsize ws;
		if (cols && *cols && atoi(cols) > 0)
			O.width = (unsigned)atoi(cols);
		else if (O.tty && !ioctl(1, TIOCGWINSZ, &ws) && ws.ws_col)
			O.width = ws.ws_col;
		else
			O.width = 80;
	}
	now = time(0);

	char *dot[] = { ".", 0 };
	int nops = argc;
	if (!argc) {
		argv = dot;
		argc = 1;
	}
	/* command line symlinks are followed unless -l, -d, -F ask about the link */
	int follow_cmd = O.deref == 'L' || O.deref == 'H' ||
			 (!O.dirs && O.fmt != 'l' && O.indicator != 'F');
	struct ent *files = xmalloc(argc * sizeof *files), *dirs = xmalloc(argc * sizeof *dirs);
	size_t nf = 0, nd = 0;
	for (int i = 0; i < argc; i++) {
		struct ent e;
		if (stat_ent(&e, AT_FDCWD, argv[i], argv[i], O.deref ? 2 : follow_cmd)) {
			status = 2;
			continue;
		}
		/* without -L/-H a command line symlink is followed only to a directory */
		if (follow_cmd && !O.deref) {
			struct stat l;
			if (!lstat(argv[i], &l) && S_ISLNK(l.st_mode) && !S_ISDIR(e.st.st_mode)) {
				e.st = l;
			}
		}
		e.name = xstrdup(argv[i]);
		if (!O.dirs && S_ISDIR(e.st.st_mode)) {
			free(e.link);
			e.link = 0;
			dirs[nd++] = e;
		} else
			files[nf++] = e;
	}
	sort_ents(files, nf);
	print_entries(files, nf, dirs, nd);
	if (nf)
		printed = 1;
	sort_ents(dirs, nd);
	for (size_t i = 0; i < nd; i++)
		list_dir(dirs[i].name, nops > 1 || O.recursive, 1, 0);
	free_ents(files, nf);
	free_ents(dirs, nd);
	/* GNU: a terminal given other lc or rc is left with lc rc */
	if (color_used && (strcmp(colors[K_LC] ? colors[K_LC] : "", "\033[") ||
			   strcmp(colors[K_RC] ? colors[K_RC] : "", "m"))) {
		put_seq(K_LC);
		put_seq(K_RC);
	}
	return status;
}
