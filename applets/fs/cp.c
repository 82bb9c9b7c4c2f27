/* cp - copy files and directories
 *
 * APPLET(cp, BIN)
 * usage: cp [-RrapfinvdPLHTuls] [-t DIR] SOURCE DEST | cp [OPTION]... SOURCE... DIR
 *
 * Copy SOURCE to DEST, or each SOURCE into DIR. File data goes through the kernel's
 * zero-copy paths (copy_file_range) where it can.
 *
 * -R, -r  copy directories recursively: symbolic links, fifos and devices are copied
 *         as what they are
 * -p  preserve mode, owner and times     -a  -R -d -p (an archive copy)
 * -d  copy symbolic links as links and keep hard links between files (like -P)
 * -P  never follow symbolic links in SOURCE   -L  always follow them
 * -H  follow symbolic links named on the command line
 * -f  remove a destination that can't be opened and retry
 * -i  ask before overwriting           -n  never overwrite
 * -u  copy only when SOURCE is newer than DEST or DEST is missing
 * -T  DEST is a file name, never a directory  -t DIR  copy every SOURCE into DIR
 * -l  hard link files instead of copying      -s  make symbolic links instead
 * -v  print each copy as 'SOURCE' -> 'DEST'
 * --preserve[=LIST], --no-preserve=LIST  mode, ownership, timestamps, links, all
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
#include "fs.h"

static struct {
	int recursive, preserve, deref, force, interactive, noclobber, verbose, update;
	int keep_links, link_mode;
} C;
static mode_t mask;

/* -a/-d: files with several links are linked again in the copy. */
struct seen {
	dev_t dev;
	ino_t ino;
	char *dst;
};
static struct seen *seen;
static size_t nseen, capseen;

static const char *seen_copy(const struct stat *st)
{
	for (size_t i = 0; i < nseen; i++)
		if (seen[i].dev == st->st_dev && seen[i].ino == st->st_ino)
			return seen[i].dst;
	return 0;
}

static void remember(const struct stat *st, const char *dst)
{
	if (nseen == capseen)
		seen = xrealloc(seen, (capseen = capseen ? capseen * 2 : 16) * sizeof *seen);
	seen[nseen].dev = st->st_dev;
	seen[nseen].ino = st->st_ino;
	seen[nseen++].dst = xstrdup(dst);
}

char *fs_name_in(const char *dir, const char *src)
{
	size_t n = strlen(src);
	while (n > 1 && src[n - 1] == '/')
		n--;
	size_t start = n;
	while (start > 0 && src[start - 1] != '/')
		start--;
	size_t d = dir ? strlen(dir) : 0;
	const char *slash = !dir || (d && dir[d - 1] == '/') ? "" : "/";
	char *p = xmalloc(d + 1 + n - start + 1);
	sprintf(p, "%s%s%.*s", dir ? dir : "", slash, (int)(n - start), src + start);
	return p;
}

int fs_bad_target(const char *last, const char *extra, int notarget)
{
	struct stat st;
	if (notarget)
		warn_msg("extra operand '%s'", extra);
	else {
		if (!stat(last, &st))
			errno = ENOTDIR;
		warn_errno("target '%s'", last);
	}
	return 1;
}

/* Owner, then mode (chown may clear set-id bits), then times. */
enum { P_MODE = 1, P_OWNER = 2, P_TIME = 4, P_ALL = 7 };

/* What C.preserve asks for: owner, then mode (chown may clear set-id bits), then times. */
static int preserve(int fd, const char *dst, const struct stat *st, int is_link)
{
	int r = 0;
	mode_t mode = st->st_mode & 07777;
	if (!(C.preserve & P_OWNER))
		;
	else if (fd >= 0 ? fchown(fd, st->st_uid, st->st_gid) :
	    fchownat(AT_FDCWD, dst, st->st_uid, st->st_gid, is_link ? AT_SYMLINK_NOFOLLOW : 0)) {
		/* like GNU: not being allowed to give files away is no error, but then
		 * set-id bits must not be kept on a file that is now ours */
		mode &= ~(mode_t)(S_ISUID | S_ISGID);
		if (errno != EPERM && errno != EINVAL) {
			warn_errno("failed to preserve ownership for '%s'", dst);
			r = -1;
		}
	}
	if ((C.preserve & P_MODE) && !is_link && (fd >= 0 ? fchmod(fd, mode) : chmod(dst, mode))) {
		warn_errno("preserving permissions for '%s'", dst);
		r = -1;
	}
	struct timespec ts[2] = { st->st_atim, st->st_mtim };
	if (!(C.preserve & P_TIME))
		;
	else if (fd >= 0 ? futimens(fd, ts) :
	    utimensat(AT_FDCWD, dst, ts, is_link ? AT_SYMLINK_NOFOLLOW : 0)) {
		if (!is_link || errno != ENOTSUP) {
			warn_errno("preserving times for '%s'", dst);
			r = -1;
		}
	}
	return r;
}

