/* rmdir - remove empty directories
 *
 * APPLET(rmdir, BIN)
 * usage: rmdir [-pv] [--ignore-fail-on-non-empty] DIR...
 *
 * Remove each empty DIR.
 *
 * -p  remove DIR, then each of its parents named in the path (a/b/c, a/b, a)
 * -v  print a line for each directory removed
 * --ignore-fail-on-non-empty  don't complain about a directory that isn't empty
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static int verbose, ignore_nonempty;

static int remove_one(const char *path)
{
	if (verbose)
		printf("%s: removing directory, '%s'\n", applet_name, path);
	if (!rmdir(path))
		return 0;
	if (ignore_nonempty && (errno == ENOTEMPTY || errno == EEXIST))
		return -2;
	warn_errno("failed to remove '%s'", path);
	return -1;
}

int rmdir_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "p(parents)v(verbose)I(ignore-fail-on-non-empty)");
	int c, parents = 0, status = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'p': parents = 1; break;
		case 'v': verbose = 1; break;
		case 'I': ignore_nonempty = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing operand");
		return usage();
	}
	for (int i = 0; i < argc; i++) {
		char *path = argv[i];
		int r = remove_one(path);
		if (r == -1)
			status = 1;
		if (r || !parents)
			continue;
		for (;;) {
			size_t n = strlen(path);
			while (n > 1 && path[n - 1] == '/')
				n--;
			while (n > 0 && path[n - 1] != '/')
				n--;
			while (n > 1 && path[n - 1] == '/')
				n--;
			if (!n || (n == 1 && path[0] == '/'))
				break;
			path[n] = 0;
			r = remove_one(path);
			if (r == -1)
				status = 1;
			if (r)
				break;
		}
	}
	return status;
}
