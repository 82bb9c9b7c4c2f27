/* uniq - report or omit repeated lines
 *
 * APPLET(uniq, USR_BIN)
 * usage: uniq [-c | -d | -D | -u] [-i] [-f N] [-s N] [-w N] [-z] [INPUT [OUTPUT]]
 *
 * Copy INPUT (standard input if absent or -) to OUTPUT (standard output if absent),
 * writing one line of each run of adjacent equal lines.
 *
 * -c    prefix lines with the number of times they occurred (--count)
 * -d    only print one copy of each repeated line (--repeated)
 * -D    print every line of the runs of repeated lines (--all-repeated); with
 *       --all-repeated=prepend or =separate an empty line goes before each run or
 *       between runs (=none: not at all)
 * --group[=separate|prepend|append|both]  print every line, an empty line between
 *       runs (and before the first, after the last, or both)
 * -u    only print lines that are not repeated (--unique)
 * -i    ignore case when comparing (--ignore-case)
 * -f N  skip N fields before comparing: blanks then non-blanks (--skip-fields)
 * -s N  skip N characters before comparing, after the fields (--skip-chars)
 * -w N  compare at most N characters (--check-chars)
 * -z    lines end with NUL, not newline (--zero-terminated)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static size_t skip_fields, skip_chars, check_chars = (size_t)-1;
static int icase;

static const char *key(const char *p, size_t len, size_t *klen)
{
	const char *e = p + len;
	for (size_t f = 0; f < skip_fields && p < e; f++) {
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		while (p < e && *p != ' ' && *p != '\t')
			p++;
	}
	p = (size_t)(e - p) < skip_chars ? e : p + skip_chars;
	*klen = (size_t)(e - p) < check_chars ? (size_t)(e - p) : check_chars;
	return p;
}

static int lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int same(const char *a, size_t al, const char *b, size_t bl)
{
	size_t ka, kb;
	a = key(a, al, &ka);
	b = key(b, bl, &kb);
	if (ka != kb)
		return 0;
	if (!icase)
		return !memcmp(a, b, ka);
	for (size_t i = 0; i < ka; i++)
		if (lower(a[i]) != lower(b[i]))
			return 0;
	return 1;
}

static int parse_n(const char *s, size_t *out, const char *what)
{
	unsigned long long v;
	if (parse_size(s, &v)) {
		warn_msg("%s: invalid number of %s", s, what);
		return -1;
	}
	*out = v > (size_t)-1 ? (size_t)-1 : (size_t)v;
	return 0;
}

/* The argument of --all-repeated= or --group=: the index in words, or -1. */
static int method(const char *opt, const char *arg, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (!strcmp(arg, words[i]))
			return i;
	warn_msg("invalid argument '%s' for '--%s'", arg, opt);
	return -1;
}

int uniq_main(int argc, char **argv)
{
	static const char *const rep_words[] = { "none", "prepend", "separate", 0 };
	static const char *const group_words[] = { "separate", "prepend", "append", "both", 0 };
	enum { G_SEPARATE, G_PREPEND, G_APPEND, G_BOTH };
	int rep_method = 0, group = -1, all_rep = 0;
	/* optional arguments, which the option parser does not have */
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (!strncmp(argv[i], "--all-repeated=", 15)) {
			if ((rep_method = method("all-repeated", argv[i] + 15, rep_words)) < 0)
				return usage();
			all_rep = 1;
		} else if (!strcmp(argv[i], "--group") || !strncmp(argv[i], "--group=", 8)) {
			if ((group = argv[i][7] ? method("group", argv[i] + 8, group_words) : 0) < 0)
				return usage();
		} else
			continue;
		memmove(argv + i, argv + i + 1, (argc - i) * sizeof *argv);
		argc--;
		i--;
	}
	struct opt o = OPT_INIT(argc, argv,
		"c(count)d(repeated)D(all-repeated)u(unique)i(ignore-case)f(skip-fields):"
		"s(skip-chars):w(check-chars):z(zero-terminated)");
	int c, count = 0, only_rep = 0, only_uniq = 0, delim = '\n';
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'c': count = 1; break;
		case 'd': only_rep = 1; break;
		case 'D': all_rep = 1; break;
		case 'u': only_uniq = 1; break;
		case 'i': icase = 1; break;
		case 'f': if (parse_n(o.arg, &skip_fields, "fields to skip")) return 1; break;
		case 's': if (parse_n(o.arg, &skip_chars, "bytes to skip")) return 1; break;
		case 'w': if (parse_n(o.arg, &check_chars, "bytes to compare")) return 1; break;
		case 'z': delim = 0; break;
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (argc > 2) {
		warn_msg("extra operand '%s'", argv[2]);
		return usage();
	}
	if (group >= 0 && (count || only_rep || all_rep || only_uniq)) {
		warn_msg("--group is mutually exclusive with -c/-d/-D/-u");
		return usage();
	}
	if (count && all_rep) {
		warn_msg("printing all duplicated lines and repeat counts is meaningless");
		return usage();
	}
	int fd = argc > 0 ? open_input(argv[0]) : 0;
	if (fd < 0)
		return 1;
	if (argc > 1 && strcmp(argv[1], "-") && !freopen(argv[1], "w", stdout)) {
		warn_errno("%s", argv[1]);
		return 1;
	}
	struct lines l;
	lines_init(&l, fd, delim);
	char *prev = 0;
	size_t plen = 0, pcap = 0, len;
	unsigned long long n = 0;
	int have = 0, runs = 0;
	for (;;) {
		char *s = lines_next(&l, &len);
		if (have && (!s || !same(prev, plen, s, len))) {
			/* the run of prev ends */
			int show = n > 1 ? !only_uniq : !only_rep && !all_rep;
			if (show && !all_rep && group < 0) {
				if (count)
					printf("%7llu ", n);
				fwrite(prev, 1, plen, stdout);
				putchar(delim);
			}
			n = 0;
		}
		if (!s)
			break;
		n++;
		if (group >= 0) {
			/* --group: every line, runs set apart by empty lines */
			if (n == 1 && (runs++ || group == G_PREPEND || group == G_BOTH))
				putchar(delim);
			fwrite(s, 1, len, stdout);
			putchar(delim);
		} else if (all_rep && n > 1) {
			/* -D prints the run as it goes: the first line once it repeats */
			if (n == 2) {
				if (rep_method == 1 || (rep_method == 2 && runs))
					putchar(delim);
				runs++;
				fwrite(prev, 1, plen, stdout);
				putchar(delim);
			}
			fwrite(s, 1, len, stdout);
			putchar(delim);
		}
		if (n == 1) {
			if (len > pcap) {
				pcap = len + 64;
				free(prev);
				prev = xmalloc(pcap);
			}
			memcpy(prev, s, len);
			plen = len;
			have = 1;
		}
		if (ferror(stdout))
			break;
	}
	if (runs && (group == G_APPEND || group == G_BOTH))
		putchar(delim);
	int status = 0;
	if (l.err) {
		warn_errno("%s", argc > 0 ? argv[0] : "-");
		status = 1;
	}
	lines_free(&l);
	free(prev);
	return status;
}
