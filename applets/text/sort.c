/* sort - sort, merge or check lines of text files
 *
 * APPLET(sort, USR_BIN)
 * usage: sort [-cCmsuz] [-bdfgihnMRVr] [-k KEYDEF]... [-t CHAR] [-o FILE] [FILE...]
 *
 * Write the lines of all FILEs (- is standard input, the default) sorted to standard
 * output. The sort is stable; lines that compare equal on every key are then
 * compared as whole lines, unless -s or -u.
 *
 * -c  check that the input is sorted; report the first disorder, status 1
 *     (--check)
 * -C  the same, silently (--check=quiet)
 * -m  merge files that are already sorted (--merge)
 * -o FILE  write to FILE, which may be one of the inputs (--output)
 * -s  stable: no last-resort whole-line comparison (--stable)
 * -u  output only the first of lines that compare equal (--unique)
 * -z  lines end with NUL, not newline (--zero-terminated)
 * -t CHAR  fields are separated by CHAR; by default a field is a run of
 *     blanks followed by non-blanks (--field-separator)
 * -k POS1[,POS2]  sort on the key from POS1 to POS2 (end of line by default);
 *     POS is F[.C][OPTS], field F and character C counted from 1, OPTS any of
 *     bdfghinMRVr applying to this key only; C of 0 in POS2 is the end of the field
 *     (--key)
 * Ordering (for all keys that have none of their own):
 * -b  ignore leading blanks (--ignore-leading-blanks)
 * -d  only blanks and letters and digits count (--dictionary-order)
 * -f  fold lower case to upper case (--ignore-case)
 * -i  only printable characters count (--ignore-nonprinting)
 * -n  compare as decimal numbers, like -12.5 (--numeric-sort)
 * -g  compare as floating-point numbers, like 1.5e3, inf, nan
 *     (--general-numeric-sort)
 * -h  compare numbers with K M G T P E suffixes, like 2K and 1G (--human-numeric-sort)
 * -M  compare month names JAN < ... < DEC (--month-sort)
 * -V  compare version numbers, like 1.9 < 1.10 (--version-sort)
 * -R  shuffle, keeping equal keys together (--random-sort)
 * -r  reverse the result of comparisons (--reverse)
 * -S SIZE, -T DIR, --parallel=N are accepted and ignored.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

enum {
	F_B_START = 1, F_B_END = 2, F_DICT = 4, F_FOLD = 8, F_PRINT = 16, F_NUM = 32,
	F_HUMAN = 64, F_MONTH = 128, F_REV = 256, F_VERSION = 512, F_RANDOM = 1024,
	F_GENERAL = 2048,
	F_ORDER = F_DICT | F_FOLD | F_PRINT | F_NUM | F_HUMAN | F_MONTH | F_REV |
		F_B_START | F_B_END | F_VERSION | F_RANDOM | F_GENERAL,
};

struct key {
	size_t sword, schar, eword, echar;	/* eword == (size_t)-1: end of line */
	int flags;
};

struct line {
	const char *p;
	size_t len;
};

static struct key *keys;
static size_t nkeys;
static int gflags, stable, unique, tab = -1;
static char delim = '\n';

static int blank(unsigned char c)
{
	return c == ' ' || c == '\t';
}

/* --- key extraction ------------------------------------------------------------------- */

static const char *key_begin(const struct key *k, const char *p, const char *lim)
{
	size_t sword = k->sword;
	if (tab >= 0)
		while (p < lim && sword--) {
			while (p < lim && *p != tab)
				p++;
			if (p < lim)
				p++;
		}
	else
		while (p < lim && sword--) {
			while (p < lim && blank(*p))
				p++;
			while (p < lim && !blank(*p))
				p++;
		}
	if (k->flags & F_B_START)
		while (p < lim && blank(*p))
			p++;
	return (size_t)(lim - p) < k->schar ? lim : p + k->schar;
}

static const char *key_end(const struct key *k, const char *p, const char *lim)
{
	if (k->eword == (size_t)-1)
		return lim;
	size_t eword = k->eword, echar = k->echar;
	if (tab >= 0)
		while (p < lim && eword--) {
			while (p < lim && *p != tab)
				p++;
			if (p < lim && (eword || echar))
				p++;
		}
	else
		while (p < lim && eword--) {
			while (p < lim && blank(*p))
				p++;
			while (p < lim && !blank(*p))
				p++;
		}
	if (echar) {
		if (k->flags & F_B_END)
			while (p < lim && blank(*p))
				p++;
		p = (size_t)(lim - p) < echar ? lim : p + echar;
	}
	return p;
}

