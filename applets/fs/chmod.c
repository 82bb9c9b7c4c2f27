/* chmod - change file mode bits
 *
 * APPLET(chmod, BIN)
 * usage: chmod [-R] [-cfv] MODE FILE... | chmod [-Rcfv] --reference=REF FILE...
 *
 * Set the mode of each FILE. MODE is octal (755) or symbolic: comma-separated
 * [ugoa...][+-=][rwxXst...|ugo], e.g. u+x,go-w,a=rX. Symbolic links named on the
 * command line are followed; those met while recursing are left alone.
 *
 * -R  change directories and their contents recursively
 * -c  report each change              -v  report every file
 * -f  don't report most errors
 * --reference=REF  use REF's mode
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

static int recursive, verbose, changes, quiet, status;
static const char *mode_arg;
static mode_t mask;

static void report(const char *path, mode_t old, mode_t new)
{
	char a[11], b[11];
	fs_mode_string(old, a);
	fs_mode_string(new, b);
	if ((old & 07777) != (new & 07777))
		printf("mode of '%s' changed from %04o (%s) to %04o (%s)\n", path,
		       (unsigned)(old & 07777), a + 1, (unsigned)(new & 07777), b + 1);
	else if (verbose)
		printf("mode of '%s' retained as %04o (%s)\n", path, (unsigned)(old & 07777), a + 1);
}

/* Change (dirfd, name), shown as path; st is its (followed) status. */
static void change(int dirfd, const char *name, const char *path, const struct stat *st)
{
	mode_t new;
	if (mode_parse(mode_arg, st->st_mode, S_ISDIR(st->st_mode), mask, &new)) {
		warn_msg("invalid mode: '%s'", mode_arg);
		exit(1);
	}
	if ((new & 07777) != (st->st_mode & 07777) && fchmodat(dirfd, name, new & 07777, 0)) {
		if (!quiet)
			warn_errno("changing permissions of '%s'", path);
		status = 1;
		return;
	}
	if (verbose || changes)
		report(path, st->st_mode, new);
}

static void walk(int dirfd, const char *name, const char *path)
{
	int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : 0;
	if (!d) {
		if (!quiet)
			warn_errno("cannot read directory '%s'", path);
		if (fd >= 0)
			close(fd);
		status = 1;
		return;
	}
	struct dirent *de;
	for (;;) {
		errno = 0;
		if (!(de = readdir(d)))
			break;
		const char *nm = de->d_name;
		if (nm[0] == '.' && (!nm[1] || (nm[1] == '.' && !nm[2])))
			continue;
		char *sub = fs_name_in(path, nm);
		struct stat st;
		if (fstatat(fd, nm, &st, AT_SYMLINK_NOFOLLOW)) {
			if (!quiet)
				warn_errno("cannot access '%s'", sub);
			status = 1;
		} else if (!S_ISLNK(st.st_mode)) {
			change(fd, nm, sub, &st);
			if (S_ISDIR(st.st_mode))
				walk(fd, nm, sub);
		}
		free(sub);
	}
	if (errno) {
		if (!quiet)
			warn_errno("cannot read directory '%s'", path);
		status = 1;
	}
	closedir(d);
}

static int looks_like_mode(const char *s)
{
	if (s[0] != '-' || !s[1])
		return 0;
	for (s++; *s; s++)
		if (!strchr("rwxXstugoa,+-=0123456789", *s))
			return 0;
	return 1;
}

int chmod_main(int argc, char **argv)
{
	/* "-w" or "-x,o+r" is a mode, not an option: take it out before parsing */
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (looks_like_mode(argv[i]) && !mode_arg) {
			mode_arg = argv[i];
			memmove(argv + i, argv + i + 1, (argc - i) * sizeof *argv);
			argc--;
			break;
		}
	}
	struct opt o = OPT_INIT(argc, argv, "R(recursive)c(changes)f(silent)v(verbose)\001(reference):");
	int c;
	const char *ref = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'R': recursive = 1; break;
		case 'c': changes = 1; break;
		case 'f': quiet = 1; break;
		case 'v': verbose = 1; break;
		case 1: ref = o.arg; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	static char refmode[8];
	if (ref) {
		struct stat rs;
		if (stat(ref, &rs)) {
			warn_errno("failed to get attributes of '%s'", ref);
			return 1;
		}
		/* a mode found among the operands was a file name after all */
		if (mode_arg) {
			argv--;
			argc++;
			argv[0] = (char *)mode_arg;
		}
		snprintf(refmode, sizeof refmode, "%05o", (unsigned)(rs.st_mode & 07777));
		mode_arg = refmode;
	}
	if (!mode_arg && argc) {
		mode_arg = argv[0];
		argc--;
		argv++;
	}
	if (!mode_arg) {
		warn_msg("missing operand");
		return usage();
	}
	if (!argc) {
		warn_msg("missing operand after '%s'", mode_arg);
		return usage();
	}
	mask = umask(0);
	umask(mask);
	mode_t dummy;
	if (mode_parse(mode_arg, 0, 0, mask, &dummy)) {
		warn_msg("invalid mode: '%s'", mode_arg);
		return 1;
	}
	for (int i = 0; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st)) {
			if (!quiet || errno != ENOENT)
				warn_errno("cannot access '%s'", argv[i]);
			status = 1;
			continue;
		}
		change(AT_FDCWD, argv[i], argv[i], &st);
		if (recursive && S_ISDIR(st.st_mode))
			walk(AT_FDCWD, argv[i], argv[i]);
	}
	return status;
}
