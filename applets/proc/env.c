/* env - run a program in a modified environment
 *
 * APPLET(env, USR_BIN)
 * usage: env [-i0] [-u NAME]... [-C DIR] [NAME=VALUE]... [COMMAND [ARG]...]
 *
 * Set each NAME to VALUE in the environment and run COMMAND, or print the resulting
 * environment when there is no COMMAND. Status 127 if COMMAND is not found, 126 if it
 * cannot be run, 125 for env's own errors; otherwise COMMAND's status.
 *
 * -i, -    start with an empty environment (--ignore-environment)
 * -u NAME  remove NAME from the environment (--unset)
 * -0       end each printed variable with NUL, not newline (--null)
 * -C DIR   change the working directory to DIR first (--chdir)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

extern char **environ;

int env_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "+i(ignore-environment)u(unset):0(null)C(chdir):");
	int c, nul = 0, clear = 0;
	const char *dir = 0;
	const char **unset = xmalloc(argc * sizeof *unset);
	int nunset = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'i': clear = 1; break;
		case 'u': unset[nunset++] = o.arg; break;
		case '0': nul = 1; break;
		case 'C': dir = o.arg; break;
		default: usage(); return 125;
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (argc && !strcmp(argv[0], "-")) {
		clear = 1;
		argc--;
		argv++;
	}
	if (clear) {
		static char *empty[] = { 0 };
		environ = empty;
	}
	for (int i = 0; i < nunset; i++) {
		if (!*unset[i] || strchr(unset[i], '=')) {
			errno = EINVAL;
			warn_errno("cannot unset '%s'", unset[i]);
			return 125;
		}
		unsetenv(unset[i]);
	}
	for (; argc && strchr(argv[0], '='); argc--, argv++) {
		if (argv[0][0] == '=') {
			errno = EINVAL;
			warn_errno("cannot set '%s'", argv[0]);
			return 125;
		}
		if (putenv(argv[0])) {
			warn_errno("cannot set '%s'", argv[0]);
			return 125;
		}
	}
	if (!argc) {
		if (dir) {
			warn_msg("must specify command with --chdir (-C)");
			return 125;
		}
		for (char **e = environ; e && *e; e++) {
			fputs(*e, stdout);
			putchar(nul ? 0 : '\n');
		}
		return 0;
	}
	if (nul) {
		warn_msg("cannot specify --null (-0) with command");
		return 125;
	}
	if (dir && chdir(dir)) {
		warn_errno("cannot change directory to '%s'", dir);
		return 125;
	}
	fflush(stdout);
	execvp(argv[0], argv);
	int err = errno;
	warn_errno("'%s'", argv[0]);
	return err == ENOENT ? 127 : 126;
}
