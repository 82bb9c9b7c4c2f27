/* cut - print selected parts of lines
 *
 * APPLET(cut, USR_BIN)
 * usage: cut -b LIST [-n] | -c LIST | -f LIST [-d DELIM] [-s] [--complement] [FILE...]
 *
 * Print the selected bytes, characters or fields of each line of each FILE (- is
 * standard input, the default). LIST is a comma-separated list of N, N-M, N- and -M,
 * counted from 1, in any order; selected parts are printed in input order.
 *
 * -b LIST  select bytes (--bytes)
 * -c LIST  select characters, bytes here (--characters)
 * -f LIST  select fields, separated by TAB or DELIM; a line without any DELIM is
 *          printed whole unless -s (--fields)
 * -d DELIM use DELIM, one byte, instead of TAB (--delimiter)
 * -s       skip lines without delimiters (--only-delimited)
 * -n       ignored
 * -z       lines end with NUL, not newline (--zero-terminated)
 * --complement          select what LIST does not
 * --output-delimiter=S  join fields (or ranges of bytes) with S
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

struct range {
	size_t lo, hi;	/* 1-based, inclusive; hi == SIZE_MAX: to the end */
};

static struct range *ranges;
static size_t nranges;
static int complement;

static int by_start(const void *a, const void *b)
{
	const struct range *x = a, *y = b;
	return x->lo < y->lo ? -1 : x->lo > y->lo;
}

static int parse_list(const char *list)
{
	const char *p = list;
	while (*p) {
		struct range r = { 1, (size_t)-1 };
		int have_lo = 0, have_hi = 0;
		if (*p >= '0' && *p <= '9') {
			r.lo = 0;
			for (; *p >= '0' && *p <= '9'; p++)
				r.lo = r.lo > ((size_t)-1 >> 1) / 10 ? (size_t)-1 >> 1 : r.lo * 10 + (*p - '0');
			have_lo = 1;
			r.hi = r.lo;
		}
		if (*p == '-') {
			p++;
			r.hi = (size_t)-1;
			if (*p >= '0' && *p <= '9') {
				r.hi = 0;
				for (; *p >= '0' && *p <= '9'; p++)
					r.hi = r.hi > ((size_t)-1 >> 1) / 10 ? (size_t)-1 >> 1 : r.hi * 10 + (*p - '0');
				have_hi = 1;
			}
			if (!have_lo && !have_hi) {
				warn_msg("invalid range with no endpoint: -");
				return -1;
			}
		} else if (!have_lo) {
			warn_msg("invalid byte, character or field list");
			return -1;
		}
		if (r.lo == 0 || (have_hi && r.hi == 0)) {
			warn_msg("fields and positions are numbered from 1");
			return -1;
		}
		if (r.hi < r.lo) {
			warn_msg("invalid decreasing range");
			return -1;
		}
		if (*p == ',')
			p++;
		else if (*p) {
			warn_msg("invalid byte, character or field list");
			return -1;
		}
		ranges = xrealloc(ranges, (nranges + 1) * sizeof *ranges);
		ranges[nranges++] = r;
	}
	if (!nranges) {
		warn_msg("invalid byte, character or field list");
		return -1;
	}
	qsort(ranges, nranges, sizeof *ranges, by_start);
	/* merge overlapping and adjacent ranges */
	size_t k = 0;
	for (size_t i = 1; i < nranges; i++) {
		if (ranges[k].hi == (size_t)-1 || ranges[i].lo <= ranges[k].hi + 1) {
			if (ranges[i].hi > ranges[k].hi)
				ranges[k].hi = ranges[i].hi;
		} else {
			ranges[++k] = ranges[i];
		}
	}
	nranges = k + 1;
	return 0;
}

/* Is position n (1-based) selected? cur walks the sorted ranges. */
static int selected(size_t n, size_t *cur)
{
	while (*cur < nranges && ranges[*cur].hi < n)
		(*cur)++;
	int in = *cur < nranges && ranges[*cur].lo <= n;
	return in != complement;
}

