/* rm - remove files
 *
 * APPLET(rm, BIN)
 * usage: rm [-fiIrRdv] FILE...
 *
 * Remove each FILE. Directories need -r (or -d when empty). rm never removes /
 * (recursively), . or ..; the walk holds a few descriptors however deep the tree.
 *
 * -f  ignore missing files, never prompt     -i  prompt before every removal
 * -I  prompt once before removing more than three files or recursing
 * -r, -R  remove directories and their contents      -d  remove empty directories
 * -v  print a line for each file removed
 * --no-preserve-root  allow rm -r /
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"
#include "fs.h"

int fs_yes(const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	int n = snprintf(buf, sizeof buf, "%s: ", applet_name);
	if (n < 0 || n >= (int)sizeof buf)
		n = 0;
	vsnprintf(buf + n, sizeof buf - n, fmt, ap);
	va_end(ap);
	fflush(stdout);
	write_str(2, buf);
	write_str(2, " ");
	char c, first = 0;
	int got = 0;
	while (safe_read(0, &c, 1) == 1) {
		if (!got++)
			first = c;
		if (c == '\n')
			break;
	}
	return first == 'y' || first == 'Y';
}

/* The path being worked on, for messages: grows and shrinks with the walk. */
static struct pathbuf pb;

static const char *type_name(const struct stat *st)
{
	mode_t m = st->st_mode;
	return S_ISDIR(m) ? "directory" : S_ISLNK(m) ? "symbolic link" : S_ISFIFO(m) ? "fifo" :
	       S_ISSOCK(m) ? "socket" : S_ISCHR(m) ? "character special file" :
	       S_ISBLK(m) ? "block special file" :
	       st->st_size ? "regular file" : "regular empty file";
}

/* Should (fd, name) be removed? -i asks always; otherwise a write-protected file
 * is asked about when standard input is a terminal (unless -f). */
static int confirm(int fd, const char *name, const struct stat *st, int flags)
{
	if (flags & RM_INTERACTIVE)
		return fs_yes("remove %s '%s'?", type_name(st), pb.s);
	if (!(flags & RM_FORCE) && !S_ISLNK(st->st_mode) && isatty(0) &&
	    faccessat(fd, name, W_OK, AT_EACCESS) && errno == EACCES)
		return fs_yes("remove write-protected %s '%s'?", type_name(st), pb.s);
	return 1;
}

static int remove_at(int *fdp, const char *name, int flags);

struct names {
	char **v;
	size_t n;
};

/* Every name in the directory fd (a copy of the descriptor is read and closed). */
static int read_names(int fd, struct names *out)
{
	int dfd = dup(fd);
	DIR *d = dfd >= 0 ? fdopendir(dfd) : 0;
	size_t cap = 16;
	out->n = 0;
	out->v = 0;
	if (!d) {
		if (dfd >= 0)
			close(dfd);
		return -1;
	}
	out->v = xmalloc(cap * sizeof *out->v);
	struct dirent *de;
	for (;;) {
		errno = 0;
		if (!(de = readdir(d)))
			break;
		const char *nm = de->d_name;
		if (nm[0] == '.' && (!nm[1] || (nm[1] == '.' && !nm[2])))
			continue;
		if (out->n == cap)
			out->v = xrealloc(out->v, (cap *= 2) * sizeof *out->v);
		out->v[out->n++] = xstrdup(nm);
	}
	int e = errno;
	closedir(d);
	errno = e;
	return e ? -1 : 0;
}

static void free_names(struct names *nm)
{
	for (size_t i = 0; i < nm->n; i++)
		free(nm->v[i]);
	free(nm->v);
}

/* Remove the directory name inside *fdp with its contents. To keep the number of open
 * descriptors fixed, *fdp is closed while below and reopened through "..". */
