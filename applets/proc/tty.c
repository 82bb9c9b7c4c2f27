/* tty - print the name of the terminal on standard input
 *
 * APPLET(tty, USR_BIN)
 * usage: tty [-s]
 *
 * Print the file name of the terminal connected to standard input, or "not a tty"
 * (status 1) when it is not a terminal.
 *
 * -s  print nothing, only set the status (--silent, --quiet)
 */
#include <stdio.h>
#include <unistd.h>
#include "ring3.h"

int tty_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "s(silent)(quiet)");
	int c, silent = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 's': silent = 1; break;
		default: usage(); return 2;
		}
	}
	if (o.ind < argc) {
		warn_msg("extra operand '%s'", argv[o.ind]);
		usage();
		return 2;
	}
	if (silent)
		return isatty(0) ? 0 : 1;
	const char *name = ttyname(0);
	if (!name) {
		puts("not a tty");
		return 1;
	}
	puts(name);
	return 0;
}