static int copy_regular(const char *src, const char *dst, const struct stat *st, int exists)
{
	int in = open(src, O_RDONLY | O_CLOEXEC);
	if (in < 0) {
		warn_errno("cannot open '%s' for reading", src);
		return -1;
	}
	int out = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, st->st_mode & 0777);
	if (out < 0 && exists && C.force) {
		if (unlink(dst) && errno != ENOENT) {
			warn_errno("cannot remove '%s'", dst);
			close(in);
			return -1;
		}
		exists = 0;
		out = open(dst, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, st->st_mode & 0777);
	}
	if (out < 0) {
		warn_errno("cannot create regular file '%s'", dst);
		close(in);
		return -1;
	}
	int failed = -1, r = 0;
	if (copy_fd(in, out, &failed)) {
		if (failed == in)
			warn_errno("error reading '%s'", src);
		else
			warn_errno("error writing '%s'", dst);
		r = -1;
	}
	if (!r && C.preserve && preserve(out, dst, st, 0))
		r = -1;
	close(in);
	if (close(out) && !r) {
		warn_errno("error writing '%s'", dst);
		r = -1;
	}
	return r;
}

static int copy_path(const char *src, const char *dst, int top);

static int copy_dir(const char *src, const char *dst, const struct stat *st, int exists)
{
	if (!exists && mkdir(dst, (st->st_mode & 0777) | S_IRWXU)) {
		warn_errno("cannot create directory '%s'", dst);
		return -1;
	}
	if (C.verbose && !exists)
		printf("'%s' -> '%s'\n", src, dst);
	DIR *d = opendir(src);
	if (!d) {
		warn_errno("cannot access '%s'", src);
		return -1;
	}
	int r = 0;
	struct dirent *de;
	for (;;) {
		errno = 0;
		if (!(de = readdir(d)))
			break;
		const char *nm = de->d_name;
		if (nm[0] == '.' && (!nm[1] || (nm[1] == '.' && !nm[2])))
			continue;
		char *s = fs_name_in(src, nm), *t = fs_name_in(dst, nm);
		if (copy_path(s, t, 0))
			r = -1;
		free(s);
		free(t);
	}
	if (errno) {
		warn_errno("cannot read directory '%s'", src);
		r = -1;
	}
	closedir(d);
	if (!(C.preserve & P_MODE) && !exists && chmod(dst, st->st_mode & 0777 & ~mask)) {
		warn_errno("setting permissions for '%s'", dst);
		r = -1;
	}
	if (C.preserve && preserve(-1, dst, st, 0))
		r = -1;
	return r;
}

static int copy_special(const char *src, const char *dst, const struct stat *st, int exists)
{
	if (exists && unlink(dst) && errno != ENOENT) {
		warn_errno("cannot remove '%s'", dst);
		return -1;
	}
	if (S_ISLNK(st->st_mode)) {
		size_t cap = st->st_size > 0 ? (size_t)st->st_size + 1 : 256;
		char *target;
		for (;;) {
			target = xmalloc(cap);
			ssize_t n = readlink(src, target, cap);
			if (n < 0) {
				warn_errno("cannot read symbolic link '%s'", src);
				free(target);
				return -1;
			}
			if ((size_t)n < cap) {
				target[n] = 0;
				break;
			}
			free(target);
			cap *= 2;
		}
		int r = symlink(target, dst);
		free(target);
		if (r) {
			warn_errno("cannot create symbolic link '%s'", dst);
			return -1;
		}
		return C.preserve ? preserve(-1, dst, st, 1) : 0;
	}
	mode_t mode = st->st_mode & 07777;
	int r = S_ISFIFO(st->st_mode) ? mkfifo(dst, mode) :
		mknod(dst, (st->st_mode & S_IFMT) | mode, st->st_rdev);
	if (r) {
		warn_errno("cannot create special file '%s'", dst);
		return -1;
	}
	return C.preserve ? preserve(-1, dst, st, 0) : 0;
}