/* --- comparisons ------------------------------------------------------------------------ */

static int isdig(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* The number at a: sign, integer digits without leading zeros, fraction without
 * trailing zeros. */
struct number {
	int neg;
	const char *ip, *fp;
	size_t il, fl;
};

static const char *scan_number(const char *a, const char *e, struct number *n)
{
	while (a < e && blank(*a))
		a++;
	n->neg = 0;
	if (a < e && *a == '-') {
		n->neg = 1;
		a++;
	}
	while (a < e && *a == '0')
		a++;
	n->ip = a;
	while (a < e && isdig(*a))
		a++;
	n->il = a - n->ip;
	n->fp = a;
	n->fl = 0;
	if (a < e && *a == '.') {
		n->fp = ++a;
		while (a < e && isdig(*a))
			a++;
		n->fl = a - n->fp;
		while (n->fl && n->fp[n->fl - 1] == '0')
			n->fl--;
	}
	if (!n->il && !n->fl)
		n->neg = 0;
	return a;
}

static int magnitude_cmp(const struct number *a, const struct number *b)
{
	if (a->il != b->il)
		return a->il < b->il ? -1 : 1;
	int r = memcmp(a->ip, b->ip, a->il);
	if (r)
		return r;
	size_t n = a->fl < b->fl ? a->fl : b->fl;
	r = memcmp(a->fp, b->fp, n);
	if (r)
		return r;
	return a->fl == b->fl ? 0 : a->fl < b->fl ? -1 : 1;
}

static int number_cmp(const struct number *a, const struct number *b)
{
	if (a->neg != b->neg)
		return a->neg ? -1 : 1;
	int r = magnitude_cmp(a, b);
	return a->neg ? -r : r;
}

static int numcmp(const char *a, const char *ae, const char *b, const char *be)
{
	struct number x, y;
	scan_number(a, ae, &x);
	scan_number(b, be, &y);
	return number_cmp(&x, &y);
}

/* -g: numbers like strtod reads them (1e3, -.5, inf, nan), compared exactly in
 * decimal: class, sign, the exponent of the first significant digit, the digits. */
struct gnum {
	int cls;	/* 0 not a number, 1 nan, 2 number */
	int neg, inf, zero;
	long long exp;
	char dig[64];	/* significant digits, trailing zeros dropped */
	int ndig;
};

static int lower_eq(const char *p, const char *e, const char *word)
{
	size_t n = strlen(word);
	if ((size_t)(e - p) < n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((p[i] | 0x20) != word[i])
			return 0;
	return 1;
}

static void scan_general(const char *p, const char *e, struct gnum *g)
{
	memset(g, 0, sizeof *g);
	while (p < e && (blank(*p) || *p == '\n'))
		p++;
	if (p < e && (*p == '-' || *p == '+'))
		g->neg = *p++ == '-';
	if (lower_eq(p, e, "inf")) {
		g->cls = 2;
		g->inf = 1;
		return;
	}
	if (lower_eq(p, e, "nan")) {
		g->cls = 1;
		return;
	}
	/* the value is 0.DIGITS times ten to the power exp */
	int seen = 0, point = 0;
	for (; p < e; p++) {
		if (*p == '.' && !point) {
			point = 1;
			continue;
		}
		if (!isdig(*p))
			break;
		seen = 1;
		if (!point)
			g->exp++;
		if (*p == '0' && !g->ndig) {
			g->exp--;	/* a leading zero */
			continue;
		}
		if (g->ndig < (int)sizeof g->dig)
			g->dig[g->ndig++] = *p;
	}
	if (!seen)
		return;	/* not a number */
	g->cls = 2;
	if (!g->ndig) {
		g->zero = 1;
		return;
	}
	if (p < e && (*p == 'e' || *p == 'E')) {
		const char *q = p + 1;
		int eneg = 0;
		if (q < e && (*q == '-' || *q == '+'))
			eneg = *q++ == '-';
		if (q < e && isdig(*q)) {
			long long x = 0;
			for (; q < e && isdig(*q); q++)
				if (x < 1000000000LL)
					x = x * 10 + (*q - '0');
			g->exp += eneg ? -x : x;
		}
	}
	while (g->ndig && g->dig[g->ndig - 1] == '0')
		g->ndig--;
}

static int gencmp(const char *a, const char *ae, const char *b, const char *be)
{
	struct gnum x, y;
	scan_general(a, ae, &x);
	scan_general(b, be, &y);
	if (x.cls != y.cls)
		return x.cls < y.cls ? -1 : 1;
	if (x.cls < 2)
		return 0;
	/* -0 == +0 */
	int sx = x.zero ? 0 : x.neg ? -1 : 1, sy = y.zero ? 0 : y.neg ? -1 : 1;
	if (sx != sy)
		return sx < sy ? -1 : 1;
	if (!sx)
		return 0;
	int r;
	if (x.inf || y.inf)
		r = x.inf - y.inf;
	else if (x.exp != y.exp)
		r = x.exp < y.exp ? -1 : 1;
	else {
		int n = x.ndig < y.ndig ? x.ndig : y.ndig;
		r = memcmp(x.dig, y.dig, n);
		if (!r)
			r = x.ndig - y.ndig;
	}
	r = r < 0 ? -1 : r > 0;
	return sx < 0 ? -r : r;
}

static int suffix_rank(const char *p, const char *e)
{
	static const char units[] = "KMGTPEZY";
	if (p < e && *p) {
		const char *u = strchr(units, *p == 'k' ? 'K' : *p);
		if (u)
			return (int)(u - units) + 1;
	}
	return 0;
}

static int humcmp(const char *a, const char *ae, const char *b, const char *be)
{
	struct number x, y;
	const char *sa = scan_number(a, ae, &x), *sb = scan_number(b, be, &y);
	int zx = !x.il && !x.fl, zy = !y.il && !y.fl;
	int ra = zx ? 0 : suffix_rank(sa, ae), rb = zy ? 0 : suffix_rank(sb, be);
	if (x.neg != y.neg)
		return x.neg ? -1 : 1;
	int r = ra != rb ? (ra < rb ? -1 : 1) : magnitude_cmp(&x, &y);
	return x.neg ? -r : r;
}

static int month(const char *p, const char *e)
{
	static const char names[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
	while (p < e && blank(*p))
		p++;
	if (e - p < 3)
		return 0;
	char m[3];
	for (int i = 0; i < 3; i++)
		m[i] = p[i] >= 'a' && p[i] <= 'z' ? p[i] - 32 : p[i];
	for (int i = 0; i < 12; i++)
		if (!memcmp(names + 3 * i, m, 3))
			return i + 1;
	return 0;
}

static int upper(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? c - 32 : c;
}

static int ignored(unsigned char c, int flags)
{
	if ((flags & F_DICT) && !(blank(c) || (c >= '0' && c <= '9') ||
				  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
		return 1;
	if ((flags & F_PRINT) && (c < 0x20 || c >= 0x7f))
		return 1;
	return 0;
}

static int textcmp(const char *a, const char *ae, const char *b, const char *be, int flags)
{
	if (!(flags & (F_DICT | F_FOLD | F_PRINT))) {
		size_t la = ae - a, lb = be - b;
		int r = memcmp(a, b, la < lb ? la : lb);
		if (r)
			return r;
		return la == lb ? 0 : la < lb ? -1 : 1;
	}
	for (;;) {
		while (a < ae && ignored(*a, flags))
			a++;
		while (b < be && ignored(*b, flags))
			b++;
		if (a == ae || b == be)
			return (a < ae) - (b < be);
		int ca = (unsigned char)*a++, cb = (unsigned char)*b++;
		if (flags & F_FOLD) {
			ca = upper(ca);
			cb = upper(cb);
		}
		if (ca != cb)
			return ca < cb ? -1 : 1;
	}
}

/* Version order, as GNU's filevercmp without its file-suffix rules: runs of digits
 * compare as numbers, other bytes with letters first and ~ before everything. */
static int vorder(const char *p, const char *e)
{
	if (p == e)
		return 0;
	unsigned char c = *p;
	if (isdig(c))
		return 0;
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		return c;
	if (c == '~')
		return -1;
	return c + 256;
}

static int vercmp(const char *a, const char *ae, const char *b, const char *be)
{
	const char *a0 = a, *b0 = b;
	while (a < ae || b < be) {
		while ((a < ae && !isdig(*a)) || (b < be && !isdig(*b))) {
			int ca = vorder(a, ae), cb = vorder(b, be);
			if (ca != cb)
				return ca < cb ? -1 : 1;
			if (a < ae)
				a++;
			if (b < be)
				b++;
		}
		while (a < ae && *a == '0')
			a++;
		while (b < be && *b == '0')
			b++;
		int diff = 0;
		while (a < ae && b < be && isdig(*a) && isdig(*b)) {
			if (!diff)
				diff = *a - *b;
			a++;
			b++;
		}
		if (a < ae && isdig(*a))
			return 1;
		if (b < be && isdig(*b))
			return -1;
		if (diff)
			return diff < 0 ? -1 : 1;
	}
	return textcmp(a0, ae, b0, be, 0);
}

static unsigned long long seed;

static unsigned long long key_hash(const char *p, const char *e)
{
	unsigned long long h = seed ^ 0xcbf29ce484222325ULL;
	for (; p < e; p++)
		h = (h ^ (unsigned char)*p) * 0x100000001b3ULL;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	return h ^ (h >> 32);
}

static int keycmp(const struct line *x, const struct line *y)
{
	for (size_t i = 0; i < nkeys; i++) {
		const struct key *k = &keys[i];
		const char *xl = x->p + x->len, *yl = y->p + y->len;
		const char *a = key_begin(k, x->p, xl), *ae = key_end(k, x->p, xl);
		const char *b = key_begin(k, y->p, yl), *be = key_end(k, y->p, yl);
		if (ae < a)
			ae = a;
		if (be < b)
			be = b;
		int r;
		if (k->flags & F_NUM)
			r = numcmp(a, ae, b, be);
		else if (k->flags & F_GENERAL)
			r = gencmp(a, ae, b, be);
		else if (k->flags & F_HUMAN)
			r = humcmp(a, ae, b, be);
		else if (k->flags & F_MONTH)
			r = month(a, ae) - month(b, be);
		else if (k->flags & F_VERSION)
			r = vercmp(a, ae, b, be);
		else if (k->flags & F_RANDOM) {
			unsigned long long ha = key_hash(a, ae), hb = key_hash(b, be);
			r = ha != hb ? (ha < hb ? -1 : 1) : textcmp(a, ae, b, be, k->flags);
		}
		else
			r = textcmp(a, ae, b, be, k->flags);
		if (r)
			return k->flags & F_REV ? (r < 0 ? 1 : -1) : r;
	}
	return 0;
}

static int linecmp(const struct line *x, const struct line *y)
{
	int r = keycmp(x, y);
	if (r || stable || unique)
		return r;
	r = textcmp(x->p, x->p + x->len, y->p, y->p + y->len, 0);
	return gflags & F_REV ? -r : r;
}

/* --- stable merge sort ------------------------------------------------------------------- */

static void merge_sort(struct line *a, struct line *tmp, size_t n)
{
	if (n < 2)
		return;
	if (n <= 8) {
		/* insertion sort: stable */
		for (size_t i = 1; i < n; i++) {
			struct line v = a[i];
			size_t j = i;
			while (j > 0 && linecmp(&a[j - 1], &v) > 0) {
				a[j] = a[j - 1];
				j--;
			}
			a[j] = v;
		}
		return;
	}
	size_t h = n / 2;
	merge_sort(a, tmp, h);
	merge_sort(a + h, tmp, n - h);
	if (linecmp(&a[h - 1], &a[h]) <= 0)
		return;	/* already in order */
	memcpy(tmp, a, h * sizeof *a);
	size_t i = 0, j = h, k = 0;
	while (i < h && j < n) {
		if (linecmp(&a[j], &tmp[i]) < 0)
			a[k++] = a[j++];
		else
			a[k++] = tmp[i++];
	}
	while (i < h)
		a[k++] = tmp[i++];
}

/* --- input and output ------------------------------------------------------------------- */

static struct line *lines;
static size_t nlines, lines_cap;

/* Reads the whole of fd; returns the buffer (one extra byte for a missing delimiter). */
static char *slurp(int fd, size_t *len)
{
	size_t cap = 128 << 10, n = 0;
	struct stat st;
	if (!fstat(fd, &st) && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    (unsigned long long)st.st_size < ((size_t)-1 >> 2))
		cap = (size_t)st.st_size + 2;
	char *b = xmalloc(cap);
	for (;;) {
		if (cap - n < 2)
			b = xrealloc(b, cap *= 2);
		ssize_t r = safe_read(fd, b + n, cap - n - 1);
		if (r < 0) {
			free(b);
			return 0;
		}
		if (r == 0)
			break;
		n += r;
	}
	*len = n;
	return b;
}

static void split_lines(char *b, size_t n)
{
	if (n && b[n - 1] != delim)
		b[n++] = delim;
	char *p = b, *end = b + n;
	while (p < end) {
		char *e = memchr(p, delim, end - p);
		if (nlines == lines_cap) {
			lines_cap = lines_cap ? lines_cap * 2 : 4096;
			lines = xrealloc(lines, lines_cap * sizeof *lines);
		}
		lines[nlines].p = p;
		lines[nlines].len = e - p;
		nlines++;
		p = e + 1;
	}
}

static char *obuf;
static size_t olen;
static int ofd = 1;
static const char *oname = "write error";

static int oflush(void)
{
	if (olen && full_write(ofd, obuf, olen) < 0) {
		if (errno != EPIPE)
			warn_errno("%s", oname);
		return -1;
	}
	olen = 0;
	return 0;
}

enum { OBUFSZ = 128 << 10 };

static int put_line(const struct line *l)
{
	if (olen + l->len + 1 > OBUFSZ) {
		if (oflush())
			return -1;
		if (l->len + 1 > OBUFSZ) {
			if (full_write(ofd, l->p, l->len) < 0 || full_write(ofd, &delim, 1) < 0) {
				if (errno != EPIPE)
					warn_errno("%s", oname);
				return -1;
			}
			return 0;
		}
	}
	memcpy(obuf + olen, l->p, l->len);
	olen += l->len;
	obuf[olen++] = delim;
	return 0;
}

/* --- options ----------------------------------------------------------------------------- */

static int order_flag(int c)
{
	switch (c) {
	case 'b': return F_B_START | F_B_END;
	case 'd': return F_DICT;
	case 'f': return F_FOLD;
	case 'i': return F_PRINT;
	case 'g': return F_GENERAL;
	case 'n': return F_NUM;
	case 'h': return F_HUMAN;
	case 'M': return F_MONTH;
	case 'r': return F_REV;
	case 'V': return F_VERSION;
	case 'R': return F_RANDOM;
	}
	return 0;
}

static int parse_count(const char **s, size_t *v)
{
	const char *p = *s;
	if (!isdig(*p))
		return -1;
	size_t n = 0;
	for (; isdig(*p); p++) {
		if (n > ((size_t)-1 >> 1) / 10)
			n = (size_t)-1 >> 1;
		else
			n = n * 10 + (*p - '0');
	}
	*s = p;
	*v = n;
	return 0;
}

static int parse_key(const char *spec, struct key *k)
{
	const char *s = spec;
	const char *why = "invalid number at field start";
	memset(k, 0, sizeof *k);
	k->eword = (size_t)-1;
	if (parse_count(&s, &k->sword))
		goto bad;
	why = "field number is zero";
	if (!k->sword--)
		goto bad;
	if (*s == '.') {
		s++;
		why = "invalid number after '.'";
		if (parse_count(&s, &k->schar))
			goto bad;
		why = "character offset is zero";
		if (!k->schar--)
			goto bad;
	}
	for (int f; *s && (f = order_flag(*s)); s++)
		k->flags |= f == (F_B_START | F_B_END) ? F_B_START : f;
	if (*s == ',') {
		s++;
		why = "invalid number after ','";
		if (parse_count(&s, &k->eword))
			goto bad;
		why = "field number is zero";
		if (!k->eword--)
			goto bad;
		if (*s == '.') {
			s++;
			why = "invalid number after '.'";
			if (parse_count(&s, &k->echar))
				goto bad;
		} else {
			k->eword++;
		}
		for (int f; *s && (f = order_flag(*s)); s++)
			k->flags |= f == (F_B_START | F_B_END) ? F_B_END : f;
	}
	why = "invalid key";
	if (*s)
		goto bad;
	return 0;
bad:
	warn_msg("invalid field specification '%s': %s", spec, why);
	return -1;
}

int sort_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"c(check)Cmo(output):s(stable)u(unique)z(zero-terminated)t(field-separator):"
		"k(key):b(ignore-leading-blanks)d(dictionary-order)f(ignore-case)"
		"i(ignore-nonprinting)n(numeric-sort)g(general-numeric-sort)"
		"h(human-numeric-sort)M(month-sort)r(reverse)S(buffer-size):"
		"T(temporary-directory):P(parallel):V(version-sort)R(random-sort)");
	int c, check = 0;
	const char *output = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'c': check = 'c'; break;
		case 'C': check = 'C'; break;
		case 'm': break;	/* sorting sorted input merges it */
		case 'o': output = o.arg; break;
		case 's': stable = 1; break;
		case 'u': unique = 1; break;
		case 'z': delim = 0; break;
		case 't':
			if (o.arg[0] && o.arg[1] && strcmp(o.arg, "\\0")) {
				warn_msg("multi-character tab '%s'", o.arg);
				return 1;
			}
			if (!o.arg[0]) {
				warn_msg("empty tab");
				return 1;
			}
			tab = o.arg[1] ? 0 : (unsigned char)o.arg[0];
			break;
		case 'k':
			keys = xrealloc(keys, (nkeys + 1) * sizeof *keys);
			if (parse_key(o.arg, &keys[nkeys]))
				return 1;
			nkeys++;
			break;
		case 'S': case 'T': case 'P': break;
		default:
			if (order_flag(c)) {
				gflags |= order_flag(c);
				break;
			}
			return usage();
		}
	}
	{
		/* -R: a seed from the kernel, or at worst the clock */
		int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
		if (fd < 0 || safe_read(fd, &seed, sizeof seed) != (ssize_t)sizeof seed)
			seed = (unsigned long long)time(0) * 2654435761u ^ (unsigned long long)getpid();
		if (fd >= 0)
			close(fd);
	}
	/* keys with no ordering options of their own take the global ones */
	for (size_t i = 0; i < nkeys; i++)
		if (!(keys[i].flags & F_ORDER))
			keys[i].flags = gflags;
	if (!nkeys) {
		keys = xzalloc(sizeof *keys);
		keys[0].eword = (size_t)-1;
		keys[0].flags = gflags;
		nkeys = 1;
	}
	argc -= o.ind;
	argv += o.ind;
	char *stdin_only[] = { "-", 0 };
	if (!argc) {
		argv = stdin_only;
		argc = 1;
	}
	if (check && argc > 1) {
		warn_msg("extra operand '%s' not allowed with -%c", argv[1], check);
		return 1;
	}
	int status = 0;
	for (int i = 0; i < argc; i++) {
		int fd = open_input(argv[i]);
		if (fd < 0) {
			/* GNU sort gives up at once: output would be incomplete */
			return 2;
		}
		size_t n;
		char *b = slurp(fd, &n);
		if (!b) {
			warn_errno("%s", argv[i]);
			return 2;
		}
		if (fd)
			close(fd);
		split_lines(b, n);
	}
	if (check) {
		for (size_t i = 1; i < nlines; i++) {
			int r = linecmp(&lines[i - 1], &lines[i]);
			if (r > 0 || (unique && r == 0)) {
				if (check == 'c') {
					fflush(stdout);
					fprintf(stderr, "sort: %s:%zu: disorder: ", argv[0], i + 1);
					fwrite(lines[i].p, 1, lines[i].len, stderr);
					fputc('\n', stderr);
				}
				return 1;
			}
		}
		return 0;
	}
	struct line *tmp = xmalloc((nlines / 2 + 1) * sizeof *tmp);
	merge_sort(lines, tmp, nlines);
	free(tmp);
	if (output) {
		ofd = open(output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
		if (ofd < 0) {
			warn_errno("%s", output);
			return 2;
		}
		oname = output;
	}
	obuf = xmalloc(OBUFSZ);
	for (size_t i = 0; i < nlines; i++) {
		if (unique && i && !keycmp(&lines[i - 1], &lines[i]))
			continue;
		if (put_line(&lines[i]))
			return 2;
	}
	if (oflush())
		return 2;
	if (ofd != 1 && close(ofd)) {
		warn_errno("%s", output);
		return 2;
	}
	return status;
}
