/* pwd - print the working directory
 *
 * APPLET(pwd, BIN)
 * usage: pwd [-LP]
 *
 * Print the absolute name of the current directory.
 *
 * -L  use $PWD when it names the current directory (the default)
 * -P  print the name with every symbolic link resolved
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

/* $PWD counts when it is absolute, has no . or .. component and is ".". */
static int pwd_valid(const char *p)
{
	struct stat a, b;
	if (!p || p[0] != '/')
		return 0;
	for (const char *s = p; *s; s++)
		if (s[0] == '/' && s[1] == '.' && (!s[2] || s[2] == '/' ||
		    (s[2] == '.' && (!s[3] || s[3] == '/'))))
			return 0;
	return !stat(p, &a) && !stat(".", &b) && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

int pwd_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "L(logical)P(physical)");
	int c, logical = 1;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'L': logical = 1; break;
		case 'P': logical = 0; break;
		default: return usage();
		}
	const char *env = getenv("PWD");
	if (logical && pwd_valid(env)) {
		puts(env);
		return 0;
	}
	size_t cap = 256;
	for (;;) {
		char *buf = xmalloc(cap);
		if (getcwd(buf, cap)) {
			puts(buf);
			free(buf);
			return 0;
		}
		free(buf);
		if (errno != ERANGE) {
			warn_errno("cannot get the current directory");
			return 1;
		}
		cap *= 2;
	}
}
