/* rev - reverse the characters of each line
 *
 * APPLET(rev, USR_BIN)
 * usage: rev [FILE...]
 *
 * Copy each FILE (- is standard input, the default) to standard output with the
 * characters of every line in reverse order. UTF-8 sequences stay whole.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static void reverse(char *s, size_t n)
{
	for (size_t i = 0, j = n ? n - 1 : 0; i < j; i++, j--) {
		char t = s[i];
		s[i] = s[j];
		s[j] = t;
	}
}

int rev_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "");
	if (opt_next(&o) != -1)
		return usage();
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
			reverse(s, len);
			/* a reversed UTF-8 sequence has its continuation bytes first:
			 * turn each such run, with the lead byte after it, back around */
			for (size_t k = 0; k < len; k++) {
				unsigned char c = s[k];
				if ((c & 0xc0) != 0x80)
					continue;
				size_t start = k;
				while (k < len && ((unsigned char)s[k] & 0xc0) == 0x80 && k - start < 3)
					k++;
				if (k < len && ((unsigned char)s[k] & 0xc0) == 0xc0)
					reverse(s + start, k - start + 1);
				else
					k--;
			}
			fwrite(s, 1, len, stdout);
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
