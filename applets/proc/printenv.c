/* printenv - print the environment
 *
 * APPLET(printenv, USR_BIN)
 * usage: printenv [-0] [NAME...]
 *
 * Print the value of each environment variable NAME, or every NAME=VALUE when there
 * is no NAME. Status 1 if some NAME is not set.
 *
 * -0  end each output item with NUL, not newline (--null)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ring3.h"

extern char **environ;

int printenv_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "0(null)");
	int c, end = '\n';
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case '0': end = 0; break;
		default: usage(); return 2;
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		for (char **e = environ; e && *e; e++) {
			fputs(*e, stdout);
			putchar(end);
		}
		return 0;
	}
	int status = 0;
	for (int i = 0; i < argc; i++) {
		const char *v = strchr(argv[i], '=') ? 0 : getenv(argv[i]);
		if (!v) {
			status = 1;
			continue;
		}
		fputs(v, stdout);
		putchar(end);
	}
	return status;
}
