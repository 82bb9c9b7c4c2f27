/* nice - run a program with a changed scheduling priority
 *
 * APPLET(nice, USR_BIN)
 * usage: nice [-n N] [COMMAND [ARG]...]
 *
 * Run COMMAND with its niceness raised by N (10 by default; a negative N needs
 * privilege), or print the current niceness when there is no COMMAND. Status 127
 * if COMMAND is not found, 126 if it cannot be run, 125 for nice's own errors.
 *
 * -n N  add N to the niceness (--adjustment); -N is the old spelling
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include "ring3.h"

int nice_main(int argc, char **argv)
{
	const char *adj = 0;
	int i = 1;
	/* nice -5 and nice --5: the old form, only as the first word */
	if (argc > 1 && argv[1][0] == '-' && ((argv[1][1] >= '0' && argv[1][1] <= '9') ||
	    (argv[1][1] == '-' && argv[1][2] >= '0' && argv[1][2] <= '9'))) {
		adj = argv[1] + 1;
		i = 2;
	}
	struct opt o = OPT_INIT(argc - i + 1, argv + i - 1, "+n(adjustment):");
	int c;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'n': adj = o.arg; break;
		default: usage(); return 125;
		}
	}
	argc -= i - 1 + o.ind;
	argv += i - 1 + o.ind;
	if (!argc) {
		if (adj) {
			warn_msg("a command must be given with an adjustment");
			usage();
			return 125;
		}
		errno = 0;
		int n = getpriority(PRIO_PROCESS, 0);
		if (n == -1 && errno) {
			warn_errno("cannot get niceness");
			return 125;
		}
		printf("%d\n", n);
		return 0;
	}
	long n = 10;
	if (adj) {
		char *end;
		errno = 0;
		n = strtol(adj, &end, 10);
		if (!*adj || *end || errno) {
			warn_msg("invalid adjustment '%s'", adj);
			return 125;
		}
		if (n > 40)
			n = 40;
		if (n < -40)
			n = -40;
	}
	errno = 0;
	int cur = getpriority(PRIO_PROCESS, 0);
	if (!(cur == -1 && errno)) {
		long want = cur + n;
		if (want > 19)
			want = 19;
		if (want < -20)
			want = -20;
		if (setpriority(PRIO_PROCESS, 0, (int)want) && (errno == EPERM || errno == EACCES))
			warn_errno("cannot set niceness");
	}
	fflush(stdout);
	execvp(argv[0], argv);
	int err = errno;
	warn_errno("'%s'", argv[0]);
	return err == ENOENT ? 127 : 126;
}
