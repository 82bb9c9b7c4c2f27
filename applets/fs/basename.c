/* basename - strip the directory and a suffix from names
 *
 * APPLET(basename, USR_BIN)
 * usage: basename NAME [SUFFIX] | basename -a [-s SUFFIX] [-z] NAME...
 *
 * Print NAME without its leading directories and trailing slashes, and without
 * SUFFIX if it ends with one (and is more than it).
 *
 * -a  every operand is a NAME      -s SUFFIX  remove SUFFIX (implies -a)
 * -z  end each line with NUL instead of newline
 */
#include <stdio.h>
#include <string.h>
#include "ring3.h"

static void put_base(const char *name, const char *suffix, int eol)
{
	size_t n = strlen(name);
	while (n > 1 && name[n - 1] == '/')
		n--;
	size_t start = n;
	while (start > 0 && name[start - 1] != '/')
		start--;
	if (n == 1 && name[0] == '/')
		start = 0;
	size_t len = n - start;
	if (suffix && !(len == 1 && name[start] == '/')) {
		size_t sl = strlen(suffix);
		if (sl < len && !memcmp(name + start + len - sl, suffix, sl))
			len -= sl;
	}
	fwrite(name + start, 1, len, stdout);
	putchar(eol);
}

int basename_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "a(multiple)s(suffix):z(zero)");
	int c, multi = 0, eol = '\n';
	const char *suffix = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'a': multi = 1; break;
		case 's': suffix = o.arg; multi = 1; break;
		case 'z': eol = 0; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing operand");
		return usage();
	}
	if (!multi) {
		if (argc > 2) {
			warn_msg("extra operand '%s'", argv[2]);
			return usage();
		}
		put_base(argv[0], argc == 2 ? argv[1] : 0, eol);
		return 0;
	}
	for (int i = 0; i < argc; i++)
		put_base(argv[i], suffix, eol);
	return 0;
}
