/* cpio - copy files to and from "newc" cpio archives
 *
 * APPLET(cpio, BIN)
 * usage: cpio -o [-0v] [-H newc] [-R UID[:GID]] [-O FILE]  |  cpio -i|-t [-dmuv] [-I FILE] [PATTERN...]
 *
 * -o (create) reads file names, one a line, from standard input and writes an archive
 * of them to standard output; -i (extract) reads an archive from standard input and
 * creates its files; -t lists the names in it. Only the SVR4 "newc" format (the Linux
 * initramfs format) is written; newc and crc archives are read. PATTERNs (shell globs)
 * pick the members to extract or list.
 *
 * -0  (--null) names on standard input end with NUL, not newline
 * -d  (--make-directories) create leading directories when extracting
 * -H  (--format) FORMAT: newc (the default and only choice)
 * -I  read the archive from FILE           -O  write the archive to FILE
 * -m  (--preserve-modification-time) give extracted files the archived mtime
 * -R  (--owner) record UID:GID (numbers, or root) as every member's owner
 * -u  (--unconditional) replace files that exist, even newer ones
 * -v  (--verbose) list names on standard error (-o, -i) or in long form (-t)
 *     --quiet  do not print the block count at the end
 */
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

#define OPTS "oitH:(format)0(null)d(make-directories)I:O:m(preserve-modification-time)" \
	"R:(owner)u(unconditional)v(verbose)Q(quiet)"

static int verbose, status, quiet;
static unsigned long long total;	/* bytes of archive written or read */

/* --- output, buffered ------------------------------------------------------------------- */
static int out_fd = 1;
static char obuf[65536];
static size_t olen;

static void oflush(void)
{
	if (olen && full_write(out_fd, obuf, olen) < 0)
		die_errno("write error");
	olen = 0;
}

static void owrite(const void *p, size_t n)
{
	total += n;
	if (olen + n > sizeof obuf)
		oflush();
	if (n > sizeof obuf) {
		if (full_write(out_fd, p, n) < 0)
			die_errno("write error");
		return;
	}
	memcpy(obuf + olen, p, n);
	olen += n;
}

static void opad(void)
{
	static const char zero[4];
	owrite(zero, (4 - total % 4) % 4);
}

struct member {
	unsigned long ino, mode, uid, gid, nlink, mtime, size, maj, min, rmaj, rmin;
	char *name;
};

static void put_header(const struct member *m)
{
	char h[110];
	unsigned long f[13] = { m->ino, m->mode, m->uid, m->gid, m->nlink, m->mtime, m->size,
		m->maj, m->min, m->rmaj, m->rmin, strlen(m->name) + 1, 0 };
	memcpy(h, "070701", 6);
	for (int i = 0; i < 13; i++)
		for (int j = 0; j < 8; j++)
			h[6 + i * 8 + j] = "0123456789ABCDEF"[(f[i] >> (28 - 4 * j)) & 15];
	owrite(h, sizeof h);
	owrite(m->name, f[11]);
	opad();
}

/* Names come one a line (or NUL-terminated with -0) from standard input. */
static char *next_name(int delim)
{
	static char buf[8192], *line;
	static size_t start, end, cap;
	static int eof;
	size_t len = 0;
	for (;;) {
		while (start < end) {
			char c = buf[start++];
			if (c == delim)
				goto done;
			if (len + 1 >= cap)
				line = xrealloc(line, cap = cap ? cap * 2 : 256);
			line[len++] = c;
		}
		if (eof)
			break;
		ssize_t n = safe_read(0, buf, sizeof buf);
		if (n < 0)
			die_errno("standard input");
		if (n == 0)
			eof = 1;
		start = 0;
		end = n;
	}
	if (!len)
		return 0;
done:
	if (!line)
		line = xrealloc(line, cap = 256);
	line[len] = 0;
	return line;
}

