/* nl - number lines
 *
 * APPLET(nl, USR_BIN)
 * usage: nl [-p] [-b STYLE] [-h STYLE] [-f STYLE] [-d CC] [-i N] [-l N] [-n FMT] [-s SEP] [-v N] [-w N] [FILE...]
 *
 * Copy each FILE (- is standard input, the default) to standard output with line
 * numbers. The input is made of pages with header, body and footer sections,
 * started by lines holding only \:\:\: , \:\: and \: (printed as empty lines);
 * numbering starts over at each of them. A STYLE is a (every line), t (non-empty
 * lines), n (none) or pSTRING (lines containing STRING; not a regular expression).
 *
 * -b STYLE  number body lines so (t by default) (--body-numbering)
 * -h STYLE  number header lines so (n) (--header-numbering)
 * -f STYLE  number footer lines so (n) (--footer-numbering)
 * -d CC     the section delimiter characters instead of \: (--section-delimiter)
 * -i N      add N for each line (1) (--line-increment)
 * -l N      count N empty lines in a row as one, with -ba (--join-blank-lines)
 * -n FMT    ln (left, no zeros), rn (right, default) or rz (right, zeros)
 *           (--number-format)
 * -p        do not start over on each page (--no-renumber)
 * -s SEP    put SEP after the number, TAB by default (--number-separator)
 * -v N      the first number (1) (--starting-line-number)
 * -w N      the width of the number (6) (--number-width)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

struct style {
	int kind;	/* a t n p */
	const char *pat;
};

static struct style styles[3] = { { 'n', 0 }, { 't', 0 }, { 'n', 0 } };
static long long start = 1, incr = 1, line;
static unsigned long long join = 1;
static int width = 6, renumber = 1;
static const char *sep = "\t", *fmt = "rn";
static char delim[3] = "\\:";

static int parse_style(const char *s, struct style *st)
{
	if ((s[0] == 'a' || s[0] == 't' || s[0] == 'n') && !s[1]) {
		st->kind = s[0];
		return 0;
	}
	if (s[0] == 'p') {
		st->kind = 'p';
		st->pat = s + 1;
		return 0;
	}
	warn_msg("invalid line numbering style: '%s'", s);
	return -1;
}

static int parse_num(const char *s, long long *v, const char *what)
{
	char *end;
	*v = strtoll(s, &end, 10);
	if (!*s || *end) {
		warn_msg("invalid %s: '%s'", what, s);
		return -1;
	}
	return 0;
}

static int has(const char *s, size_t len, const char *pat)
{
	size_t n = strlen(pat);
	if (!n)
		return 1;
	for (size_t i = 0; i + n <= len; i++)
		if (s[i] == pat[0] && !memcmp(s + i, pat, n))
			return 1;
	return 0;
}

static void number(void)
{
	if (!strcmp(fmt, "ln"))
		printf("%-*lld%s", width, line, sep);
	else if (!strcmp(fmt, "rz"))
		printf(line < 0 ? "-%0*lld%s" : "%0*lld%s", line < 0 ? width - 1 : width,
			line < 0 ? -line : line, sep);
	else
		printf("%*lld%s", width, line, sep);
	line += incr;
}

int nl_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"b(body-numbering):h(header-numbering):f(footer-numbering):d(section-delimiter):"
		"i(line-increment):l(join-blank-lines):n(number-format):p(no-renumber)"
		"s(number-separator):v(starting-line-number):w(number-width):");
	int c;
	long long v;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'b': if (parse_style(o.arg, &styles[1])) return 1; break;
		case 'h': if (parse_style(o.arg, &styles[0])) return 1; break;
		case 'f': if (parse_style(o.arg, &styles[2])) return 1; break;
		case 'd':
			if (o.arg[0]) {
				delim[0] = o.arg[0];
				delim[1] = o.arg[1] ? o.arg[1] : ':';
			}
			break;
		case 'i': if (parse_num(o.arg, &incr, "line number increment")) return 1; break;
		case 'l':
			if (parse_num(o.arg, &v, "line number of blank lines") || v < 1) {
				if (v < 1)
					warn_msg("invalid line number of blank lines: '%s'", o.arg);
				return 1;
			}
			join = v;
			break;
		case 'n':
			if (strcmp(o.arg, "ln") && strcmp(o.arg, "rn") && strcmp(o.arg, "rz")) {
				warn_msg("invalid line numbering format: '%s'", o.arg);
				return 1;
			}
			fmt = o.arg;
			break;
		case 'p': renumber = 0; break;
		case 's': sep = o.arg; break;
		case 'v': if (parse_num(o.arg, &start, "starting line number")) return 1; break;
		case 'w':
			if (parse_num(o.arg, &v, "line number field width") || v < 1 || v > 1000) {
				if (v < 1 || v > 1000)
					warn_msg("invalid line number field width: '%s'", o.arg);
				return 1;
			}
			width = (int)v;
			break;
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
	line = start;
	int section = 1, status = 0;
	unsigned long long blanks = 0;
	size_t seplen = strlen(sep);
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
			/* a section delimiter: \:\:\: header, \:\: body, \: footer */
			int k = len >= 2 && len <= 6 && len % 2 == 0 ? (int)len / 2 : 0;
			for (int j = 0; j < k; j++)
				if (memcmp(s + 2 * j, delim, 2))
					k = 0;
			if (k) {
				section = 3 - k;
				if (renumber)
					line = start;
				blanks = 0;
				putchar('\n');
				continue;
			}
			const struct style *st = &styles[section];
			int num = st->kind == 'a' ? 1 : st->kind == 't' ? len > 0 :
				st->kind == 'p' ? has(s, len, st->pat) : 0;
			if (st->kind == 'a' && join > 1) {
				if (!len) {
					num = ++blanks % join == 0;
				} else {
					blanks = 0;
				}
			}
			if (num)
				number();
			else
				printf("%*s", (int)(width + seplen), "");
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
