/* comm - compare two sorted files line by line
 *
 * APPLET(comm, USR_BIN)
 * usage: comm [-123] [-z] [--output-delimiter=STR] FILE1 FILE2
 *
 * Write three columns: lines only in FILE1, lines only in FILE2, and lines in
 * both. The files (one may be -, standard input) must be sorted bytewise.
 *
 * -1  leave out the first column
 * -2  leave out the second column
 * -3  leave out the third column
 * -z  lines end with NUL, not newline (--zero-terminated)
 * --output-delimiter=STR  separate the columns with STR instead of TAB
 * --check-order    stop at the first line out of order
 * --nocheck-order  do not warn about lines out of order (by default: a warning,
 *                  status 1)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static const char *delim = "\t";
static int show[4] = { 0, 1, 1, 1 };
static int eol = '\n';

static int check = 1, disorder;	/* check: 0 no, 1 warn, 2 fatal */

struct input {
	struct lines l;
	char *prev;
	size_t plen, pcap;
	int n, warned;
};

static int bytecmp(const char *a, size_t la, const char *b, size_t lb)
{
	int r = memcmp(a, b, la < lb ? la : lb);
	return r ? r : la < lb ? -1 : la > lb;
}

/* The next line of in; checks that it does not sort before the one before. */
static char *next(struct input *in, size_t *len)
{
	char *s = lines_next(&in->l, len);
	if (!s || !check)
		return s;
	if (in->prev && bytecmp(in->prev, in->plen, s, *len) > 0 && !in->warned) {
		warn_msg("file %d is not in sorted order", in->n);
		in->warned = disorder = 1;
		if (check == 2)
			exit(1);
	}
	if (*len > in->pcap || !in->prev) {
		in->pcap = *len + 64;
		free(in->prev);
		in->prev = xmalloc(in->pcap);
	}
	memcpy(in->prev, s, *len);
	in->plen = *len;
	return s;
}

static void put(int col, const char *s, size_t len)
{
	if (!show[col])
		return;
	for (int k = 1; k < col; k++)
		if (show[k])
			fputs(delim, stdout);
	fwrite(s, 1, len, stdout);
	putchar(eol);
}

int comm_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "123z(zero-terminated)O(output-delimiter):c(check-order)n(nocheck-order)");
	int c;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case '1': case '2': case '3': show[c - '0'] = 0; break;
		case 'z': eol = 0; break;
		case 'O': delim = o.arg; break;
		case 'c': check = 2; break;
		case 'n': check = 0; break;
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (argc != 2) {
		if (argc < 2)
			warn_msg(argc ? "missing operand after '%s'" : "missing operand", argv[0]);
		else
			warn_msg("extra operand '%s'", argv[2]);
		return usage();
	}
	if (!strcmp(argv[0], "-") && !strcmp(argv[1], "-")) {
		warn_msg("both files cannot be standard input");
		return 1;
	}
	int fd1 = open_input(argv[0]);
	if (fd1 < 0)
		return 1;
	int fd2 = open_input(argv[1]);
	if (fd2 < 0)
		return 1;
	struct input a = { .n = 1 }, b = { .n = 2 };
	lines_init(&a.l, fd1, eol);
	lines_init(&b.l, fd2, eol);
	size_t la = 0, lb = 0;
	char *sa = next(&a, &la), *sb = next(&b, &lb);
	while ((sa || sb) && !ferror(stdout)) {
		int r = !sa ? 1 : !sb ? -1 : bytecmp(sa, la, sb, lb);
		if (r < 0) {
			put(1, sa, la);
			sa = next(&a, &la);
		} else if (r > 0) {
			put(2, sb, lb);
			sb = next(&b, &lb);
		} else {
			put(3, sa, la);
			sa = next(&a, &la);
			sb = next(&b, &lb);
		}
	}
	int status = disorder;
	if (disorder)
		warn_msg("input is not in sorted order");
	if (a.l.err) {
		warn_errno("%s", argv[0]);
		status = 1;
	}
	if (b.l.err) {
		warn_errno("%s", argv[1]);
		status = 1;
	}
	return status;
}
