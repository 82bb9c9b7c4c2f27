/* chroot - run a command with a different root directory
 *
 * APPLET(chroot, USR_SBIN)
 * usage: chroot DIR [COMMAND [ARG...]]
 *
 * Change the root directory to DIR, the working directory to the new /, and run
 * COMMAND (default: "$SHELL -i", or /bin/sh -i), found through PATH inside DIR.
 * Exit status: 125 if chroot fails, 126 if COMMAND cannot run, 127 if it is not found,
 * else COMMAND's.
 */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "ring3.h"

int chroot_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "+");
	if (opt_next(&o) != -1) {
		usage();
		return 125;
	}
	argc -= o.ind;
	argv += o.ind;
	if (argc < 1) {
		usage();
		return 125;
	}
	if (chroot(argv[0])) {
		warn_errno("%s", argv[0]);
		return 125;
	}
	if (chdir("/")) {
		warn_errno("/");
		return 125;
	}
	char *shell[] = { getenv("SHELL"), "-i", 0 };
	if (!shell[0] || !*shell[0])
		shell[0] = "/bin/sh";
	char **cmd = argc > 1 ? argv + 1 : shell;
	execvp(cmd[0], cmd);
	warn_errno("%s", cmd[0]);
	return errno == ENOENT ? 127 : 126;
}