static int remove_dir(int *fdp, const char *name, const struct stat *st, int flags)
{
	if ((flags & RM_INTERACTIVE) && !fs_yes("descend into directory '%s'?", pb.s))
		return 0;
	int cfd = openat(*fdp, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (cfd < 0) {
		int e = errno;
		/* an unreadable empty directory can still go */
		if (!unlinkat(*fdp, name, AT_REMOVEDIR))
			goto removed;
		errno = e;
		warn_errno("cannot remove '%s'", pb.s);
		return -1;
	}
	struct stat pst, cst;
	if (fstat(*fdp, &pst) || fstat(cfd, &cst) || cst.st_dev != st->st_dev ||
	    cst.st_ino != st->st_ino) {
		warn_msg("cannot remove '%s': directory changed during the walk", pb.s);
		close(cfd);
		return -1;
	}
	close(*fdp);
	*fdp = -1;
	int status = 0;
	struct names nm;
	if (read_names(cfd, &nm)) {
		warn_errno("cannot remove '%s'", pb.s);
		status = -1;
	}
	for (size_t i = 0; i < nm.n && cfd >= 0; i++) {
		size_t old = path_push(&pb, nm.v[i]);
		if (remove_at(&cfd, nm.v[i], flags))
			status = -1;
		path_pop(&pb, old);
	}
	free_names(&nm);
	if (cfd < 0)
		return -1;	/* lost our way back: *fdp stays -1 and the walk stops */
	int pfd = openat(cfd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	close(cfd);
	struct stat chk;
	if (pfd < 0 || fstat(pfd, &chk) || chk.st_dev != pst.st_dev || chk.st_ino != pst.st_ino) {
		warn_msg("cannot return to the directory above '%s'", pb.s);
		if (pfd >= 0)
			close(pfd);
		return -1;
	}
	*fdp = pfd;
	if (status)
		return -1;
	if ((flags & RM_INTERACTIVE) && !fs_yes("remove directory '%s'?", pb.s))
		return 0;
	if (unlinkat(*fdp, name, AT_REMOVEDIR)) {
		warn_errno("cannot remove '%s'", pb.s);
		return -1;
	}
removed:
	if (flags & RM_VERBOSE)
		printf("removed directory '%s'\n", pb.s);
	return 0;
}

static int remove_at(int *fdp, const char *name, int flags)
{
	struct stat st;
	if (fstatat(*fdp, name, &st, AT_SYMLINK_NOFOLLOW)) {
		if (errno == ENOENT && (flags & RM_FORCE))
			return 0;
		warn_errno("cannot remove '%s'", pb.s);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		if (flags & RM_RECURSIVE)
			return remove_dir(fdp, name, &st, flags);
		if (!(flags & RM_DIR)) {
			errno = EISDIR;
			warn_errno("cannot remove '%s'", pb.s);
			return -1;
		}
		if (!confirm(*fdp, name, &st, flags))
			return 0;
		if (unlinkat(*fdp, name, AT_REMOVEDIR)) {
			warn_errno("cannot remove '%s'", pb.s);
			return -1;
		}
		if (flags & RM_VERBOSE)
			printf("removed directory '%s'\n", pb.s);
		return 0;
	}
	if (!confirm(*fdp, name, &st, flags))
		return 0;
	if (unlinkat(*fdp, name, 0)) {
		if (errno == ENOENT && (flags & RM_FORCE))
			return 0;
		warn_errno("cannot remove '%s'", pb.s);
		return -1;
	}
	if (flags & RM_VERBOSE)
		printf("removed '%s'\n", pb.s);
	return 0;
}

int fs_remove(const char *path, int flags)
{
	/* work from the parent: "a/b/c/" is "c" inside "a/b" */
	size_t n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		n--;
	size_t base = n;
	while (base > 0 && path[base - 1] != '/')
		base--;
	char *name = xmalloc(n - base + 1);
	memcpy(name, path + base, n - base);
	name[n - base] = 0;
	char *dir = base ? xmalloc(base + 1) : xstrdup(".");
	if (base) {
		memcpy(dir, path, base);
		dir[base] = 0;
	}
	pb.len = 0;
	path_push(&pb, path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC), r;
#ifdef O_PATH
	if (fd < 0 && errno == EACCES)
		fd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
#endif
	if (fd < 0) {
		if (errno == ENOENT && (flags & RM_FORCE))
			r = 0;
		else {
			warn_errno("cannot remove '%s'", path);
			r = -1;
		}
	} else {
		r = remove_at(&fd, name, flags);
		if (fd >= 0)
			close(fd);
	}
	free(name);
	free(dir);
	return r;
}

int rm_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"f(force)i(interactive)Ir(recursive)Rd(dir)v(verbose)P(no-preserve-root)");
	int c, flags = 0, once = 0, preserve_root = 1, status = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'f': flags = (flags | RM_FORCE) & ~RM_INTERACTIVE; once = 0; break;
		case 'i': flags = (flags | RM_INTERACTIVE) & ~RM_FORCE; once = 0; break;
		case 'I': flags &= ~(RM_INTERACTIVE | RM_FORCE); once = 1; break;
		case 'r': case 'R': flags |= RM_RECURSIVE; break;
		case 'd': flags |= RM_DIR; break;
		case 'v': flags |= RM_VERBOSE; break;
		case 'P': preserve_root = 0; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		if (flags & RM_FORCE)
			return 0;
		warn_msg("missing operand");
		return usage();
	}
	if (once && (argc > 3 || (flags & RM_RECURSIVE)) &&
	    !fs_yes("remove %d argument%s%s?", argc, argc == 1 ? "" : "s",
		    flags & RM_RECURSIVE ? " recursively" : ""))
		return 0;
	struct stat root;
	int have_root = !stat("/", &root);
	for (int i = 0; i < argc; i++) {
		const char *p = argv[i];
		size_t n = strlen(p);
		while (n > 1 && p[n - 1] == '/')
			n--;
		size_t b = n;
		while (b > 0 && p[b - 1] != '/')
			b--;
		if ((n - b == 1 && p[b] == '.') || (n - b == 2 && p[b] == '.' && p[b + 1] == '.')) {
			warn_msg("refusing to remove '.' or '..' directory: skipping '%s'", p);
			status = 1;
			continue;
		}
		struct stat st;
		if (preserve_root && (flags & RM_RECURSIVE) && have_root && !lstat(p, &st) &&
		    st.st_dev == root.st_dev && st.st_ino == root.st_ino) {
			warn_msg("it is dangerous to operate recursively on '%s'", p);
			warn_msg("use --no-preserve-root to override this failsafe");
			status = 1;
			continue;
		}
		if (fs_remove(p, flags))
			status = 1;
	}
	return status;
}
