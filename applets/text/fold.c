/* fold - wrap long lines
 *
 * APPLET(fold, USR_BIN)
 * usage: fold [-bs] [-w WIDTH] [FILE...]
 *
 * Copy each FILE (- is standard input, the default) to standard output, breaking
 * lines longer than WIDTH (80) columns. A tab advances to the next multiple of 8,
 * a backspace goes back one column, a carriage return to column 0.
 *
 * -b        count bytes, not columns (--bytes)
 * -s        break after the last blank within the width, if any (--spaces)
 * -w WIDTH  the width (--width); -N is the old spelling
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static size_t width = 80;
static int bytes, spaces;

static size_t advance(size_t col, unsigned char c)
{
	if (bytes)
		return col + 1;
	switch (c) {
	case '\t': return col + 8 - col % 8;
	case '\b': return col ? col - 1 : 0;
	case '\r': return 0;
	}
	/* UTF-8 continuation bytes take no column */
	return (c & 0xc0) == 0x80 ? col : col + 1;
}

static void fold_line(const char *s, size_t len)
{
	size_t start = 0, col = 0;
	for (size_t i = 0; i < len; i++) {
		size_t next = advance(col, (unsigned char)s[i]);
		while (next > width && i > start) {
			size_t cut = i;
			if (spaces) {
				for (size_t k = i; k > start; k--)
					if (s[k - 1] == ' ' || s[k - 1] == '\t') {
						cut = k;
						break;
					}
			}
			fwrite(s + start, 1, cut - start, stdout);
			putchar('\n');
			start = cut;
			col = 0;
			for (size_t k = start; k < i; k++)
				col = advance(col, (unsigned char)s[k]);
			next = advance(col, (unsigned char)s[i]);
		}
		col = next;
	}
	fwrite(s + start, 1, len - start, stdout);
}

int fold_main(int argc, char **argv)
{
	char obsolete[32];
	/* fold -20 */
	if (argc > 1 && argv[1][0] == '-' && argv[1][1] >= '0' && argv[1][1] <= '9' &&
	    strlen(argv[1]) < 20) {
		snprintf(obsolete, sizeof obsolete, "-w%s", argv[1] + 1);
		argv[1] = obsolete;
	}
	struct opt o = OPT_INIT(argc, argv, "b(bytes)s(spaces)w(width):");
	int c;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'b': bytes = 1; break;
		case 's': spaces = 1; break;
		case 'w': {
			char *end;
			unsigned long v = strtoul(o.arg, &end, 10);
			if (!*o.arg || *end || !v || *o.arg == '-') {
				warn_msg("invalid number of columns: '%s'", o.arg);
				return 1;
			}
			width = v;
			break;
		}
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	char *stdin_only[] = { "-", 0 };
	if (!argc) {
		argv = stdin_only;
		argc = 1;
	}
	int status = 0;
	for (int i = 0; i < argc && !ferror(stdout); i++) {
		int fd = open_input(argv[i]);
		if (fd < 0) {
			status = 1;
			continue;
		}
		struct lines l;
		lines_init(&l, fd, '\n');
		char *s;
		size_t len;
		while ((s = lines_next(&l, &len)) && !ferror(stdout)) {
			fold_line(s, len);
			if (l.delimited)
				putchar('\n');
		}
		if (l.err) {
			warn_errno("%s", argv[i]);
			status = 1;
		}
		lines_free(&l);
		if (fd)
			close(fd);
	}
	return status;
}