static int create(int delim, long uid, long gid)
{
	char *name;
	unsigned long ino = 0;
	char *buf = xmalloc(65536);
	while ((name = next_name(delim))) {
		struct stat st;
		struct member m;
		if (!*name)
			continue;
		if (lstat(name, &st)) {
			warn_errno("%s", name);
			status = 1;
			continue;
		}
		memset(&m, 0, sizeof m);
		m.name = name;
		while (m.name[0] == '.' && m.name[1] == '/' && m.name[2])
			for (m.name += 2; *m.name == '/'; m.name++)
				;
		/* Every member stands alone (inode numbers are a count, links are copies),
		 * so the archive depends only on the files' contents and metadata. */
		m.ino = ++ino;
		m.mode = st.st_mode;
		m.uid = uid >= 0 ? (unsigned long)uid : st.st_uid;
		m.gid = gid >= 0 ? (unsigned long)gid : st.st_gid;
		m.nlink = S_ISDIR(st.st_mode) ? 2 : 1;
		m.mtime = st.st_mtime > 0 ? (unsigned long)st.st_mtime : 0;
		m.maj = major(st.st_dev);
		m.min = minor(st.st_dev);
		if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
			m.rmaj = major(st.st_rdev);
			m.rmin = minor(st.st_rdev);
		}
		if (S_ISLNK(st.st_mode)) {
			ssize_t n = readlink(name, buf, 65536);
			if (n < 0) {
				warn_errno("%s", name);
				status = 1;
				continue;
			}
			m.size = n;
			put_header(&m);
			owrite(buf, n);
			opad();
		} else if (S_ISREG(st.st_mode)) {
			int fd = open(name, O_RDONLY | O_CLOEXEC);
			if (fd < 0) {
				warn_errno("%s", name);
				status = 1;
				continue;
			}
			if ((unsigned long long)st.st_size > 0xffffffffull) {
				warn_msg("%s: too large for a newc archive", name);
				status = 1;
				close(fd);
				continue;
			}
			m.size = st.st_size;
			put_header(&m);
			unsigned long left = m.size;
			while (left) {
				ssize_t n = safe_read(fd, buf, left < 65536 ? left : 65536);
				if (n <= 0) {
					/* the file shrank: pad with zeros to keep the archive sound */
					if (n < 0)
						warn_errno("%s", name);
					else
						warn_msg("%s: file shrank", name);
					status = 1;
					memset(buf, 0, 65536);
					while (left) {
						size_t k = left < 65536 ? left : 65536;
						owrite(buf, k);
						left -= k;
					}
					break;
				}
				owrite(buf, n);
				left -= n;
			}
			close(fd);
			opad();
		} else {
			put_header(&m);
		}
		if (verbose)
			fprintf(stderr, "%s\n", name);
	}
	struct member t;
	memset(&t, 0, sizeof t);
	t.nlink = 1;
	t.name = "TRAILER!!!";
	put_header(&t);
	/* like GNU cpio, fill the last 512-byte block */
	static const char zeros[512];
	owrite(zeros, (512 - total % 512) % 512);
	oflush();
	free(buf);
	return status;
}

/* --- input --------------------------------------------------------------------------- */
static int in_fd = 0;

static int iread(void *p, size_t n)
{
	size_t got = 0;
	while (got < n) {
		ssize_t r = safe_read(in_fd, (char *)p + got, n - got);
		if (r < 0)
			die_errno("read error");
		if (r == 0)
			break;
		got += r;
	}
	total += got;
	return got == n ? 0 : -1;
}

static void iskip(unsigned long n)
{
	char buf[4096];
	while (n) {
		size_t k = n < sizeof buf ? n : sizeof buf;
		if (iread(buf, k))
			die("premature end of archive");
		n -= k;
	}
}

static void ipad(void)
{
	iskip((4 - total % 4) % 4);
}

static int get_header(struct member *m)
{
	char h[111];
	unsigned long *f[13] = { &m->ino, &m->mode, &m->uid, &m->gid, &m->nlink, &m->mtime,
		&m->size, &m->maj, &m->min, &m->rmaj, &m->rmin, 0, 0 };
	unsigned long namesize = 0, check;
	if (iread(h, 110))
		return -1;
	if (memcmp(h, "070701", 6) && memcmp(h, "070702", 6))
		die("unsupported archive format (only newc and crc are read)");
	f[11] = &namesize;
	f[12] = &check;
	for (int i = 0; i < 13; i++) {
		unsigned long v = 0;
		for (int j = 0; j < 8; j++) {
			char c = h[6 + i * 8 + j];
			int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
				c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
			if (d < 0)
				die("corrupt archive header");
			v = v * 16 + d;
		}
		*f[i] = v;
	}
	if (namesize == 0 || namesize > 65536)
		die("corrupt archive header");
	free(m->name);
	m->name = xmalloc(namesize + 1);
	if (iread(m->name, namesize))
		die("premature end of archive");
	m->name[namesize] = 0;
	ipad();
	return 0;
}

static int selected(const char *name, char **pats, int npats)
{
	if (!npats)
		return 1;
	for (int i = 0; i < npats; i++)
		if (!fnmatch(pats[i], name, 0))
			return 1;
	return 0;
}

