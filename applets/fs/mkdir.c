/* mkdir - make directories
 *
 * APPLET(mkdir, BIN)
 * usage: mkdir [-pv] [-m MODE] DIR...
 *
 * Create each DIR.
 *
 * -p  create missing parents too, and don't complain if DIR exists
 * -m MODE  set the mode (octal or symbolic, as in chmod) instead of a=rwx - umask
 * -v  print a line for each directory created
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "ring3.h"

static int verbose;

static mode_t mask;

static int make(const char *path, mode_t mode)
{
	if (mkdir(path, mode))
		return -1;
	/* parents need u+wx even under a umask that takes them away */
	if ((mode & mask & 0300) && chmod(path, mode))
		return -1;
	if (verbose)
		printf("%s: created directory '%s'\n", applet_name, path);
	return 0;
}

/* Create every missing parent of path (u+wx so the child can be made). */
static int make_parents(char *path, mode_t mode)
{
	char *p = path;
	while (*p == '/')
		p++;
	for (;;) {
		p = strchr(p, '/');
		if (!p || !p[strspn(p, "/")])
			return 0;
		*p = 0;
		struct stat st;
		if (make(path, mode)) {
			int e = errno;
			if (e != EEXIST || stat(path, &st) || !S_ISDIR(st.st_mode)) {
				errno = e == EEXIST ? ENOTDIR : e;
				warn_errno("cannot create directory '%s'", path);
				*p = '/';
				return -1;
			}
		}
		*p = '/';
		while (*p == '/')
			p++;
	}
}

int mkdir_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "m(mode):p(parents)v(verbose)");
	int c, parents = 0, status = 0;
	const char *mode_arg = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'p': parents = 1; break;
		case 'm': mode_arg = o.arg; break;
		case 'v': verbose = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing operand");
		return usage();
	}
	mask = umask(0);
	umask(mask);
	mode_t mode = 0777 & ~mask;
	if (mode_arg && mode_parse(mode_arg, 0777, 1, mask, &mode)) {
		warn_msg("invalid mode '%s'", mode_arg);
		return 1;
	}
	mode_t parent_mode = (0777 & ~mask) | 0300;
	for (int i = 0; i < argc; i++) {
		char *path = xstrdup(argv[i]);
		if (parents) {
			if (make_parents(path, parent_mode)) {
				status = 1;
				free_path:
				free(path);
				continue;
			}
		}
		struct stat st;
		if (make(path, mode)) {
			if (parents && errno == EEXIST && !stat(path, &st) && S_ISDIR(st.st_mode))
				goto free_path;
			warn_errno("cannot create directory '%s'", path);
			status = 1;
			goto free_path;
		}
		/* mkdir(2) applies the umask and may drop special bits: -m is exact */
		if (mode_arg && chmod(path, mode)) {
			warn_errno("cannot set permissions of '%s'", path);
			status = 1;
		}
		free(path);
	}
	return status;
}
