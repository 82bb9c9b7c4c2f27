/* which - locate a command
 *
 * APPLET(which, USR_BIN)
 * usage: which [-a] COMMAND...
 *
 * Print the path of the executable file that each COMMAND would run, searching
 * PATH the way the shell does. A COMMAND containing a slash is checked as it is.
 * Status 1 if some COMMAND is not found.
 *
 * -a  print every match in PATH, not just the first (--all)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

static int executable(const char *path)
{
	struct stat st;
	return !stat(path, &st) && S_ISREG(st.st_mode) && !access(path, X_OK);
}

int which_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "a(all)");
	int c, all = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'a': all = 1; break;
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (!argc)
		return usage();
	const char *path = getenv("PATH");
	if (!path)
		path = "/bin:/usr/bin";
	int status = 0;
	size_t plen = strlen(path);
	for (int i = 0; i < argc; i++) {
		const char *cmd = argv[i];
		int found = 0;
		if (strchr(cmd, '/')) {
			if (executable(cmd)) {
				puts(cmd);
				found = 1;
			}
		} else if (*cmd) {
			size_t clen = strlen(cmd);
			char *buf = xmalloc(plen + clen + 3);
			for (const char *p = path;;) {
				size_t n = strcspn(p, ":");
				/* an empty PATH entry is the current directory */
				if (n)
					memcpy(buf, p, n);
				else
					buf[n++] = '.';
				buf[n] = '/';
				memcpy(buf + n + 1, cmd, clen + 1);
				if (executable(buf)) {
					puts(buf);
					found = 1;
					if (!all)
						break;
				}
				p += strcspn(p, ":");
				if (!*p)
					break;
				p++;
			}
			free(buf);
		}
		if (!found)
			status = 1;
	}
	return status;
}
