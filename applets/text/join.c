/* join - join lines of two files on a common field
 *
 * APPLET(join, USR_BIN)
 * usage: join [-i] [-a 1|2] [-v 1|2] [-e STR] [-o LIST|auto] [-t CHAR] [-1 F] [-2 F] FILE1 FILE2
 *
 * For each pair of lines of FILE1 and FILE2 (one may be -, standard input) whose join
 * fields are equal, write the join field, then the other fields of the FILE1 line,
 * then those of the FILE2 line. Both files must be sorted on the join field.
 * Fields are separated by runs of blanks (leading blanks ignored) and written with
 * one space between them, unless -t is given.
 *
 * -1 F, -2 F  join on field F of FILE1, FILE2 (default 1)   -j F  both
 * -a N  also write the lines of file N (1 or 2) that pair with nothing
 * -v N  write only the lines of file N that pair with nothing
 * -e STR  write STR for a missing field named by -o
 * -o LIST  write these fields: 0 (the join field) or N.F (field F of file N),
 *          separated by commas or blanks; -o auto: the fields of the first lines
 * -t CHAR  fields are separated by CHAR, each one; also the output separator
 * -i  compare join fields ignoring case (--ignore-case)
 * -z  lines end with NUL, not newline (--zero-terminated)
 * --header  the first lines are headers: join them without pairing or checking
 * --check-order  fail on input that is not sorted
 * --nocheck-order  never check (by default unsorted input is reported once a line
 *                  that pairs with nothing is seen, and the status is 1)
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

struct field {
	size_t s, e;
};
struct line {
	char *buf;
	size_t len, bcap, nf, cap;
	struct field *f;
};
struct input {
	struct lines l;
	const char *name;
	int n, jf;		/* file number 1 or 2, join field (0-based) */
	unsigned long long lineno;
	struct line cur, prev;
	int have, have_prev, warned;
};
struct spec {
	int file, field;	/* file 0: the join field */
};

static int sep = -1;		/* -t CHAR; -2 for -t '' (the whole line) */
static int eol = '\n', ignore_case, check = 1;	/* check: 0 never, 1 default, 2 fatal */
static int print_paired = 1, print_unpaired[3];
static const char *empty;	/* -e */
static struct spec *specs;
static size_t nspecs;
static int autofmt, autonf[3], seen_unpairable, disorder, stop;

static int blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';	/* newline: inside -z records */
}

static void add_field(struct line *ln, size_t s, size_t e)
{
	if (ln->nf == ln->cap)
		ln->f = xrealloc(ln->f, (ln->cap = ln->cap ? ln->cap * 2 : 8) * sizeof *ln->f);
	ln->f[ln->nf++] = (struct field){ s, e };
}

static void split(struct line *ln)
{
	size_t i = 0, n = ln->len;
	const char *s = ln->buf;
	ln->nf = 0;
	if (sep == -2) {
		if (n)
			add_field(ln, 0, n);
		return;
	}
	if (sep >= 0) {
		for (size_t st = 0; n; i++)
			if (i == n || (unsigned char)s[i] == sep) {
				add_field(ln, st, i);
				st = i + 1;
				if (i == n)
					break;
			}
		return;
	}
	/* blanks: leading ones are skipped, trailing ones end in an empty field (GNU) */
	while (i < n && blank(s[i]))
		i++;
	while (i < n) {
		size_t st = i;
		while (i < n && !blank(s[i]))
			i++;
		add_field(ln, st, i);
		if (i == n)
			break;
		while (i < n && blank(s[i]))
			i++;
		if (i == n)
			add_field(ln, i, i);
	}
}

static void key(const struct line *ln, int jf, const char **k, size_t *klen)
{
	if ((size_t)jf < ln->nf) {
		*k = ln->buf + ln->f[jf].s;
		*klen = ln->f[jf].e - ln->f[jf].s;
	} else {
		*k = "";
		*klen = 0;
	}
}

static int keycmp(const struct line *a, int ja, const struct line *b, int jb)
{
	const char *x, *y;
	size_t lx, ly;
	key(a, ja, &x, &lx);
	key(b, jb, &y, &ly);
	size_t n = lx < ly ? lx : ly;
	int c = 0;
	if (ignore_case) {
		for (size_t i = 0; i < n && !c; i++)
			c = tolower((unsigned char)x[i]) - tolower((unsigned char)y[i]);
	} else if (n)
		c = memcmp(x, y, n);
	return c ? c : lx < ly ? -1 : lx > ly;
}

