/* seq - print a sequence of numbers
 *
 * APPLET(seq, USR_BIN)
 * usage: seq [-w] [-s SEP] [-f FORMAT] [FIRST [INCR]] LAST
 *
 * Print the numbers from FIRST (default 1) to LAST by INCR (default 1), one a line.
 * Numbers are integers or fixed-point decimals like 0.25; the output has as many
 * decimals as the most precise operand.
 *
 * -w         pad with leading zeros to equal width (--equal-width)
 * -s SEP     separate the numbers with SEP instead of a newline (--separator)
 * -f FORMAT  printf-style FORMAT with one %d, %i, %g or %f conversion, e.g. "%03g"
 *            or "file%d.txt"; flags - + space 0, a width and a precision (--format)
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

enum { OUTSZ = 128 << 10 };

/* A number as value * 10^-scale. */
struct num {
	long long v;
	int scale;
};

static int is_number(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	int digits = 0;
	while (*s >= '0' && *s <= '9')
		s++, digits++;
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++)
			digits++;
	/* an exponent: 1e3, 2.5E-1 */
	if (digits && (*s == 'e' || *s == 'E')) {
		s++;
		if (*s == '-' || *s == '+')
			s++;
		if (*s < '0' || *s > '9')
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return digits && !*s;
}

static int parse_num(const char *s, struct num *n)
{
	if (!is_number(s)) {
		warn_msg("invalid floating point argument: '%s'", s);
		return -1;
	}
	const char *arg = s;
	int neg = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	long long v = 0;
	int scale = 0, frac = 0;
	for (; *s && *s != 'e' && *s != 'E'; s++) {
		if (*s == '.') {
			frac = 1;
			continue;
		}
		if (v > (LLONG_MAX - (*s - '0')) / 10)
			goto big;
		v = v * 10 + (*s - '0');
		scale += frac;
	}
	if (*s) {
		/* the exponent moves the decimal point; a whole number has scale 0 */
		long e = strtol(s + 1, 0, 10);
		if (e > 40 || e < -40)
			goto big;
		scale -= (int)e;
		for (; scale < 0; scale++) {
			if (v > LLONG_MAX / 10)
				goto big;
			v *= 10;
		}
	}
	n->v = neg ? -v : v;
	n->scale = scale;
	return 0;
big:
	warn_msg("'%s': number too large", arg);
	return -1;
}

static int rescale(struct num *n, int scale)
{
	for (; n->scale < scale; n->scale++) {
		if (n->v > LLONG_MAX / 10 || n->v < LLONG_MIN / 10)
			return -1;
		n->v *= 10;
	}
	return 0;
}

/* Format spec parsed from -f: prefix, flags, width, precision, conversion, suffix. */
static struct {
	const char *pre, *post;
	size_t prelen;
	int left, plus, space, zero, width, prec, conv;
} fmt;

static int parse_format(const char *f)
{
	const char *p = f;
	for (; *p; p++) {
		if (*p != '%')
			continue;
		if (p[1] == '%') {
			p++;
			continue;
		}
		break;
	}
	if (!*p) {
		warn_msg("format '%s' has no %% directive", f);
		return -1;
	}
	fmt.pre = f;
	fmt.prelen = p - f;
	fmt.prec = -1;
	for (p++;; p++) {
		if (*p == '-')
			fmt.left = 1;
		else if (*p == '+')
			fmt.plus = 1;
		else if (*p == ' ')
			fmt.space = 1;
		else if (*p == '0')
			fmt.zero = 1;
		else if (*p == '#' || *p == '\'')
			;
		else
			break;
	}
	for (; *p >= '0' && *p <= '9'; p++)
		fmt.width = fmt.width * 10 + (*p - '0');
	if (*p == '.') {
		fmt.prec = 0;
		for (p++; *p >= '0' && *p <= '9'; p++)
			fmt.prec = fmt.prec * 10 + (*p - '0');
	}
	if (!*p || !strchr("dig Gf Fu", *p) || *p == ' ') {
		warn_msg("format '%s' has unknown %%%c directive", f, *p ? *p : '?');
		return -1;
	}
	fmt.conv = *p++;
	for (const char *q = p; *q; q++) {
		if (*q == '%' && q[1] == '%') {
			q++;
		} else if (*q == '%') {
			warn_msg("format '%s' has too many %% directives", f);
			return -1;
		}
	}
	fmt.post = p;
	return 0;
}

/* Copies s to d turning %% into %; returns the end. */
static char *put_literal(char *d, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		*d++ = s[i];
		if (s[i] == '%' && i + 1 < len && s[i + 1] == '%')
			i++;
	}
	return d;
}

/* Digits of |v| with scale decimals into d; returns the length. */
static int put_digits(char *d, unsigned long long u, int scale)
{
	char tmp[48];
	int n = 0;
	do
		tmp[n++] = '0' + u % 10;
	while ((u /= 10) || n <= scale);
	int len = 0;
	while (n) {
		if (n == scale)
			d[len++] = '.';
		d[len++] = tmp[--n];
	}
	return len;
}

static int scale_out;
static int eq_width;