/* Is dir (an existing directory) src itself or below it? */
static int inside(const char *src, const char *dst)
{
	char *a = fs_canonicalize(src, 'm', 1), *b = fs_canonicalize(dst, 'm', 1);
	int r = 0;
	if (a && b) {
		size_t n = strlen(a);
		r = !strncmp(a, b, n) && (b[n] == '/' || !b[n] || (n == 1 && a[0] == '/'));
	}
	free(a);
	free(b);
	return r;
}

static int copy_path(const char *src, const char *dst, int top)
{
	struct stat st, dt;
	int follow = C.deref == 'L' || (top && C.deref == 'H');
	if (follow ? stat(src, &st) : lstat(src, &st)) {
		warn_errno("cannot stat '%s'", src);
		return -1;
	}
	if (S_ISDIR(st.st_mode) && !C.recursive) {
		warn_msg("omitting directory '%s'", src);
		return -1;
	}
	int exists = !lstat(dst, &dt);
	if (exists && S_ISLNK(dt.st_mode) && S_ISREG(st.st_mode) && !C.link_mode) {
		/* writing through a symlink destination: look at what it points to,
		 * but never create a file where a dangling one points (GNU) */
		struct stat t;
		if (!stat(dst, &t))
			dt = t;
		else if (!C.force) {
			warn_msg("not writing through dangling symlink '%s'", dst);
			return -1;
		} else if (unlink(dst) && errno != ENOENT) {
			warn_errno("cannot remove '%s'", dst);
			return -1;
		} else
			exists = 0;
	}
	if (exists && C.noclobber && !S_ISDIR(st.st_mode))
		return 0;
	if (exists) {
		if (dt.st_dev == st.st_dev && dt.st_ino == st.st_ino) {
			warn_msg("'%s' and '%s' are the same file", src, dst);
			return -1;
		}
		if (S_ISDIR(st.st_mode) != S_ISDIR(dt.st_mode)) {
			if (S_ISDIR(st.st_mode))
				warn_msg("cannot overwrite non-directory '%s' with directory '%s'", dst, src);
			else
				warn_msg("cannot overwrite directory '%s' with non-directory", dst);
			return -1;
		}
		if (!S_ISDIR(st.st_mode)) {
			if (C.noclobber)
				return 0;
			if (C.update && dt.st_mtim.tv_sec > st.st_mtim.tv_sec)
				return 0;
			if (C.update && dt.st_mtim.tv_sec == st.st_mtim.tv_sec &&
			    dt.st_mtim.tv_nsec >= st.st_mtim.tv_nsec)
				return 0;
			if (C.interactive && !fs_yes("overwrite '%s'?", dst))
				return 0;
		}
	}
	if (S_ISDIR(st.st_mode)) {
		if (top && inside(src, dst)) {
			warn_msg("cannot copy a directory, '%s', into itself, '%s'", src, dst);
			return -1;
		}
		return copy_dir(src, dst, &st, exists);
	}
	if (C.keep_links && st.st_nlink > 1 && !S_ISDIR(st.st_mode)) {
		const char *first = seen_copy(&st);
		if (first) {
			if (exists && unlink(dst) && errno != ENOENT) {
				warn_errno("cannot remove '%s'", dst);
				return -1;
			}
			if (link(first, dst)) {
				warn_errno("cannot create hard link '%s' to '%s'", dst, first);
				return -1;
			}
			if (C.verbose)
				printf("'%s' -> '%s'\n", src, dst);
			return 0;
		}
		remember(&st, dst);
	}
	int r;
	if (C.link_mode) {
		if (exists && (C.force || C.interactive) && unlink(dst) && errno != ENOENT) {
			warn_errno("cannot remove '%s'", dst);
			return -1;
		}
		if (C.link_mode == 'l' ? link(src, dst) : symlink(src, dst)) {
			warn_errno("cannot create %s link '%s'", C.link_mode == 'l' ? "hard" : "symbolic", dst);
			return -1;
		}
		if (C.verbose)
			printf("'%s' -> '%s'\n", src, dst);
		return 0;
	}
	if (S_ISREG(st.st_mode) || (!C.recursive && !S_ISLNK(st.st_mode)))
		r = copy_regular(src, dst, &st, exists);
	else
		r = copy_special(src, dst, &st, exists);
	if (!r && C.verbose)
		printf("'%s' -> '%s'\n", src, dst);
	return r;
}

int fs_copy_all(const char *src, const char *dst)
{
	memset(&C, 0, sizeof C);
	C.recursive = C.keep_links = 1;
	C.preserve = P_ALL;
	C.deref = 'P';
	mask = umask(0);
	umask(mask);
	return copy_path(src, dst, 1);
}

