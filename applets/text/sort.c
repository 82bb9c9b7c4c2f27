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
 * Resources:
 * -S SIZE  use at most about SIZE of memory for lines (--buffer-size); SIZE is a
 *     number of KiB or has a suffix: b bytes, K M G T P E, or % of physical memory.
 *     The default is an eighth of memory, at most 256M. Input that does not fit is
 *     sorted in runs written to temporary files, which are then merged.
 * -T DIR  temporary files go in DIR (--temporary-directory; default $TMPDIR or
 *     /tmp); given more than once, the DIRs take turns
 * --batch-size=N  merge at most N files at once (default 16, at least 2); more
 *     are merged in stages
 * --parallel=N  only N=1 is supported: ring3's sort uses one process
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
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

/* k caches the first key: its first 8 bytes big-endian for a plain text key, or the
 * value of an integer (-n) plus NUM_BIAS, NUM_NONE if it is not a short integer. */
struct line {
	const char *p;
	size_t len;
	unsigned long long k;
};

/* A line of the run being sorted in memory, as an offset into buf: 16 bytes where a
 * struct line takes 24, which is most of sort's memory on short lines. A run is cut
 * where offsets would pass 32 bits (sort_run). */
struct ent {
	unsigned long long k;
	uint32_t off, len;
};
static char *buf;	/* the text of the run */

enum { PREP_NONE, PREP_TEXT, PREP_NUM };
#define NUM_BIAS (1ULL << 62)
#define NUM_NONE (~0ULL)
static int prep;

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

static void scan_general(const char *p, const char *e, struct gnum *g);

/* A hexadecimal number (0x1p3, 0x.8): strtold reads it exactly, and its decimal
 * digits, enough to tell any two long doubles apart, go through the decimal path. */
static void scan_hex_general(const char *p, const char *e, struct gnum *g)
{
	char hex[128], dec[64];
	size_t n = (size_t)(e - p) < sizeof hex - 1 ? (size_t)(e - p) : sizeof hex - 1;
	memcpy(hex, p, n);
	hex[n] = 0;
	int neg = g->neg;
	snprintf(dec, sizeof dec, "%.40Le", strtold(hex, 0));
	scan_general(dec, dec + strlen(dec), g);
	g->neg = neg;
}

static int is_hex_number(const char *p, const char *e)
{
	if (e - p < 3 || p[0] != '0' || (p[1] | 0x20) != 'x')
		return 0;
	if (p[2] == '.')
		return e - p > 3 && isxdigit((unsigned char)p[3]);
	return isxdigit((unsigned char)p[2]);
}

