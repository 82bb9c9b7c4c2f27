/* mktemp - create a unique temporary file or directory
 *
 * APPLET(mktemp, BIN)
 * usage: mktemp [-dqu] [-p DIR] [-t] [TEMPLATE]
 *
 * Create a file (mode 0600) or directory (0700) named after TEMPLATE, whose trailing
 * X's (at least 3) are replaced by random letters and digits, and print its name.
 * Without TEMPLATE, tmp.XXXXXXXXXX in $TMPDIR or /tmp.
 *
 * -d  make a directory            -q  no message on failure
 * -u  only print a name, create nothing (unsafe)
 * -p DIR, --tmpdir=DIR  TEMPLATE is relative to DIR ($TMPDIR or /tmp if DIR is empty)
 * -t  TEMPLATE is relative to $TMPDIR, else DIR of -p, else /tmp
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

static void fill(char *x, size_t n)
{
	static const char chars[] =
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	unsigned char rnd[64];
	size_t got = 0;
	while (got < n) {
		size_t want = n - got > sizeof rnd ? sizeof rnd : n - got;
		ssize_t r = getrandom(rnd, want, 0);
		if (r <= 0) {
			/* no getrandom: something still hard to guess */
			static unsigned long long s;
			struct timespec ts;
			clock_gettime(CLOCK_REALTIME, &ts);
			s = s * 6364136223846793005ull + (unsigned long long)ts.tv_nsec +
			    (unsigned long long)getpid();
			for (size_t i = 0; i < want; i++)
				rnd[i] = (unsigned char)(s >> (8 * (i % 8)));
			r = (ssize_t)want;
		}
		for (ssize_t i = 0; i < r; i++) {
			/* 248 = 4 * 62: unbiased */
			if (rnd[i] >= 248)
				continue;
			x[got++] = chars[rnd[i] % 62];
		}
	}
}

int mktemp_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "d(directory)q(quiet)u(dry-run)p(tmpdir):t");
	int c, dir = 0, quiet = 0, dry = 0, t = 0, have_p = 0;
	const char *pdir = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'd': dir = 1; break;
		case 'q': quiet = 1; break;
		case 'u': dry = 1; break;
		case 'p': pdir = o.arg; have_p = 1; break;
		case 't': t = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc > 1) {
		warn_msg("too many templates");
		return usage();
	}
	const char *tmpl = argc ? argv[0] : "tmp.XXXXXXXXXX";
	const char *base = 0;
	const char *env = getenv("TMPDIR");
	if (env && !*env)
		env = 0;
	if (t)
		base = env ? env : pdir && *pdir ? pdir : "/tmp";
	else if (have_p || !argc)
		base = pdir && *pdir ? pdir : env ? env : "/tmp";
	if (base && (t || have_p) && strchr(tmpl, '/')) {
		if (!quiet)
			warn_msg("invalid template, '%s', contains directory separator", tmpl);
		return 1;
	}
	size_t tl = strlen(tmpl), nx = 0;
	while (nx < tl && tmpl[tl - 1 - nx] == 'X')
		nx++;
	if (nx < 3) {
		if (!quiet)
			warn_msg("too few X's in template '%s'", tmpl);
		return 1;
	}
	char *path;
	if (base) {
		size_t bl = strlen(base);
		path = xmalloc(bl + tl + 2);
		memcpy(path, base, bl);
		path[bl] = '/';
		memcpy(path + bl + 1, tmpl, tl + 1);
	} else {
		path = xstrdup(tmpl);
	}
	char *x = path + strlen(path) - nx;
	for (int tries = 0; tries < 1000; tries++) {
		fill(x, nx);
		if (dry) {
			struct stat st;
			if (!lstat(path, &st))
				continue;
			puts(path);
			free(path);
			return 0;
		}
		int r;
		if (dir) {
			r = mkdir(path, 0700);
		} else {
			r = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
			if (r >= 0)
				close(r);
		}
		if (r >= 0) {
			puts(path);
			free(path);
			return 0;
		}
		if (errno != EEXIST)
			break;
	}
	if (!quiet) {
		memset(x, 'X', nx);
		warn_errno("failed to create %s via template '%s'", dir ? "directory" : "file",
			   path);
	}
	free(path);
	return 1;
}
