/* logname - print the user's login name
 *
 * APPLET(logname, USR_BIN)
 * usage: logname
 *
 * Print the name of the user who logged in, as the kernel recorded it at login
 * (/proc/self/loginuid), falling back to the LOGNAME variable.
 */
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "ring3.h"

int logname_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "");
	if (opt_next(&o) != -1)
		return usage();
	if (o.ind < argc) {
		warn_msg("extra operand '%s'", argv[o.ind]);
		return usage();
	}
	const char *name = 0;
	char buf[32];
	int fd = open("/proc/self/loginuid", O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		ssize_t n = safe_read(fd, buf, sizeof buf - 1);
		close(fd);
		buf[n > 0 ? n : 0] = 0;
		char *end;
		unsigned long uid = strtoul(buf, &end, 10);
		/* (uid_t)-1: no login recorded */
		if (end != buf && uid != 4294967295UL) {
			struct passwd *pw = getpwuid((uid_t)uid);
			if (pw)
				name = pw->pw_name;
		}
	}
	if (!name || !*name)
		name = getenv("LOGNAME");
	if (!name || !*name) {
		warn_msg("no login name");
		return 1;
	}
	puts(name);
	return 0;
}