static void scan_general(const char *p, const char *e, struct gnum *g)
{
	memset(g, 0, sizeof *g);
	while (p < e && (blank(*p) || *p == '\n'))
		p++;
	if (p < e && (*p == '-' || *p == '+'))
		g->neg = *p++ == '-';
	if (is_hex_number(p, e)) {
		scan_hex_general(p, e, g);
		return;
	}
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
	if (x.cls == 1)	/* NaNs: as GNU orders their bits, -nan after nan */
		return x.neg - y.neg;
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

/* Fills l->k for the first key (see struct line). */
static void prep_line(struct line *l)
{
	const char *e = l->p + l->len, *a = key_begin(&keys[0], l->p, e);
	const char *ae = key_end(&keys[0], l->p, e);
	if (ae < a)
		ae = a;
	unsigned long long v = 0;
	if (prep == PREP_TEXT) {
		size_t n = ae - a < 8 ? (size_t)(ae - a) : 8;
		for (size_t i = 0; i < 8; i++)
			v = v << 8 | (i < n ? (unsigned char)a[i] : 0);
	} else {
		struct number x;
		scan_number(a, ae, &x);
		if (x.fl || x.il > 18) {
			l->k = NUM_NONE;
			return;
		}
		for (size_t i = 0; i < x.il; i++)
			v = v * 10 + (x.ip[i] - '0');
		v = x.neg ? NUM_BIAS - v : NUM_BIAS + v;
	}
	l->k = v;
}

/* The cached first keys a and b: the order they decide (reversed with the key's r),
 * or 0 if they do not; *done is set when they are equal short integers, so the
 * first key needs no more work. */
static int cached_cmp(unsigned long long a, unsigned long long b, size_t *done)
{
	int r = 0;
	if (a != b) {
		if (prep == PREP_TEXT || (a != NUM_NONE && b != NUM_NONE))
			r = a < b ? -1 : 1;
	} else if (prep == PREP_NUM && a != NUM_NONE) {
		*done = 1;
	}
	return keys[0].flags & F_REV ? -r : r;
}

static int keycmp(const struct line *x, const struct line *y)
{
	size_t i = 0;
	if (prep) {
		int r = cached_cmp(x->k, y->k, &i);
		if (r)
			return r;
	}
	for (; i < nkeys; i++) {
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

static struct line ent_line(const struct ent *e)
{
	struct line l = { buf + e->off, e->len, e->k };
	return l;
}

static int entcmp(const struct ent *x, const struct ent *y)
{
	if (prep) {
		/* most comparisons end here, without touching the text */
		size_t done = 0;
		int r = cached_cmp(x->k, y->k, &done);
		if (r)
			return r;
	}
	struct line a = ent_line(x), b = ent_line(y);
	return linecmp(&a, &b);
}

/* --- sorting a run ------------------------------------------------------------------------ */

/* Stable, for short runs. */
static void insertion_sort(struct ent *a, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct ent v = a[i];
		size_t j = i;
		while (j > 0 && entcmp(&a[j - 1], &v) > 0) {
			a[j] = a[j - 1];
			j--;
		}
		a[j] = v;
	}
}

static void swap_ent(struct ent *a, struct ent *b)
{
	struct ent t = *a;
	*a = *b;
	*b = t;
}

static void sift_ent(struct ent *a, size_t n, size_t i)
{
	for (size_t c; (c = 2 * i + 1) < n; i = c) {
		if (c + 1 < n && entcmp(&a[c], &a[c + 1]) < 0)
			c++;
		if (entcmp(&a[i], &a[c]) >= 0)
			return;
		swap_ent(&a[i], &a[c]);
	}
}

/* The index of the median of a[i], a[j] and a[k]. */
static size_t median3(const struct ent *a, size_t i, size_t j, size_t k)
{
	if (entcmp(&a[j], &a[i]) < 0) {
		size_t t = i;
		i = j;
		j = t;
	}
	/* now a[i] <= a[j] */
	if (entcmp(&a[k], &a[j]) >= 0)
		return j;
	return entcmp(&a[k], &a[i]) < 0 ? i : k;
}

/* Without -s and -u, lines that compare equal are the same bytes, so their order
 * does not matter: this in-place introsort needs none of merge_sort's extra space,
 * a third of the memory of a run of short lines. bounded: a[-1] comes before none
 * of a[0..n). */
static void quick_sort(struct ent *a, size_t n, int depth, int bounded)
{
	while (n > 16) {
		if (!depth--) {
			/* quicksort's bad cases: heapsort bounds them at n log n */
			for (size_t i = n / 2; i-- > 0;)
				sift_ent(a, n, i);
			for (size_t i = n; --i > 0;) {
				swap_ent(&a[0], &a[i]);
				sift_ent(a, i, 0);
			}
			return;
		}
		/* the median of the first, the last and one from the middle (for
		 * long runs the median of nine spread out, which keeps inputs like
		 * 1 2 3 3 2 1 from splitting badly) as the pivot, in a[0]; the
		 * largest of the three, in a[n - 1], stops the scan up */
		size_t m = n / 2;
		if (n > 128) {
			size_t s = n / 10;
			m = median3(a, median3(a, s, 2 * s, 3 * s), median3(a, 4 * s, 5 * s, 6 * s),
				    median3(a, 7 * s, 8 * s, 9 * s));
		}
		if (entcmp(&a[m], &a[0]) < 0)
			swap_ent(&a[m], &a[0]);
		if (entcmp(&a[n - 1], &a[m]) < 0) {
			swap_ent(&a[n - 1], &a[m]);
			if (entcmp(&a[m], &a[0]) < 0)
				swap_ent(&a[m], &a[0]);
		}
		swap_ent(&a[0], &a[m]);
		if (bounded && entcmp(&a[-1], &a[0]) >= 0) {
			/* the pivot equals the bound, so it is the least: the lines equal
			 * to it are done once gathered at the front. Without this, many
			 * equal lines would take n log n comparisons. */
			size_t k = 1;
			for (size_t i = 1; i < n; i++)
				if (entcmp(&a[0], &a[i]) >= 0)
					swap_ent(&a[k++], &a[i]);
			a += k;
			n -= k;
			continue;
		}
		size_t i = 0, j = n;
		for (;;) {
			do
				i++;
			while (entcmp(&a[i], &a[0]) < 0);
			do
				j--;
			while (entcmp(&a[0], &a[j]) < 0);
			if (i >= j)
				break;
			swap_ent(&a[i], &a[j]);
		}
		swap_ent(&a[0], &a[j]);
		/* recursion on the smaller side keeps the stack at log n */
		if (j < n - j) {
			quick_sort(a, j, depth, bounded);
			a += j + 1;
			n -= j + 1;
			bounded = 1;
		} else {
			quick_sort(a + j + 1, n - j - 1, depth, 1);
			n = j;
		}
	}
	insertion_sort(a, n);
}

static void merge_sort(struct ent *a, struct ent *tmp, size_t n)
{
	if (n <= 8) {
		insertion_sort(a, n);
		return;
	}
	size_t h = n / 2;
	merge_sort(a, tmp, h);
	merge_sort(a + h, tmp, n - h);
	if (entcmp(&a[h - 1], &a[h]) <= 0)
		return;	/* already in order */
	memcpy(tmp, a, h * sizeof *a);
	size_t i = 0, j = h, k = 0;
	while (i < h && j < n) {
		if (entcmp(&a[j], &tmp[i]) < 0)
			a[k++] = a[j++];
		else
			a[k++] = tmp[i++];
	}
	while (i < h)
		a[k++] = tmp[i++];
}

/* --- output ------------------------------------------------------------------------------ */

enum { OBUFSZ = 128 << 10 };

struct out {
	int fd;
	const char *name;	/* for messages */
	char *buf;
	size_t len;
};

static int out_flush(struct out *o)
{
	if (o->len && full_write(o->fd, o->buf, o->len) < 0) {
		if (errno != EPIPE)
			warn_errno("%s", o->name);
		return -1;
	}
	o->len = 0;
	return 0;
}

static int out_line(struct out *o, const char *p, size_t len)
{
	if (o->len + len + 1 > OBUFSZ) {
		if (out_flush(o))
			return -1;
		if (len + 1 > OBUFSZ) {
			if (full_write(o->fd, p, len) < 0 || full_write(o->fd, &delim, 1) < 0) {
				if (errno != EPIPE)
					warn_errno("%s", o->name);
				return -1;
			}
			return 0;
		}
	}
	memcpy(o->buf + o->len, p, len);
	o->len += len;
	o->buf[o->len++] = delim;
	return 0;
}

/* --- temporary files --------------------------------------------------------------------- */

/* Names of the temporary files that exist, removed at exit and on a fatal signal. The
 * list changes with those signals blocked, so the handler always sees it whole. */
static char **temps;
static size_t ntemps;
static const char **tmpdirs;
static size_t ntmpdirs, tmpturn;

static void remove_temps(void)
{
	for (size_t i = 0; i < ntemps; i++)
		if (temps[i])
			unlink(temps[i]);
}

static void on_signal(int sig)
{
	remove_temps();
	signal(sig, SIG_DFL);
	raise(sig);
}

static const int fatal_signals[] = { SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM };

static void block_signals(sigset_t *old)
{
	sigset_t set;
	sigemptyset(&set);
	for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
		sigaddset(&set, fatal_signals[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

/* Exits with status 2 after an error that leaves no useful output. */
static _Noreturn void fail(void)
{
	exit(2);
}

/* The write buffer of the temporary files, one at a time. */
static char *run_buf(void)
{
	static char *b;
	if (!b)
		b = xmalloc(OBUFSZ);
	return b;
}

/* Creates a temporary file; returns its fd and its name (owned by temps) in *name. */
static int make_temp(const char **name)
{
	if (!ntemps) {
		atexit(remove_temps);
		for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) {
			struct sigaction sa;
			/* a signal ignored by whoever started us stays ignored */
			if (sigaction(fatal_signals[i], 0, &sa) == 0 && sa.sa_handler == SIG_IGN)
				continue;
			memset(&sa, 0, sizeof sa);
			sa.sa_handler = on_signal;
			sigaction(fatal_signals[i], &sa, 0);
		}
	}
	const char *dir = tmpdirs[tmpturn++ % ntmpdirs];
	size_t n = strlen(dir);
	char *path = xmalloc(n + sizeof "/sortXXXXXX");
	memcpy(path, dir, n);
	memcpy(path + n, "/sortXXXXXX", sizeof "/sortXXXXXX");
	sigset_t old;
	block_signals(&old);
	int fd = mkstemp(path);
	if (fd >= 0) {
		temps = xrealloc(temps, (ntemps + 1) * sizeof *temps);
		temps[ntemps++] = path;
	}
	sigprocmask(SIG_SETMASK, &old, 0);
	if (fd < 0) {
		warn_errno("cannot create temporary file in '%s'", dir);
		free(path);
		fail();
	}
	*name = path;
	return fd;
}

/* Removes a temporary file made by make_temp; other names are left alone. */
static void drop_temp(const char *name)
{
	for (size_t i = 0; i < ntemps; i++)
		if (temps[i] == name) {
			sigset_t old;
			block_signals(&old);
			unlink(name);
			temps[i] = 0;
			sigprocmask(SIG_SETMASK, &old, 0);
			free((char *)name);
			return;
		}
}

/* --- merging ----------------------------------------------------------------------------- */

struct source {
	struct lines in;
	struct line cur;
	const char *name;
};

static struct source *src;
static size_t *heap;

/* Does source a's line come before source b's? Ties go to the earlier source: that
 * keeps the sort stable and makes -u keep the first of equal lines. */
static int before(size_t a, size_t b)
{
	int r = linecmp(&src[a].cur, &src[b].cur);
	return r < 0 || (r == 0 && a < b);
}

static void sift_down(size_t *h, size_t n, size_t i)
{
	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= n)
			return;
		if (c + 1 < n && before(h[c + 1], h[c]))
			c++;
		if (!before(h[c], h[i]))
			return;
		size_t t = h[c];
		h[c] = h[i];
		h[i] = t;
		i = c;
	}
}

/* Reads the next line of source i; 0 at its end. Read errors are fatal. */
static int advance(size_t i)
{
	struct source *s = &src[i];
	size_t len;
	char *p = lines_next(&s->in, &len);
	if (!p) {
		if (s->in.err) {
			warn_errno("%s", s->name);
			fail();
		}
		return 0;
	}
	s->cur.p = p;
	s->cur.len = len;
	if (prep)
		prep_line(&s->cur);
	return 1;
}

/* Merges the sorted files names[0..n) to o; returns 0 or -1 on a write error. */
static int merge_files(const char *const *names, size_t n, struct out *o)
{
	src = xrealloc(src, n * sizeof *src);
	heap = xrealloc(heap, n * sizeof *heap);
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		int fd = open_input(names[i]);
		if (fd < 0)
			fail();
		src[i].name = names[i];
		lines_init(&src[i].in, fd, delim);
		if (advance(i))
			heap[m++] = i;
	}
	for (size_t i = m / 2; i-- > 0;)
		sift_down(heap, m, i);
	struct line prev = { 0, 0, 0 };
	char *keep = 0;
	size_t keepcap = 0;
	int have_prev = 0, r = 0;
	while (m) {
		struct source *s = &src[heap[0]];
		if (unique) {
			if (!have_prev || keycmp(&prev, &s->cur)) {
				if (out_line(o, s->cur.p, s->cur.len)) {
					r = -1;
					break;
				}
				if (!keep || s->cur.len > keepcap)
					keep = xrealloc(keep, keepcap = s->cur.len + 64);
				memcpy(keep, s->cur.p, s->cur.len);
				prev = s->cur;
				prev.p = keep;
				have_prev = 1;
			}
		} else if (out_line(o, s->cur.p, s->cur.len)) {
			r = -1;
			break;
		}
		if (!advance(heap[0]))
			heap[0] = heap[--m];
		sift_down(heap, m, 0);
	}
	free(keep);
	for (size_t i = 0; i < n; i++) {
		if (src[i].in.fd > 0)
			close(src[i].in.fd);
		lines_free(&src[i].in);
	}
	return r;
}

static size_t batch = 16;

/* Merges groups of batch files, in order, into temporary files until at most batch
 * are left. The list is rewritten in place; merged temporary files are removed. */
static size_t cascade(const char **names, size_t n)
{
	while (n > batch) {
		size_t k = 0;
		for (size_t i = 0; i < n; i += batch) {
			size_t g = n - i < batch ? n - i : batch;
			if (g == 1) {
				names[k++] = names[i];
				continue;
			}
			const char *t;
			struct out o = { make_temp(&t), 0, run_buf(), 0 };
			o.name = t;
			if (merge_files(names + i, g, &o) || out_flush(&o))
				fail();
			if (close(o.fd)) {
				warn_errno("%s", t);
				fail();
			}
			for (size_t j = i; j < i + g; j++)
				drop_temp(names[j]);
			names[k++] = t;
		}
		n = k;
	}
	return n;
}

/* --- reading and sorting runs ----------------------------------------------------------- */

static size_t line_cost;	/* an entry, and merge_sort's space if it is used */

static size_t blen, bcap;	/* bytes in buf; its size */
static size_t bufsize;		/* the memory budget */
static struct ent *lines;
static size_t lines_cap;

/* Reading the operands one after another, with a delimiter supplied where a file
 * does not end with one. */
static char **inputs;
static int ninputs, next_input, in_fd = -1;
static char in_last;	/* last byte read from in_fd; delim before any */

/* Reads into buf until the budget is spent (with at least one whole line) or the
 * input ends; *nl counts the delimiters in buf. Returns 1 at the end of all input. */
static int fill(size_t *nl)
{
	for (;;) {
		if (in_fd < 0) {
			if (next_input == ninputs)
				return 1;
			in_fd = open_input(inputs[next_input]);
			if (in_fd < 0)
				fail();	/* GNU sort gives up at once: output would be incomplete */
			in_last = delim;
		}
		size_t used = blen + *nl * line_cost;
		size_t room = used < bufsize ? bufsize - used : 0;
		if (*nl && room < 4096 && room <= bufsize / 16)
			return 0;	/* full: the rest would come in crumbs */
		/* with no whole line yet, a long line grows the buffer past the budget */
		size_t want = room > (1 << 20) ? 1 << 20 : room ? room : 4096;
		if (bcap - blen < want + 1) {
			size_t ncap = bcap ? bcap * 2 : 64 << 10;
			if (ncap > bufsize + 1)
				ncap = bufsize + 1;
			if (ncap < blen + want + 1)
				ncap = blen + want + 1;
			buf = xrealloc(buf, bcap = ncap);
		}
		if (!room && want < bcap - blen - 1)
			want = bcap - blen - 1;
		ssize_t r = safe_read(in_fd, buf + blen, want);
		if (r < 0) {
			warn_errno("%s", inputs[next_input]);
			fail();
		}
		if (r == 0) {
			if (in_last != delim) {
				buf[blen++] = delim;
				++*nl;
			}
			if (in_fd > 0)
				close(in_fd);
			in_fd = -1;
			next_input++;
			continue;
		}
		for (char *p = buf + blen, *e = p + r; (p = memchr(p, delim, e - p)); p++)
			++*nl;
		blen += r;
		in_last = buf[blen - 1];
	}
}

static size_t run_bytes;	/* the length of the lines sort_run took */

/* Splits the lines at the start of buf, of the nl there, that end within reach of
 * a 32-bit offset, and sorts them; returns their count, at least 1 if nl is. A
 * single line is not split (write_run): it may be longer than an entry describes. */
static size_t sort_run(size_t nl)
{
	if (nl > lines_cap) {
		free(lines);
		lines = xmalloc((lines_cap = nl) * sizeof *lines);
	}
	char *p = buf;
	size_t n = 0;
	for (; n < nl; n++) {
		char *e = memchr(p, delim, buf + blen - p);
		if ((size_t)(e - buf) > UINT32_MAX)
			break;
		struct line l = { p, e - p, 0 };
		if (prep)
			prep_line(&l);
		lines[n].k = l.k;
		lines[n].off = p - buf;
		lines[n].len = e - p;
		p = e + 1;
	}
	if (nl && !n) {
		p = (char *)memchr(buf, delim, blen) + 1;
		n = 1;
	}
	run_bytes = p - buf;
	if (n < 2)
		return n;
	nl = n;
	if (!stable && !unique) {
		/* input already in order, as from an earlier sort, costs one pass */
		size_t i = 1;
		while (i < nl && entcmp(&lines[i - 1], &lines[i]) <= 0)
			i++;
		if (i == nl)
			return nl;
		int depth = 0;
		for (size_t m = nl; m; m >>= 1)
			depth += 2;
		quick_sort(lines, nl, depth, 0);
		return nl;
	}
	/* kept from run to run: memory that is freed and taken again can stay
	 * resident twice, in a malloc that caches big blocks */
	static struct ent *tmp;
	static size_t tmp_cap;
	if (nl / 2 + 1 > tmp_cap) {
		free(tmp);
		tmp = xmalloc((tmp_cap = nl / 2 + 1) * sizeof *tmp);
	}
	merge_sort(lines, tmp, nl);
	return nl;
}

/* Writes the n sorted lines to o, the first of equal ones only with -u. */
static int write_run(size_t n, struct out *o)
{
	if (n == 1)
		return out_line(o, buf, (char *)memchr(buf, delim, blen) - buf);
	for (size_t i = 0; i < n; i++) {
		struct line l = ent_line(&lines[i]);
		if (unique && i) {
			struct line prev = ent_line(&lines[i - 1]);
			if (!keycmp(&prev, &l))
				continue;
		}
		if (out_line(o, l.p, l.len))
			return -1;
	}
	return 0;
}

/* Size of the whole input if every operand is a regular file, else 0. */
static size_t input_size(void)
{
	unsigned long long total = 0;
	for (int i = 0; i < ninputs; i++) {
		struct stat st;
		int r = strcmp(inputs[i], "-") ? stat(inputs[i], &st) : fstat(0, &st);
		if (r || !S_ISREG(st.st_mode))
			return 0;
		total += st.st_size;
	}
	return total < ((size_t)-1 >> 2) ? (size_t)total : 0;
}

/* --- -c ----------------------------------------------------------------------------------- */

static int check_sorted(const char *name, int quiet)
{
	int fd = open_input(name);
	if (fd < 0)
		return 2;
	struct lines in;
	lines_init(&in, fd, delim);
	struct line prev = { 0, 0, 0 }, cur;
	char *keep = 0;
	size_t keepcap = 0, n = 0;
	int status = 0;
	char *p;
	while ((p = lines_next(&in, &cur.len))) {
		cur.p = p;
		if (prep)
			prep_line(&cur);
		n++;
		if (n > 1) {
			int r = linecmp(&prev, &cur);
			if (r > 0 || (unique && r == 0)) {
				if (!quiet) {
					fflush(stdout);
					fprintf(stderr, "sort: %s:%zu: disorder: ", name, n);
					fwrite(cur.p, 1, cur.len, stderr);
					fputc('\n', stderr);
				}
				status = 1;
				break;
			}
		}
		if (!keep || cur.len > keepcap)	/* memcpy must not see a null keep */
			keep = xrealloc(keep, keepcap = cur.len + 64);
		memcpy(keep, cur.p, cur.len);
		prev = cur;
		prev.p = keep;
	}
	if (!status && in.err) {
		warn_errno("%s", name);
		status = 2;
	}
	if (fd > 0)
		close(fd);
	lines_free(&in);
	free(keep);
	return status;
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

/* -S: a number of KiB, or with a suffix b, K, M, G, T, P, E (powers of 1024) or %
 * of physical memory. Returns 0 or -1. */
static int parse_buffer_size(const char *s, size_t *out)
{
	const char *p = s;
	unsigned long long v = 0;
	if (!isdig(*p))
		return -1;
	for (; isdig(*p); p++) {
		if (v > (~0ULL - 9) / 10)
			return -1;
		v = v * 10 + (*p - '0');
	}
	unsigned long long mul = 1024;
	if (*p == '%') {
		long pages = sysconf(_SC_PHYS_PAGES), psz = sysconf(_SC_PAGESIZE);
		if (pages <= 0 || psz <= 0 || v > 100)
			return -1;
		v = (unsigned long long)pages * psz / 100 * v;
		mul = 1;
		p++;
	} else if (*p) {
		const char *u = strchr("bKMGTPE", *p == 'k' || *p == 'm' || *p == 'g' || *p == 't' ? *p - 32 : *p);
		if (!u)
			return -1;
		mul = 1;
		for (const char *q = "bKMGTPE"; q < u; q++)
			mul *= 1024;
		p++;
	}
	if (*p || (v && mul > ~0ULL / v))
		return -1;
	v *= mul;
	*out = v > ((size_t)-1 >> 2) ? (size_t)-1 >> 2 : (size_t)v;
	return 0;
}

static size_t default_buffer_size(void)
{
	long pages = sysconf(_SC_PHYS_PAGES), psz = sysconf(_SC_PAGESIZE);
	unsigned long long cap = 256ULL << 20, v = cap;
	if (pages > 0 && psz > 0)
		v = (unsigned long long)pages * psz / 8;
	return v < cap ? (size_t)v : (size_t)cap;
}

static int open_output(const char *output, struct out *o)
{
	o->buf = xmalloc(OBUFSZ);
	o->len = 0;
	o->fd = 1;
	o->name = "write error";
	if (output) {
		o->fd = open(output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
		if (o->fd < 0) {
			warn_errno("%s", output);
			return -1;
		}
		o->name = output;
	}
	return 0;
}

static int close_output(const char *output, struct out *o)
{
	if (out_flush(o))
		return -1;
	if (o->fd != 1 && close(o->fd)) {
		warn_errno("%s", output);
		return -1;
	}
	return 0;
}

/* -m -o FILE where FILE is also an input: that input is copied aside first, since
 * opening the output empties it. */
static void save_inputs(const char **names, size_t n, const char *output)
{
	struct stat so, si;
	if (!output || stat(output, &so))
		return;
	for (size_t i = 0; i < n; i++) {
		if (!strcmp(names[i], "-") || stat(names[i], &si) ||
		    si.st_dev != so.st_dev || si.st_ino != so.st_ino)
			continue;
		int in = open_input(names[i]);
		if (in < 0)
			fail();
		const char *t;
		int fd = make_temp(&t), bad;
		if (copy_fd(in, fd, &bad)) {
			warn_errno("%s", bad == in ? names[i] : t);
			fail();
		}
		close(in);
		if (close(fd)) {
			warn_errno("%s", t);
			fail();
		}
		names[i] = t;
	}
}

int sort_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"c(check)Cm(merge)o(output):s(stable)u(unique)z(zero-terminated)t(field-separator):"
		"k(key):b(ignore-leading-blanks)d(dictionary-order)f(ignore-case)"
		"i(ignore-nonprinting)n(numeric-sort)g(general-numeric-sort)"
		"h(human-numeric-sort)M(month-sort)r(reverse)S(buffer-size):"
		"T(temporary-directory):P(parallel):B(batch-size):V(version-sort)R(random-sort)");
	int c, check = 0, merge = 0;
	const char *output = 0;
	bufsize = default_buffer_size();
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'c': check = 'c'; break;
		case 'C': check = 'C'; break;
		case 'm': merge = 1; break;
		case 'o': output = o.arg; break;
		case 's': stable = 1; break;
		case 'u': unique = 1; break;
		case 'z': delim = 0; break;
		case 't':
			if (o.arg[0] && o.arg[1] && strcmp(o.arg, "\\0")) {
				warn_msg("multi-character tab '%s'", o.arg);
				return 2;
			}
			if (!o.arg[0]) {
				warn_msg("empty tab");
				return 2;
			}
			tab = o.arg[1] ? 0 : (unsigned char)o.arg[0];
			break;
		case 'k':
			keys = xrealloc(keys, (nkeys + 1) * sizeof *keys);
			if (parse_key(o.arg, &keys[nkeys]))
				return 2;
			nkeys++;
			break;
		case 'S':
			if (parse_buffer_size(o.arg, &bufsize)) {
				warn_msg("invalid -S argument '%s'", o.arg);
				return 2;
			}
			break;
		case 'T':
			tmpdirs = xrealloc(tmpdirs, (ntmpdirs + 1) * sizeof *tmpdirs);
			tmpdirs[ntmpdirs++] = o.arg;
			break;
		case 'P':
			if (strcmp(o.arg, "1")) {
				warn_msg("--parallel=%s: only 1 is supported", o.arg);
				return 2;
			}
			break;
		case 'B': {
			const char *s = o.arg;
			if (parse_count(&s, &batch) || *s || batch < 2) {
				warn_msg("invalid --batch-size argument '%s'", o.arg);
				return 2;
			}
			break;
		}
		default:
			if (order_flag(c)) {
				gflags |= order_flag(c);
				break;
			}
			return usage();
		}
	}
	line_cost = sizeof(struct ent) * (stable || unique ? 3 : 2) / 2;
	/* a bigger run would not be addressed by an entry's 32-bit offsets */
	if (bufsize > UINT32_MAX)
		bufsize = UINT32_MAX;
	if (!ntmpdirs) {
		const char *t = getenv("TMPDIR");
		tmpdirs = xmalloc(sizeof *tmpdirs);
		tmpdirs[ntmpdirs++] = t && *t ? t : "/tmp";
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
	int f0 = keys[0].flags & ~(F_REV | F_B_START | F_B_END);
	prep = !f0 ? PREP_TEXT : f0 == F_NUM ? PREP_NUM : PREP_NONE;
	argc -= o.ind;
	argv += o.ind;
	char *stdin_only[] = { "-", 0 };
	if (!argc) {
		argv = stdin_only;
		argc = 1;
	}
	if (check) {
		if (argc > 1) {
			warn_msg("extra operand '%s' not allowed with -%c", argv[1], check);
			return 2;
		}
		return check_sorted(argv[0], check == 'C');
	}

	struct out out;
	const char **runs = 0;
	size_t nruns = 0;
	if (merge) {
		runs = xmalloc(argc * sizeof *runs);
		for (int i = 0; i < argc; i++)
			runs[nruns++] = argv[i];
		save_inputs(runs, nruns, output);
	} else {
		inputs = argv;
		ninputs = argc;
		size_t total = input_size();
		if (total) {
			bcap = (total < bufsize ? total : bufsize) + 4096;
			buf = xmalloc(bcap);
		}
		size_t nl = 0;	/* whole lines in buf */
		for (;;) {
			int end = fill(&nl);
			size_t n = sort_run(nl);
			end = end && n == nl;
			if (end && !nruns) {
				/* it all fit: no temporary files */
				if (open_output(output, &out) || write_run(n, &out) ||
				    close_output(output, &out))
					return 2;
				return 0;
			}
			if (n) {
				const char *t;
				struct out r = { make_temp(&t), 0, run_buf(), 0 };
				r.name = t;
				if (write_run(n, &r) || out_flush(&r))
					fail();
				if (close(r.fd)) {
					warn_errno("%s", t);
					fail();
				}
				runs = xrealloc(runs, (nruns + 1) * sizeof *runs);
				runs[nruns++] = t;
			}
			if (end)
				break;
			/* keep the lines not taken, and the unfinished last one, for the
			 * next run */
			memmove(buf, buf + run_bytes, blen - run_bytes);
			blen -= run_bytes;
			nl -= n;
		}
		free(buf);
		free(lines);
		buf = 0;
		lines = 0;
	}
	nruns = cascade(runs, nruns);
	if (open_output(output, &out) || merge_files(runs, nruns, &out) ||
	    close_output(output, &out))
		return 2;
	return 0;
}
