/* whoami - print the effective user name
 *
 * APPLET(whoami, USR_BIN)
 * usage: whoami
 *
 * Print the name of the effective user (as id -un does).
 */
#include <pwd.h>
#include <stdio.h>
#include <unistd.h>
#include "ring3.h"

int whoami_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "");
	if (opt_next(&o) != -1)
		return usage();
	if (o.ind < argc) {
		warn_msg("extra operand '%s'", argv[o.ind]);
		return usage();
	}
	uid_t uid = geteuid();
	struct passwd *pw = getpwuid(uid);
	if (!pw) {
		warn_msg("cannot find name for user ID %lu", (unsigned long)uid);
		return 1;
	}
	puts(pw->pw_name);
	return 0;
}
