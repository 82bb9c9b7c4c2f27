/* hostname - show or set the system's host name
 *
 * APPLET(hostname, BIN)
 * usage: hostname [-s] [-F FILE | NAME]
 *
 * Print the host name, or set it to NAME (or to the first line of FILE).
 *
 * -s       print the short name, up to the first dot (--short)
 * -f       print the name as it is (--fqdn, --long)
 * -F FILE  set the host name from FILE (--file)
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

int hostname_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "s(short)f(fqdn)(long)F(file):");
	int c, shortname = 0;
	const char *file = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 's': shortname = 1; break;
		case 'f': shortname = 0; break;
		case 'F': file = o.arg; break;
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (argc > 1 || (argc && file)) {
		warn_msg("extra operand '%s'", argv[argc - 1]);
		return usage();
	}
	char name[256];
	const char *set = argc ? argv[0] : 0;
	if (file) {
		int fd = open_input(file);
		if (fd < 0)
			return 1;
		ssize_t n = safe_read(fd, name, sizeof name - 1);
		if (n < 0) {
			warn_errno("%s", file);
			return 1;
		}
		if (fd)
			close(fd);
		name[n] = 0;
		/* the first line that is not a comment */
		char *p = name;
		while (*p == '#' || *p == '\n') {
			p += strcspn(p, "\n");
			if (*p)
				p++;
		}
		p[strcspn(p, "\n")] = 0;
		set = p;
	}
	if (set) {
		if (!*set || sethostname(set, strlen(set))) {
			if (!*set)
				warn_msg("the specified hostname is invalid");
			else
				warn_errno("%s", set);
			return 1;
		}
		return 0;
	}
	if (gethostname(name, sizeof name)) {
		warn_errno("cannot determine hostname");
		return 1;
	}
	name[sizeof name - 1] = 0;
	if (shortname)
		name[strcspn(name, ".")] = 0;
	puts(name);
	return 0;
}
