/* mv - move (rename) files
 *
 * APPLET(mv, BIN)
 * usage: mv [-finuvT] [-t DIR] SOURCE DEST | mv [OPTION]... SOURCE... DIR
 *
 * Rename SOURCE to DEST, or move each SOURCE into DIR. Across file systems the
 * file is copied (as cp -a does) and the source removed once the copy succeeded.
 *
 * -f  never ask                        -i  ask before overwriting
 * -n  never overwrite                  -u  move only when SOURCE is newer than DEST
 * -T  DEST is a file name, never a directory  -t DIR  move every SOURCE into DIR
 * -v  print each move
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"
#include "fs.h"

static int force, interactive, noclobber, update, verbose;

static int move(const char *src, const char *dst)
{
	struct stat st, dt;
	if (lstat(src, &st)) {
		warn_errno("cannot stat '%s'", src);
		return 1;
	}
	int exists = !lstat(dst, &dt);
	if (exists) {
		if (st.st_dev == dt.st_dev && st.st_ino == dt.st_ino) {
			warn_msg("'%s' and '%s' are the same file", src, dst);
			return 1;
		}
		if (noclobber)
			return 0;
		if (update && (dt.st_mtim.tv_sec > st.st_mtim.tv_sec ||
			       (dt.st_mtim.tv_sec == st.st_mtim.tv_sec &&
				dt.st_mtim.tv_nsec >= st.st_mtim.tv_nsec)))
			return 0;
		if (interactive && !fs_yes("overwrite '%s'?", dst))
			return 0;
		if (!force && !interactive && !S_ISLNK(dt.st_mode) && isatty(0) &&
		    access(dst, W_OK) && errno == EACCES &&
		    !fs_yes("replace '%s', overriding mode %04o?", dst, (unsigned)(dt.st_mode & 07777)))
			return 0;
	}
	if (!rename(src, dst))
		goto done;
	if (errno == EINVAL && S_ISDIR(st.st_mode)) {
		warn_msg("cannot move '%s' to a subdirectory of itself, '%s'", src, dst);
		return 1;
	}
	if (errno == EISDIR || (errno == ENOTDIR && exists && S_ISDIR(st.st_mode))) {
		if (S_ISDIR(st.st_mode))
			warn_msg("cannot overwrite non-directory '%s' with directory '%s'", dst, src);
		else
			warn_msg("cannot overwrite directory '%s' with non-directory", dst);
		return 1;
	}
	if (errno != EXDEV) {
		warn_errno("cannot move '%s' to '%s'", src, dst);
		return 1;
	}
	/* another file system: make way, copy, then remove the source */
	if (exists) {
		if (S_ISDIR(dt.st_mode) != S_ISDIR(st.st_mode)) {
			if (S_ISDIR(st.st_mode))
				warn_msg("cannot overwrite non-directory '%s' with directory '%s'", dst, src);
			else
				warn_msg("cannot overwrite directory '%s' with non-directory", dst);
			return 1;
		}
		if (S_ISDIR(dt.st_mode) ? rmdir(dst) : unlink(dst)) {
			warn_errno("cannot move '%s' to '%s'", src, dst);
			return 1;
		}
	}
	if (fs_copy_all(src, dst)) {
		warn_msg("'%s' was not removed: the copy to '%s' failed", src, dst);
		return 1;
	}
	if (fs_remove(src, RM_RECURSIVE | RM_FORCE))
		return 1;
done:
	if (verbose)
		printf("renamed '%s' -> '%s'\n", src, dst);
	return 0;
}

int mv_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"f(force)i(interactive)n(no-clobber)u(update)T(no-target-directory)"
		"t(target-directory):v(verbose)");
	int c, notarget = 0, status = 0;
	const char *dir = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'f': force = 1; interactive = noclobber = 0; break;
		case 'i': interactive = 1; force = noclobber = 0; break;
		case 'n': noclobber = 1; force = interactive = 0; break;
		case 'u': update = 1; break;
		case 'T': notarget = 1; break;
		case 't': dir = o.arg; break;
		case 'v': verbose = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing file operand");
		return usage();
	}
	if (dir && notarget) {
		warn_msg("cannot combine --target-directory (-t) and --no-target-directory (-T)");
		return 1;
	}
	struct stat st;
	if (!dir) {
		if (argc == 1) {
			warn_msg("missing destination file operand after '%s'", argv[0]);
			return usage();
		}
		const char *last = argv[argc - 1];
		int isdir = !notarget && !stat(last, &st) && S_ISDIR(st.st_mode);
		if (!isdir) {
			if (argc > 2)
				return fs_bad_target(last, argv[2], notarget);
			return move(argv[0], last);
		}
		dir = last;
		argc--;
	} else if (stat(dir, &st) || !S_ISDIR(st.st_mode)) {
		if (!stat(dir, &st))
			errno = ENOTDIR;
		warn_errno("target directory '%s'", dir);
		return 1;
	}
	for (int i = 0; i < argc; i++) {
		char *dst = fs_name_in(dir, argv[i]);
		status |= move(argv[i], dst);
		free(dst);
	}
	return status;
}
