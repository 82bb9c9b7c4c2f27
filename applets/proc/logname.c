/* logname - print the user's login name
 *
 * APPLET(logname, USR_BIN)
 * usage: logname
 *
 * Print the name of the user logged in on the controlling terminal, as recorded at
 * login (getlogin), falling back to the LOGNAME variable.
 */
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
	const char *name = getlogin();
	if (!name || !*name)
		name = getenv("LOGNAME");
	if (!name || !*name) {
		warn_msg("no login name");
		return 1;
	}
	puts(name);
	return 0;
}