/* --preserve[=LIST], --no-preserve=LIST: mode, ownership, timestamps, links, all;
 * applied after the other options, so -a --no-preserve=ownership works */
static int pres_on, pres_off, links_on, links_off;

static int preserve_list(const char *list, int on)
{
	char *copy = xstrdup(list), *save = 0;
	int r = 0;
	for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(0, ",", &save)) {
		int bits = 0, links = 0;
		if (!strcmp(w, "mode"))
			bits = P_MODE;
		else if (!strcmp(w, "ownership"))
			bits = P_OWNER;
		else if (!strcmp(w, "timestamps"))
			bits = P_TIME;
		else if (!strcmp(w, "links"))
			links = 1;
		else if (!strcmp(w, "all"))
			bits = P_ALL, links = 1;
		else if (strcmp(w, "context") && strcmp(w, "xattr")) {
			warn_msg("invalid argument '%s' for '--%spreserve'", w, on ? "" : "no-");
			r = -1;
			break;
		}
		if (on) {
			pres_on |= bits;
			links_on |= links;
		} else {
			pres_off |= bits;
			links_off |= links;
		}
	}
	free(copy);
	return r;
}

int cp_main(int argc, char **argv)
{
	/* the optional argument of --preserve doesn't fit opt_next: take these first */
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int r = 0;
		if (!strcmp(a, "--"))
			break;
		if (!strcmp(a, "--preserve"))
			r = preserve_list("mode,ownership,timestamps", 1);
		else if (!strncmp(a, "--preserve=", 11))
			r = preserve_list(a + 11, 1);
		else if (!strncmp(a, "--no-preserve=", 14))
			r = preserve_list(a + 14, 0);
		else
			continue;
		if (r)
			return 1;
		memmove(argv + i, argv + i + 1, (argc - i) * sizeof *argv);
		argc--;
		i--;
	}
	struct opt o = OPT_INIT(argc, argv,
		"R(recursive)ra(archive)p(preserve)d(no-dereference-preserve-links)P(no-dereference)"
		"L(dereference)Hf(force)i(interactive)n(no-clobber)u(update)T(no-target-directory)"
		"t(target-directory):v(verbose)l(link)s(symbolic-link)");
	int c, notarget = 0, status = 0;
	const char *dir = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'R': case 'r': C.recursive = 1; break;
		case 'a': C.recursive = C.keep_links = 1; C.preserve = P_ALL; C.deref = 'P'; break;
		case 'p': C.preserve = P_ALL; break;
		case 'd': C.keep_links = 1; C.deref = 'P'; break;
		case 'P': case 'L': case 'H': C.deref = c; break;
		case 'f': C.force = 1; break;
		case 'i': C.interactive = 1; C.noclobber = 0; break;
		case 'n': C.noclobber = 1; C.interactive = 0; break;
		case 'u': C.update = 1; break;
		case 'T': notarget = 1; break;
		case 't': dir = o.arg; break;
		case 'v': C.verbose = 1; break;
		case 'l': case 's': C.link_mode = c; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	C.preserve = (C.preserve | pres_on) & ~pres_off;
	C.keep_links = (C.keep_links | links_on) & !links_off;
	/* without -R (and -P/-d) every symbolic link is followed; -R copies them as links */
	if (!C.deref)
		C.deref = C.recursive ? 'P' : 'L';
	mask = umask(0);
	umask(mask);
	if (!argc) {
		warn_msg("missing file operand");
		return usage();
	}
	if (dir && notarget) {
		warn_msg("cannot combine --target-directory (-t) and --no-target-directory (-T)");
		return 1;
	}
	if (!dir) {
		if (argc == 1) {
			warn_msg("missing destination file operand after '%s'", argv[0]);
			return usage();
		}
		const char *last = argv[argc - 1];
		struct stat st;
		int isdir = !notarget && !stat(last, &st) && S_ISDIR(st.st_mode);
		if (!isdir) {
			if (argc > 2)
				return fs_bad_target(last, argv[2], notarget);
			return copy_path(argv[0], last, 1) ? 1 : 0;
		}
		dir = last;
		argc--;
	} else {
		struct stat st;
		if (stat(dir, &st) || !S_ISDIR(st.st_mode)) {
			if (!stat(dir, &st))
				errno = ENOTDIR;
			warn_errno("target directory '%s'", dir);
			return 1;
		}
	}
	for (int i = 0; i < argc; i++) {
		char *dst = fs_name_in(dir, argv[i]);
		if (copy_path(argv[i], dst, 1))
			status = 1;
		free(dst);
	}
	return status;
}
