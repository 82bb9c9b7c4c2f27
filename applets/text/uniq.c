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
 * -D    print every line of the runs of repeated lines (--all-repeated)
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

int uniq_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"c(count)d(repeated)D(all-repeated)u(unique)i(ignore-case)f(skip-fields):"
		"s(skip-chars):w(check-chars):z(zero-terminated)");
	int c, count = 0, only_rep = 0, all_rep = 0, only_uniq = 0, delim = '\n';
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
	int have = 0;
	for (;;) {
		char *s = lines_next(&l, &len);
		if (have && (!s || !same(prev, plen, s, len))) {
			/* the run of prev ends */
			int show = n > 1 ? !only_uniq : !only_rep && !all_rep;
			if (show && !all_rep) {
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
		if (all_rep && n > 1) {
			/* -D prints the run as it goes: the first line once it repeats */
			if (n == 2) {
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
	int status = 0;
	if (l.err) {
		warn_errno("%s", argc > 0 ? argv[0] : "-");
		status = 1;
	}
	lines_free(&l);
	free(prev);
	return status;
}