/* One number, formatted, into d; returns the end. */
static char *put_number(char *d, long long v)
{
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
	char body[64];
	int scale = scale_out, blen;
	if (fmt.conv == 'f' || fmt.conv == 'F') {
		int prec = fmt.prec < 0 ? 6 : fmt.prec;
		/* round or extend to prec decimals */
		while (scale > prec) {
			u = (u + 5) / 10;
			scale--;
		}
		blen = put_digits(body, u, scale);
		if (prec > scale) {
			if (!scale)
				body[blen++] = '.';
			while (scale++ < prec)
				body[blen++] = '0';
		}
		if (!prec && body[blen - 1] == '.')
			blen--;
	} else {
		blen = put_digits(body, u, scale);
	}
	char sign = v < 0 ? '-' : fmt.plus ? '+' : fmt.space ? ' ' : 0;
	int len = blen + (sign != 0);
	int width = fmt.width;
	int zero = fmt.zero && !fmt.left;
	if (eq_width) {
		width = eq_width;
		zero = 1;
	}
	if (fmt.pre)
		d = put_literal(d, fmt.pre, fmt.prelen);
	if (!fmt.left && !zero)
		for (int i = len; i < width; i++)
			*d++ = ' ';
	if (sign)
		*d++ = sign;
	if (zero)
		for (int i = len; i < width; i++)
			*d++ = '0';
	memcpy(d, body, blen);
	d += blen;
	if (fmt.left)
		for (int i = len; i < width; i++)
			*d++ = ' ';
	if (fmt.post)
		d = put_literal(d, fmt.post, strlen(fmt.post));
	return d;
}

static int flush(char *buf, char **end)
{
	if (full_write(1, buf, *end - buf) < 0) {
		if (errno != EPIPE)
			warn_errno("write error");
		return -1;
	}
	*end = buf;
	return 0;
}

int seq_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "+w(equal-width)s(separator):f(format):");
	const char *sep = "\n", *format = 0;
	int c, wflag = 0;
	for (;;) {
		if (!o.pos && o.ind < argc && is_number(argv[o.ind]))
			break;
		if ((c = opt_next(&o)) == -1)
			break;
		switch (c) {
		case 'w': wflag = 1; break;
		case 's': sep = o.arg; break;
		case 'f': format = o.arg; break;
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (argc < 1 || argc > 3) {
		if (argc < 1)
			warn_msg("missing operand");
		else
			warn_msg("extra operand '%s'", argv[3]);
		return usage();
	}
	struct num first = { 1, 0 }, incr = { 1, 0 }, last;
	if (parse_num(argv[argc - 1], &last) ||
	    (argc > 1 && parse_num(argv[0], &first)) ||
	    (argc > 2 && parse_num(argv[1], &incr)))
		return 1;
	if (format && parse_format(format))
		return 1;
	if (format && wflag) {
		warn_msg("format string may not be specified when printing equal width strings");
		return usage();
	}
	int scale = first.scale > incr.scale ? first.scale : incr.scale;
	if (last.scale > scale && argc == 1)
		scale = last.scale;
	if (rescale(&first, scale) || rescale(&incr, scale) || rescale(&last, scale > last.scale ? scale : last.scale)) {
		warn_msg("number too large");
		return 1;
	}
	/* LAST may be more precise than the output: compare at its scale */
	long long lastv = last.v;
	for (int s = last.scale; s > scale; s--)
		lastv = lastv >= 0 ? lastv / 10 : -((-lastv + 9) / 10);
	if (incr.v == 0) {
		warn_msg("invalid Zero increment value: '%s'", argv[1]);
		return usage();
	}
	scale_out = scale;
	if (wflag) {
		char a[64], b[64];
		eq_width = 0;
		int la = (int)(put_number(a, first.v) - a), lb = (int)(put_number(b, lastv) - b);
		eq_width = la > lb ? la : lb;
	}
	size_t seplen = strlen(sep);
	size_t item = 128 + (size_t)fmt.width + (size_t)(fmt.prec > 0 ? fmt.prec : 0) + (size_t)eq_width +
		(fmt.pre ? fmt.prelen * 2 + strlen(fmt.post) : 0);
	char *buf = xmalloc_page(OUTSZ + item + seplen), *end = buf;
	int any = 0;
	long long v = first.v;
	if (!scale && !fmt.pre && !eq_width && incr.v == 1 && v >= 0 && v <= lastv) {
		/* the common case, counting up by one: add one to the decimal text */
		char num[32] = { 0 };
		int len = (int)(put_number(num, v) - num), d = num[len - 1] - '0';
		for (;;) {
			/* num changes once in ten numbers, the last digit d is stored on its
			 * own: a byte store into num just before the wide copy below would
			 * stall it. A fixed 24-byte copy is two moves, where a call per
			 * number is not (len is at most 20; buf has room past OUTSZ). */
			memcpy(end, num, 24);
			end[len - 1] = (char)('0' + d);
			end += len;
			if (v == lastv)
				break;
			v++;
			if (seplen == 1) {
				*end++ = *sep;
			} else {
				memcpy(end, sep, seplen);
				end += seplen;
			}
			if (end - buf >= OUTSZ && flush(buf, &end))
				return 1;
			if (++d < 10)
				continue;
			/* carry into the other digits */
			d = 0;
			int i = len - 1;
			num[i] = '9';
			while (i >= 0 && num[i] == '9')
				num[i--] = '0';
			if (i >= 0) {
				num[i]++;
			} else {
				memmove(num + 1, num, len++);
				num[0] = '1';
			}
		}
		any = 1;
		v = lastv;
		incr.v = 0;	/* done: skip the general loop */
	}
	while (incr.v && (incr.v > 0 ? v <= lastv : v >= lastv)) {
		if (any) {
			memcpy(end, sep, seplen);
			end += seplen;
		}
		any = 1;
		end = put_number(end, v);
		if (end - buf >= OUTSZ && flush(buf, &end))
			return 1;
		if ((incr.v > 0 && v > LLONG_MAX - incr.v) || (incr.v < 0 && v < LLONG_MIN - incr.v))
			break;
		v += incr.v;
	}
	if (any)
		*end++ = '\n';
	int r = flush(buf, &end);
	free(buf);
	return r ? 1 : 0;
}