static void copy_line(struct line *dst, const char *s, size_t len)
{
	if (len + 1 > dst->bcap) {
		free(dst->buf);
		dst->buf = xmalloc(dst->bcap = len + 1);
	}
	memcpy(dst->buf, s, len);
	dst->buf[len] = 0;
	dst->len = len;
	split(dst);
}

static void swap_lines(struct line *a, struct line *b)
{
	struct line t = *a;
	*a = *b;
	*b = t;
}

/* Read the next line of in into in->cur; order_check is off for headers. */
static void advance(struct input *in, int order_check)
{
	if (in->have) {
		swap_lines(&in->cur, &in->prev);
		in->have_prev = 1;
	}
	size_t len;
	char *s = lines_next(&in->l, &len);
	in->have = s != 0;
	if (!s) {
		if (in->l.err) {
			warn_errno("%s", in->name);
			exit(1);
		}
		return;
	}
	if (stop) {
		in->have = 0;
		return;
	}
	in->lineno++;
	copy_line(&in->cur, s, len);
	if (order_check && in->have_prev && (check == 2 || (check == 1 && seen_unpairable)) &&
	    !in->warned && keycmp(&in->prev, in->jf, &in->cur, in->jf) > 0) {
		warn_msg("%s:%llu: is not sorted: %.*s", in->name, in->lineno, (int)in->cur.len,
			 in->cur.buf);
		in->warned = disorder = 1;
		/* --check-order: finish the pairs at hand, then stop */
		if (check == 2)
			in->have = 0, stop = 1;
	}
}

static int first_out;

static void put_field(const char *s, size_t n)
{
	if (!first_out)
		putchar(sep >= 0 ? sep : ' ');
	first_out = 0;
	fwrite(s, 1, n, stdout);
}

static void put_spec_field(const struct line *ln, int field)
{
	if (ln && (size_t)field < ln->nf)
		put_field(ln->buf + ln->f[field].s, ln->f[field].e - ln->f[field].s);
	else
		put_field(empty ? empty : "", empty ? strlen(empty) : 0);
}

/* One output line from a (file 1) and b (file 2), either of which may be missing. */
static void print_join(const struct line *a, const struct line *b, const struct input *in)
{
	first_out = 1;
	const struct line *keyline = a ? a : b;
	int keyjf = a ? in[1].jf : in[2].jf;
	if (nspecs) {
		for (size_t i = 0; i < nspecs; i++) {
			if (!specs[i].file)
				put_spec_field(keyline, keyjf);
			else
				put_spec_field(specs[i].file == 1 ? a : b, specs[i].field);
		}
	} else if (autofmt) {
		put_spec_field(keyline, keyjf);
		for (int f = 1; f <= 2; f++)
			for (int k = 0; k < autonf[f]; k++)
				if (k != in[f].jf)
					put_spec_field(f == 1 ? a : b, k);
	} else {
		const char *k;
		size_t kl;
		key(keyline, keyjf, &k, &kl);
		put_field(k, kl);
		for (int f = 1; f <= 2; f++) {
			const struct line *ln = f == 1 ? a : b;
			if (!ln)
				continue;
			for (size_t j = 0; j < ln->nf; j++)
				if (j != (size_t)in[f].jf)
					put_field(ln->buf + ln->f[j].s, ln->f[j].e - ln->f[j].s);
		}
	}
	putchar(eol);
}

static void unpaired(struct input *in, int f)
{
	seen_unpairable = 1;
	if (print_unpaired[f])
		print_join(f == 1 ? &in[1].cur : 0, f == 2 ? &in[2].cur : 0, in);
}

static int parse_field(const char *s, const char *what)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (*end || end == s || v < 1 || v > 1000000000) {
		warn_msg("invalid %s: '%s'", what, s);
		exit(1);
	}
	return (int)v;
}

static void add_specs(const char *s)
{
	if (!strcmp(s, "auto")) {
		autofmt = 1;
		return;
	}
	char *copy = xstrdup(s), *p = copy, *tok;
	while ((tok = strsep(&p, ", \t"))) {
		if (!*tok)
			continue;
		struct spec sp = { 0, 0 };
		if (strcmp(tok, "0")) {
			if (tok[0] < '0' || tok[0] > '9' || tok[1] != '.') {
				warn_msg("invalid field specifier: '%s'", tok);
				exit(1);
			}
			if (tok[0] != '1' && tok[0] != '2') {
				warn_msg("invalid file number in field spec: '%s'", tok);
				exit(1);
			}
			sp.file = tok[0] - '0';
			sp.field = parse_field(tok + 2, "field specifier") - 1;
		}
		specs = xrealloc(specs, (nspecs + 1) * sizeof *specs);
		specs[nspecs++] = sp;
	}
	free(copy);
}

