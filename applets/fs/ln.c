/* ln - make links
 *
 * APPLET(ln, BIN)
 * usage: ln [-fsrLP] [-nTv] TARGET [LINK] | ln [-fsrLP] [-nv] TARGET... DIR
 *
 * Make LINK a hard link to TARGET (a symbolic link with -s), or make links to each
 * TARGET inside DIR under the same names. LINK defaults to TARGET's last component in
 * the current directory.
 *
 * -s  make symbolic links             -f  remove existing destinations first
 * -r  with -s: make the link's text relative to where the link is
 * -L  hard link to what a symbolic link TARGET points to   -P  to the link (default)
 * -n  treat a LINK that is a symbolic link to a directory as a file
 * -T  LINK is always the link name, never a directory      -v  print each link made
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"
#include "fs.h"

static int symbolic, force, follow, verbose, relative;

static int create_link(const char *target, const char *link)
{
	struct stat st, lt;
	if (!symbolic && (follow ? stat(target, &st) : lstat(target, &st))) {
		warn_errno("failed to access '%s'", target);
		return 1;
	}
	if (!symbolic && S_ISDIR(st.st_mode)) {
		warn_msg("%s: hard link not allowed for directory", target);
		return 1;
	}
	for (int tries = 0;; tries++) {
		int r = symbolic ? symlink(target, link) :
			linkat(AT_FDCWD, target, AT_FDCWD, link, follow ? AT_SYMLINK_FOLLOW : 0);
		if (!r)
			break;
		if (errno == EEXIST && force && !tries && !lstat(link, &lt)) {
			if (!symbolic && st.st_dev == lt.st_dev && st.st_ino == lt.st_ino) {
				warn_msg("'%s' and '%s' are the same file", target, link);
				return 1;
			}
			if (S_ISDIR(lt.st_mode)) {
				warn_msg("%s: cannot overwrite directory", link);
				return 1;
			}
			if (unlink(link) && errno != ENOENT) {
				warn_errno("cannot remove '%s'", link);
				return 1;
			}
			continue;
		}
		if (symbolic)
			warn_errno("failed to create symbolic link '%s'", link);
		else
			warn_errno("failed to create hard link '%s'", link);
		return 1;
	}
	if (verbose)
		printf("'%s' %s '%s'\n", link, symbolic ? "->" : "=>", target);
	return 0;
}

/* -r: target as seen from the directory that will hold link */
static char *relative_target(const char *target, const char *link)
{
	char *t = fs_canonicalize(target, 'm', 1);
	size_t n = strlen(link);
	while (n > 1 && link[n - 1] == '/')
		n--;
	while (n > 0 && link[n - 1] != '/')
		n--;
	char *dir = xmalloc(n + 2);
	memcpy(dir, n ? link : ".", n ? n : 1);
	dir[n ? n : 1] = 0;
	char *d = fs_canonicalize(dir, 'm', 1);
	char *r = t && d ? fs_relative(d, t) : 0;
	free(t);
	free(d);
	free(dir);
	return r;
}

static int make_link(const char *target, const char *link)
{
	if (!relative || !symbolic)
		return create_link(target, link);
	char *rel = relative_target(target, link);
	if (!rel) {
		warn_errno("%s", target);
		return 1;
	}
	int r = create_link(rel, link);
	free(rel);
	return r;
}

int ln_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"f(force)s(symbolic)L(logical)P(physical)n(no-dereference)T(no-target-directory)"
		"v(verbose)t(target-directory):r(relative)");
	int c, nodir = 0, notarget = 0, status = 0;
	const char *dir = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'f': force = 1; break;
		case 's': symbolic = 1; break;
		case 'L': follow = 1; break;
		case 'P': follow = 0; break;
		case 'n': nodir = 1; break;
		case 'T': notarget = 1; break;
		case 't': dir = o.arg; break;
		case 'v': verbose = 1; break;
		case 'r': relative = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing file operand");
		return usage();
	}
	char *b;
	if (!dir) {
		if (argc == 1) {
			b = fs_name_in(NULL, argv[0]);
			int r = make_link(argv[0], b);
			free(b);
			return r;
		}
		struct stat st;
		const char *last = argv[argc - 1];
		int isdir = !notarget && !(nodir ? lstat(last, &st) : stat(last, &st)) &&
			    S_ISDIR(st.st_mode);
		if (!isdir) {
			if (argc > 2)
				return fs_bad_target(last, argv[2], notarget);
			return make_link(argv[0], last);
		}
		dir = last;
		argc--;
	} else if (notarget) {
		warn_msg("cannot combine --target-directory and --no-target-directory");
		return 1;
	}
	for (int i = 0; i < argc; i++) {
		b = fs_name_in(dir, argv[i]);
		status |= make_link(argv[i], b);
		free(b);
	}
	return status;
}
