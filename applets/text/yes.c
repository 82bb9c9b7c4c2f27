/* yes - print a line over and over
 *
 * APPLET(yes, USR_BIN)
 * usage: yes [STRING...]
 *
 * Print the STRINGs joined by spaces (y by default) and a newline, again and again,
 * until the output is closed.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

enum { BUFSZ = 128 << 10 };

int yes_main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--")) {
		argv++;
		argc--;
	}
	size_t len = 0;
	for (int i = 1; i < argc; i++)
		len += strlen(argv[i]) + 1;
	if (argc < 2)
		len = 2;
	char *line = xmalloc(len + 1), *p = line;
	if (argc < 2) {
		memcpy(line, "y ", 2);
		p = line + 2;
	}
	for (int i = 1; i < argc; i++) {
		size_t n = strlen(argv[i]);
		memcpy(p, argv[i], n);
		p += n;
		*p++ = ' ';
	}
	line[len - 1] = '\n';
	/* fill a big buffer with whole copies of the line */
	size_t cap = len > BUFSZ ? len : BUFSZ - BUFSZ % len, used = 0;
	char *buf = xmalloc(cap);
	while (used + len <= cap) {
		memcpy(buf + used, line, len);
		used += len;
	}
	for (;;) {
		if (full_write(1, buf, used) < 0) {
			if (errno != EPIPE)
				warn_errno("write error");
			return 1;
		}
	}
}
