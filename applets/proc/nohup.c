/* nohup - run a program immune to hangups
 *
 * APPLET(nohup, USR_BIN)
 * usage: nohup COMMAND [ARG]...
 *
 * Run COMMAND ignoring the hangup signal. If standard output is a terminal, it is
 * appended to nohup.out (or $HOME/nohup.out); if standard error is a terminal it
 * goes where standard output goes; standard input from a terminal is replaced by
 * /dev/null. Status 127 if COMMAND is not found, 126 if it cannot be run, 125 for
 * nohup's own errors.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

int nohup_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "+");
	if (opt_next(&o) != -1) {
		usage();
		return 125;
	}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing operand");
		usage();
		return 125;
	}
	if (isatty(0)) {
		int fd = open("/dev/null", O_RDONLY);
		if (fd < 0 || dup2(fd, 0) < 0) {
			warn_errno("failed to replace standard input");
			return 125;
		}
		if (fd > 0)
			close(fd);
	}
	if (isatty(1)) {
		const char *name = "nohup.out";
		int fd = open(name, O_WRONLY | O_CREAT | O_APPEND, 0600);
		char *alt = 0;
		if (fd < 0 && getenv("HOME")) {
			const char *home = getenv("HOME");
			alt = xmalloc(strlen(home) + 11);
			sprintf(alt, "%s/nohup.out", home);
			name = alt;
			fd = open(name, O_WRONLY | O_CREAT | O_APPEND, 0600);
		}
		if (fd < 0) {
			warn_errno("failed to open '%s'", name);
			return 125;
		}
		if (dup2(fd, 1) < 0) {
			warn_errno("failed to redirect standard output");
			return 125;
		}
		close(fd);
		warn_msg("ignoring input and appending output to '%s'", name);
		free(alt);
	}
	if (isatty(2) && dup2(1, 2) < 0) {
		warn_errno("failed to redirect standard error");
		return 125;
	}
	signal(SIGHUP, SIG_IGN);
	execvp(argv[0], argv);
	int err = errno;
	warn_errno("'%s'", argv[0]);
	return err == ENOENT ? 127 : 126;
}
