/* paste - merge lines of files
 *
 * APPLET(paste, USR_BIN)
 * usage: paste [-s] [-d LIST] [-z] [FILE...]
 *
 * Write lines made of the corresponding lines of each FILE (- is standard input,
 * the default; it may be given more than once), joined by TAB.
 *
 * -d LIST  join with the characters of LIST in turn; \n \t \\ and \0 (nothing)
 *          are escapes (--delimiters)
 * -s       paste the lines of one file at a time, in one output line (--serial)
 * -z       lines end with NUL, not newline (--zero-terminated)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

/* The delimiters, 0 standing for "none". */
static int *delims;
static size_t ndelims;

static void parse_delims(const char *s)
{
	delims = xmalloc((strlen(s) + 1) * sizeof *delims);
	for (; *s; s++) {
		int c = (unsigned char)*s;
		if (c == '\\' && s[1]) {
			s++;
			c = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s == '0' ? -1 :
				*s == 'b' ? '\b' : *s == 'f' ? '\f' : *s == 'r' ? '\r' :
				*s == 'v' ? '\v' : (unsigned char)*s;
		}
		delims[ndelims++] = c;
	}
}

static void put_delim(size_t i)
{
	if (!ndelims)
		return;
	int c = delims[i % ndelims];
	if (c >= 0)
		putchar(c);
}

int paste_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "d(delimiters):s(serial)z(zero-terminated)");
	int c, serial = 0, eol = '\n';
	const char *list = "\t";
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'd': list = o.arg; break;
		case 's': serial = 1; break;
		case 'z': eol = 0; break;
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	parse_delims(list);
	char *stdin_only[] = { "-", 0 };
	if (!argc) {
		argv = stdin_only;
		argc = 1;
	}
	int status = 0;
	struct lines in0;
	int in0_used = 0;
	if (serial) {
		for (int i = 0; i < argc && !ferror(stdout); i++) {
			int fd = open_input(argv[i]);
			if (fd < 0) {
				status = 1;
				continue;
			}
			struct lines l;
			lines_init(&l, fd, eol);
			char *s;
			size_t len, n = 0;
			while ((s = lines_next(&l, &len))) {
				if (n)
					put_delim(n - 1);
				fwrite(s, 1, len, stdout);
				n++;
			}
			putchar(eol);
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
	struct lines **in = xzalloc(argc * sizeof *in);
	int open_files = 0;
	for (int i = 0; i < argc; i++) {
		if (!strcmp(argv[i], "-")) {
			if (!in0_used)
				lines_init(&in0, 0, eol);
			in0_used = 1;
			in[i] = &in0;
			open_files++;
			continue;
		}
		int fd = open_input(argv[i]);
		if (fd < 0) {
			/* like GNU: nothing can be pasted right without it */
			return 1;
		}
		in[i] = xmalloc(sizeof **in);
		lines_init(in[i], fd, eol);
		open_files++;
	}
	int *done = xzalloc(argc * sizeof *done);
	while (open_files && !ferror(stdout)) {
		int got = 0;
		/* build the line, but print nothing if every file has ended */
		for (int i = 0; i < argc; i++) {
			char *s = 0;
			size_t len = 0;
			if (!done[i]) {
				s = lines_next(in[i], &len);
				if (!s) {
					done[i] = 1;
					open_files--;
					if (in[i]->err) {
						warn_errno("%s", argv[i]);
						status = 1;
					}
				}
			}
			if (s && !got) {
				/* the delimiters owed to the empty columns before this one */
				for (int k = 0; k < i; k++)
					put_delim(k);
				got = 1;
			} else if (got && i) {
				put_delim(i - 1);
			}
			if (s)
				fwrite(s, 1, len, stdout);
		}
		if (got)
			putchar(eol);
	}
	return status;
}
