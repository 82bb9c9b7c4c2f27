/* readlink - print the target of a symbolic link
 *
 * APPLET(readlink, USR_BIN)
 * usage: readlink [-fem] [-nqsvz] FILE...
 *
 * Print what each symbolic link FILE points to; with -f, -e or -m print FILE's
 * canonical absolute name instead. Fails quietly when FILE isn't a link.
 *
 * -f  canonicalize: every component but the last must exist
 * -e  every component must exist    -m  no component needs to exist
 * -n  no newline after the (single) name      -z  end lines with NUL
 * -v  report errors                 -q, -s  don't (the default)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"
#include "fs.h"

static char *read_link(const char *path)
{
	size_t cap = 256;
	for (;;) {
		char *buf = xmalloc(cap);
		ssize_t n = readlink(path, buf, cap);
		if (n < 0) {
			free(buf);
			return 0;
		}
		if ((size_t)n < cap) {
			buf[n] = 0;
			return buf;
		}
		free(buf);
		cap *= 2;
	}
}

int readlink_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"f(canonicalize)e(canonicalize-existing)m(canonicalize-missing)n(no-newline)"
		"q(quiet)s(silent)v(verbose)z(zero)");
	int c, need = 0, newline = 1, verbose = 0, eol = '\n', status = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'f': case 'e': case 'm': need = c; break;
		case 'n': newline = 0; break;
		case 'q': case 's': verbose = 0; break;
		case 'v': verbose = 1; break;
		case 'z': eol = 0; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing operand");
		return usage();
	}
	/* like GNU: -n only applies to a single name */
	if (argc > 1)
		newline = 1;
	for (int i = 0; i < argc; i++) {
		char *r = need ? fs_canonicalize(argv[i], need, 1) : read_link(argv[i]);
		if (!r) {
			if (verbose)
				warn_errno("%s", argv[i]);
			status = 1;
			continue;
		}
		fputs(r, stdout);
		if (newline)
			putchar(eol);
		free(r);
	}
	return status;
}