static const char *out_delim;
static size_t out_delim_len;

static void cut_bytes(const char *s, size_t len)
{
	size_t cur = 0;
	int printed = 0;
	size_t i = 0;
	while (i < len) {
		/* a maximal run of selected or unselected bytes */
		int sel = selected(i + 1, &cur);
		size_t j = i + 1;
		size_t end = len;
		if (!complement) {
			if (sel)
				end = ranges[cur].hi < len ? ranges[cur].hi : len;
			else
				end = cur < nranges && ranges[cur].lo - 1 < len ? ranges[cur].lo - 1 : len;
			j = end;
		} else {
			while (j < len && selected(j + 1, &cur) == sel)
				j++;
		}
		if (sel) {
			if (printed && out_delim)
				fwrite(out_delim, 1, out_delim_len, stdout);
			fwrite(s + i, 1, j - i, stdout);
			printed = 1;
		}
		i = j;
	}
}

static void cut_fields(const char *s, size_t len, int delim, int only_delimited, int eol)
{
	const char *e = s + len;
	const char *d = memchr(s, delim, len);
	if (!d) {
		if (!only_delimited) {
			fwrite(s, 1, len, stdout);
			putchar(eol);
		}
		return;
	}
	size_t cur = 0, field = 1;
	int printed = 0;
	const char *p = s;
	for (;;) {
		const char *fe = memchr(p, delim, e - p);
		if (!fe)
			fe = e;
		if (selected(field, &cur)) {
			if (printed) {
				if (out_delim)
					fwrite(out_delim, 1, out_delim_len, stdout);
				else
					putchar(delim);
			}
			fwrite(p, 1, fe - p, stdout);
			printed = 1;
		}
		if (fe == e)
			break;
		p = fe + 1;
		field++;
		if (!complement && cur >= nranges)
			break;
	}
	putchar(eol);
}

int cut_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"b(bytes):c(characters):f(fields):d(delimiter):s(only-delimited)nz(zero-terminated)"
		"C(complement)O(output-delimiter):");
	int c, mode = 0, delim = '\t', only_delimited = 0, eol = '\n';
	const char *list = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'b': case 'c': case 'f':
			if (mode) {
				warn_msg("only one type of list may be specified");
				return usage();
			}
			mode = c == 'c' ? 'b' : c;
			list = o.arg;
			break;
		case 'd':
			if (o.arg[0] && o.arg[1]) {
				warn_msg("the delimiter must be a single character");
				return usage();
			}
			delim = (unsigned char)o.arg[0];
			break;
		case 's': only_delimited = 1; break;
		case 'n': break;
		case 'z': eol = 0; break;
		case 'C': complement = 1; break;
		case 'O':
			out_delim = o.arg;
			out_delim_len = strlen(o.arg);
			break;
		default: return usage();
		}
	}
	if (!mode) {
		warn_msg("you must specify a list of bytes, characters, or fields");
		return usage();
	}
	if (mode != 'f' && only_delimited) {
		warn_msg("suppressing non-delimited lines makes sense\n\tonly when operating on fields");
		return usage();
	}
	if (parse_list(list))
		return usage();
	argc -= o.ind;
	argv += o.ind;
	char *stdin_only[] = { "-", 0 };
	if (!argc) {
		argv = stdin_only;
		argc = 1;
	}
	int status = 0;
	for (int i = 0; i < argc; i++) {
		int fd = open_input(argv[i]);
		if (fd < 0) {
			status = 1;
			continue;
		}
		struct lines l;
		lines_init(&l, fd, eol);
		char *s;
		size_t len;
		while ((s = lines_next(&l, &len))) {
			if (mode == 'f')
				cut_fields(s, len, delim, only_delimited, eol);
			else {
				cut_bytes(s, len);
				putchar(eol);
			}
			if (ferror(stdout))
				break;
		}
		if (l.err) {
			warn_errno("%s", argv[i]);
			status = 1;
		}
		lines_free(&l);
		if (fd)
			close(fd);
		if (ferror(stdout))
			break;
	}
	return status;
}
