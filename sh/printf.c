/* printf.c - the printf builtin: the printf applet's formatting (lib/pformat.c:
 * integers, floating point in decimal, %b, %q) writing through sh_out, with messages
 * from sh_builtin_error. As in dash and bash, %c of "" writes nothing and excess
 * arguments are ignored without a warning. */
#include "sh.h"

#include <string.h>
#include "../lib/ring3.h"

int sh_printf_builtin(int argc, char **argv)
{
	struct pformat pf = { .out = sh_out, .warn = sh_builtin_error, .grow = sh_xrealloc,
			      .shell = 1 };
	int i = 1;
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (i >= argc) {
		sh_builtin_error("usage: printf format [arg...]");
		return 2;
	}
	return pformat(&pf, argv[i], argv + i + 1, argc - i - 1);
}