static void list_long(const struct member *m)
{
	char modes[11] = "?rwxrwxrwx", when[32];
	static const char types[] = "?pc?d?b?-?l?s???";
	time_t t = m->mtime;
	struct tm *tm = localtime(&t);
	modes[0] = types[(m->mode >> 12) & 15];
	for (int i = 0; i < 9; i++)
		if (!(m->mode & (0400 >> i)))
			modes[i + 1] = '-';
	if (m->mode & S_ISUID)
		modes[3] = modes[3] == 'x' ? 's' : 'S';
	if (m->mode & S_ISGID)
		modes[6] = modes[6] == 'x' ? 's' : 'S';
	if (m->mode & S_ISVTX)
		modes[9] = modes[9] == 'x' ? 't' : 'T';
	if (!tm || !strftime(when, sizeof when, "%b %e %H:%M", tm))
		strcpy(when, "?");
	if (S_ISCHR(m->mode) || S_ISBLK(m->mode))
		printf("%s %3lu %-8lu %-8lu %3lu, %3lu %s %s", modes, m->nlink, m->uid, m->gid,
		       m->rmaj, m->rmin, when, m->name);
	else
		printf("%s %3lu %-8lu %-8lu %8lu %s %s", modes, m->nlink, m->uid, m->gid, m->size,
		       when, m->name);
}

static int make_parents(char *path)
{
	for (char *p = strchr(path + 1, '/'); p; p = strchr(p + 1, '/')) {
		*p = 0;
		int r = mkdir(path, 0755);
		*p = '/';
		if (r && errno != EEXIST)
			return -1;
	}
	return 0;
}

static void set_times(const struct member *m, int is_link)
{
	struct timespec ts[2];
	ts[0].tv_sec = ts[1].tv_sec = m->mtime;
	ts[0].tv_nsec = ts[1].tv_nsec = 0;
	if (utimensat(AT_FDCWD, m->name, ts, is_link ? AT_SYMLINK_NOFOLLOW : 0))
		warn_errno("%s", m->name);
}

/* Hard links: members with nlink > 1 and the same inode and device are one file.
 * GNU cpio stores the data with the last of them, the kernel takes it with any: the
 * first name is created, later ones are linked to it, and data goes in wherever it is. */
struct link {
	unsigned long ino, maj, min;
	char *name;
	struct link *next;
};
static struct link *links;

static const char *link_target(const struct member *m)
{
	for (struct link *l = links; l; l = l->next)
		if (l->ino == m->ino && l->maj == m->maj && l->min == m->min)
			return l->name;
	struct link *l = xmalloc(sizeof *l);
	l->ino = m->ino;
	l->maj = m->maj;
	l->min = m->min;
	l->name = xstrdup(m->name);
	l->next = links;
	links = l;
	return 0;
}

static void extract_one(struct member *m, int mkdirs, int keep_mtime, int uncond)
{
	struct stat st;
	int type = m->mode & S_IFMT, fd;
	if (mkdirs)
		make_parents(m->name);
	if (!lstat(m->name, &st)) {
		if (type == S_IFDIR && S_ISDIR(st.st_mode)) {
			chmod(m->name, m->mode & 07777);
			goto owner;
		}
		if (!uncond && st.st_mtime >= (time_t)m->mtime) {
			warn_msg("%s not created: newer or same age version exists", m->name);
			iskip(m->size);
			ipad();
			return;
		}
		if (S_ISDIR(st.st_mode) ? rmdir(m->name) : unlink(m->name)) {
			warn_errno("%s", m->name);
			status = 1;
			iskip(m->size);
			ipad();
			return;
		}
	}
	switch (type) {
	case S_IFDIR:
		if (mkdir(m->name, m->mode & 07777))
			goto fail;
		break;
	case S_IFREG:
		if (m->nlink > 1) {
			const char *first = link_target(m);
			if (first && link(first, m->name))
				goto fail;
			if (first && !m->size)
				break;
		}
		fd = open(m->name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, m->mode & 07777);
		if (fd < 0)
			goto fail;
		{
			char buf[65536];
			unsigned long left = m->size;
			while (left) {
				size_t k = left < sizeof buf ? left : sizeof buf;
				if (iread(buf, k))
					die("premature end of archive");
				if (fd >= 0 && full_write(fd, buf, k) < 0) {
					warn_errno("%s", m->name);
					status = 1;
					close(fd);
					fd = -1;
				}
				left -= k;
			}
			ipad();
			if (fd >= 0 && close(fd)) {
				warn_errno("%s", m->name);
				status = 1;
			}
			m->size = 0;
		}
		break;
	case S_IFLNK: {
		if (m->size > 65535)
			die("corrupt archive: symlink target too long");
		char *target = xmalloc(m->size + 1);
		if (iread(target, m->size))
			die("premature end of archive");
		target[m->size] = 0;
		ipad();
		m->size = 0;
		int r = symlink(target, m->name);
		free(target);
		if (r)
			goto fail;
		break;
	}
	case S_IFCHR: case S_IFBLK: case S_IFIFO: case S_IFSOCK:
		if (mknod(m->name, m->mode, makedev(m->rmaj, m->rmin)))
			goto fail;
		break;
	default:
		warn_msg("%s: unknown file type", m->name);
		status = 1;
		break;
	}
owner:
	if (!geteuid() && lchown(m->name, m->uid, m->gid))
		warn_errno("%s", m->name);
	if (type != S_IFLNK && (m->mode & 07000) && !geteuid())
		chmod(m->name, m->mode & 07777);	/* chown cleared set-id bits */
	if (keep_mtime)
		set_times(m, type == S_IFLNK);
	iskip(m->size);
	ipad();
	return;
fail:
	warn_errno("%s", m->name);
	status = 1;
	iskip(m->size);
	ipad();
}