int join_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "i(ignore-case)t:a:v:e:o:1:2:j:z(zero-terminated)"
				"\001(header)\002(check-order)\003(nocheck-order)");
	int c, jf1 = 0, jf2 = 0, header = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'i': ignore_case = 1; break;
		case 't':
			if (strlen(o.arg) > 1) {
				warn_msg("multi-character tab '%s'", o.arg);
				return 1;
			}
			sep = o.arg[0] ? (unsigned char)o.arg[0] : -2;
			break;
		case 'a': case 'v':
			if (strcmp(o.arg, "1") && strcmp(o.arg, "2")) {
				warn_msg("invalid file number: '%s'", o.arg);
				return 1;
			}
			print_unpaired[o.arg[0] - '0'] = 1;
			if (c == 'v')
				print_paired = 0;
			break;
		case 'e': empty = o.arg; break;
		case 'o': add_specs(o.arg); break;
		case '1': jf1 = parse_field(o.arg, "field number") - 1; break;
		case '2': jf2 = parse_field(o.arg, "field number") - 1; break;
		case 'j': jf1 = jf2 = parse_field(o.arg, "field number") - 1; break;
		case 'z': eol = 0; break;
		case 1: header = 1; break;
		case 2: check = 2; break;
		case 3: check = 0; break;
		default: return usage();
		}
	if (nspecs)
		autofmt = 0;
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
	struct input in[3];
	memset(in, 0, sizeof in);
	for (int f = 1; f <= 2; f++) {
		int fd = open_input(argv[f - 1]);
		if (fd < 0)
			return 1;
		lines_init(&in[f].l, fd, eol);
		in[f].name = argv[f - 1];
		in[f].n = f;
		in[f].jf = f == 1 ? jf1 : jf2;
	}
	advance(&in[1], 0);
	advance(&in[2], 0);
	for (int f = 1; f <= 2; f++)
		autonf[f] = in[f].have ? (int)in[f].cur.nf : 0;
	if (header) {
		if (in[1].have || in[2].have)
			print_join(in[1].have ? &in[1].cur : 0, in[2].have ? &in[2].cur : 0, in);
		if (in[1].have)
			advance(&in[1], 0);
		if (in[2].have)
			advance(&in[2], 0);
		in[1].have_prev = in[2].have_prev = 0;
		for (int f = 1; f <= 2; f++)
			if (in[f].have)
				autonf[f] = (int)in[f].cur.nf;
	}
	/* a run of equal keys in file 2, kept to pair with each line of file 1's run */
	struct line *group = 0;
	size_t ngroup = 0, capgroup = 0;
	while (in[1].have && in[2].have) {
		int r = keycmp(&in[1].cur, in[1].jf, &in[2].cur, in[2].jf);
		if (r < 0) {
			unpaired(in, 1);
			advance(&in[1], 1);
			continue;
		}
		if (r > 0) {
			unpaired(in, 2);
			advance(&in[2], 1);
			continue;
		}
		ngroup = 0;
		do {
			if (ngroup == capgroup) {
				group = xrealloc(group, (capgroup = capgroup ? capgroup * 2 : 8) * sizeof *group);
				memset(group + ngroup, 0, (capgroup - ngroup) * sizeof *group);
			}
			copy_line(&group[ngroup++], in[2].cur.buf, in[2].cur.len);
			advance(&in[2], 1);
		} while (in[2].have && !keycmp(&in[2].cur, in[2].jf, &group[0], in[2].jf));
		struct line first = { 0 };
		copy_line(&first, in[1].cur.buf, in[1].cur.len);
		do {
			if (print_paired)
				for (size_t g = 0; g < ngroup; g++)
					print_join(&in[1].cur, &group[g], in);
			advance(&in[1], 1);
		} while (in[1].have && !keycmp(&in[1].cur, in[1].jf, &first, in[1].jf));
		free(first.buf);
		free(first.f);
	}
	while (in[1].have && !stop) {
		unpaired(in, 1);
		advance(&in[1], 1);
	}
	while (in[2].have && !stop) {
		unpaired(in, 2);
		advance(&in[2], 1);
	}
	for (size_t g = 0; g < capgroup; g++) {
		free(group[g].buf);
		free(group[g].f);
	}
	free(group);
	if (stop)
		return 1;
	if (disorder) {
		warn_msg("input is not in sorted order");
		return 1;
	}
	return 0;
}
