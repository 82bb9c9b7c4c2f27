/* dirname - strip the last component from names
 *
 * APPLET(dirname, USR_BIN)
 * usage: dirname [-z] NAME...
 *
 * Print each NAME without its last component and trailing slashes ("." if none).
 *
 * -z  end each line with NUL instead of newline
 */
#include <stdio.h>
#include <string.h>
#include "ring3.h"

int dirname_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "z(zero)");
	int c, eol = '\n';
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'z': eol = 0; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing operand");
		return usage();
	}
	for (int i = 0; i < argc; i++) {
		const char *s = argv[i];
		size_t n = strlen(s);
		while (n > 1 && s[n - 1] == '/')
			n--;
		while (n > 0 && s[n - 1] != '/')
			n--;
		while (n > 1 && s[n - 1] == '/')
			n--;
		if (!n)
			fputs(".", stdout);
		else
			fwrite(s, 1, n, stdout);
		putchar(eol);
	}
	return 0;
}