static int extract(int list, int mkdirs, int keep_mtime, int uncond, char **pats, int npats)
{
	struct member m;
	memset(&m, 0, sizeof m);
	for (;;) {
		if (get_header(&m))
			die("premature end of archive");
		if (!strcmp(m.name, "TRAILER!!!"))
			break;
		char *name = m.name;
		while (*name == '/')
			name++;
		if (!*name || !selected(name, pats, npats)) {
			iskip(m.size);
			ipad();
			continue;
		}
		if (list) {
			if (verbose) {
				list_long(&m);
				if (S_ISLNK(m.mode) && m.size < 65536) {
					char *t = xmalloc(m.size + 1);
					if (iread(t, m.size))
						die("premature end of archive");
					t[m.size] = 0;
					printf(" -> %s", t);
					free(t);
					m.size = 0;
				}
				putchar('\n');
			} else {
				puts(name);
			}
			iskip(m.size);
			ipad();
			continue;
		}
		if (verbose)
			fprintf(stderr, "%s\n", name);
		memmove(m.name, name, strlen(name) + 1);
		extract_one(&m, mkdirs, keep_mtime, uncond);
	}
	free(m.name);
	return status;
}

static int parse_owner(const char *s, long *uid, long *gid)
{
	char *end;
	if (!strncmp(s, "root", 4) && (!s[4] || s[4] == ':' || s[4] == '.')) {
		*uid = 0;
		end = (char *)s + 4;
	} else {
		*uid = strtol(s, &end, 10);
		if (end == s || *uid < 0)
			return -1;
	}
	if (!*end)
		return 0;
	if (*end != ':' && *end != '.')
		return -1;
	s = end + 1;
	if (!*s)
		return 0;
	if (!strcmp(s, "root")) {
		*gid = 0;
		return 0;
	}
	*gid = strtol(s, &end, 10);
	return end == s || *end || *gid < 0 ? -1 : 0;
}

int cpio_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, OPTS);
	int c, mode = 0, delim = '\n', mkdirs = 0, keep_mtime = 0, uncond = 0;
	long uid = -1, gid = -1;
	const char *in = 0, *out = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'o':
			if (mode && mode != 'o')
				return usage();
			mode = 'o';
			break;
		case 'i': case 't':	/* -it is -t */
			if (mode == 'o')
				return usage();
			if (mode != 't')
				mode = c;
			break;
		case 'H':
			if (strcmp(o.arg, "newc") && strcmp(o.arg, "crc")) {
				warn_msg("%s: unsupported format (newc only)", o.arg);
				return 1;
			}
			break;
		case '0': delim = 0; break;
		case 'd': mkdirs = 1; break;
		case 'I': in = o.arg; break;
		case 'O': out = o.arg; break;
		case 'm': keep_mtime = 1; break;
		case 'R':
			if (parse_owner(o.arg, &uid, &gid)) {
				warn_msg("%s: invalid owner", o.arg);
				return 1;
			}
			break;
		case 'u': uncond = 1; break;
		case 'v': verbose = 1; break;
		case 'Q': quiet = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!mode || (mode == 'o' && argc))
		return usage();
	if (mode == 'o') {
		if (out && (out_fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666)) < 0)
			die_errno("%s", out);
		create(delim, uid, gid);
	} else {
		if (in && (in_fd = open(in, O_RDONLY | O_CLOEXEC)) < 0)
			die_errno("%s", in);
		extract(mode == 't', mkdirs, keep_mtime, uncond, argv, argc);
	}
	if (!quiet) {
		fflush(stdout);
		fprintf(stderr, "%llu block%s\n", (total + 511) / 512, (total + 511) / 512 == 1 ? "" : "s");
	}
	return status;
}
