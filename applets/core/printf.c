/* printf - write formatted output
 *
 * APPLET(printf, USR_BIN)
 * usage: printf FORMAT [ARGUMENT...]
 *
 * Write FORMAT, with each conversion replaced by the next ARGUMENT. The FORMAT is
 * reused while ARGUMENTs remain; missing ones count as "" or 0.
 *
 * Conversions: %s %b (the argument's backslash escapes interpreted) %c %d %i %o %u
 * %x %X %%, with flags "-+ #0", a width and a .precision (either may be *, taken from
 * the next ARGUMENT). %f %e %g %F %E %G print decimal arguments (rounded in decimal,
 * ties to even). Escapes in FORMAT: \a \b \c (stop) \e \f \n \r \t \v \\ \NNN
 * \xHH \uHHHH \UHHHHHHHH (UTF-8). A numeric ARGUMENT is decimal, 0x hex or 0 octal,
 * or 'c (the value of c).
 *
 * %q (no flags or width) writes the ARGUMENT quoted so that a shell reads it back as
 * the same word, as GNU printf does: unchanged when nothing in it is special, in "..."
 * when it has single quotes but nothing special inside "...", in '...' otherwise.
 * Control characters and bytes that are not UTF-8 go inside the quotes as they are
 * (GNU writes them $'\NNN', which not every shell reads), so
 * eval "set -- $(printf '%q ' "$@")" gives back the same arguments. A missing
 * ARGUMENT gives nothing (GNU's way; no arguments stay none).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ring3.h"

static char **args;
static int nargs, status;
static int stop;	/* \c seen: no further output at all (-1: after a fatal error) */

static int is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static const char *next_arg(void)
{
	if (!nargs)
		return 0;
	nargs--;
	return *args++;
}

/* The value of a numeric argument; errors are reported and the value read so far is
 * used, as GNU printf does. is_signed picks the range intmax_t or uintmax_t. */
static uintmax_t number(const char *s, int is_signed)
{
	if (!s || !*s)
		return 0;
	if (*s == '\'' || *s == '"') {
		if (!s[1]) {
			warn_msg("%s: expected a numeric value", s);
			status = 1;
			return 0;
		}
		return (unsigned char)s[1];
	}
	const char *p = s;
	while (is_space(*p))
		p++;
	int neg = 0;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	unsigned base = 10;
	if (*p == '0' && (p[1] == 'x' || p[1] == 'X')) {
		base = 16;
		p += 2;
	} else if (*p == '0') {
		base = 8;
	}
	const char *digits = p;
	uintmax_t v = 0;
	int overflow = 0;
	for (;; p++) {
		unsigned d;
		if (*p >= '0' && *p <= '9')
			d = *p - '0';
		else if (*p >= 'a' && *p <= 'z')
			d = *p - 'a' + 10;
		else if (*p >= 'A' && *p <= 'Z')
			d = *p - 'A' + 10;
		else
			break;
		if (d >= base)
			break;
		if (v > (UINTMAX_MAX - d) / base)
			overflow = 1;
		else
			v = v * base + d;
	}
	uintmax_t r;
	if (is_signed) {
		uintmax_t lim = neg ? (uintmax_t)INTMAX_MAX + 1 : INTMAX_MAX;
		if (v > lim) {
			overflow = 1;
			v = lim;
		}
		r = neg ? -v : v;
	} else {
		if (overflow)
			v = UINTMAX_MAX;
		r = neg && !overflow ? -v : v;
	}
	if (p == digits && base == 16)
		p--;	/* "0x": the 0 converted, the x left over */
	if (p == digits && base == 10) {
		warn_msg("%s: expected a numeric value", s);
		status = 1;
		return 0;
	}
	if (overflow) {
		errno = ERANGE;
		warn_errno("%s", s);
		status = 1;
	} else if (*p) {
		warn_msg("%s: value not completely converted", s);
		status = 1;
	}
	return r;
}

/* Floating point without floating point: the argument is kept as its decimal digits
 * and rounded in decimal (ties to even), which is exact for every decimal input. */
struct dec {
	char *d;	/* significant digits, no leading zeros */
	int n;		/* how many */
	long pt;	/* the decimal point sits after pt digits (may be <0 or >n) */
	int neg, special;	/* special: 'i' inf, 'n' nan */
};

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int prefix_ci(const char *s, const char *word)
{
	size_t i;
	for (i = 0; word[i]; i++)
		if (lower((unsigned char)s[i]) != word[i])
			return 0;
	return (int)i;
}

/* Reads a decimal number (digits, point, exponent), inf or nan, or 'c. */
static void parse_dec(const char *s, struct dec *v)
{
	memset(v, 0, sizeof *v);
	v->d = xmalloc(s ? strlen(s) + 2 : 2);
	if (!s || !*s)
		return;
	if (*s == '\'' || *s == '"') {
		uintmax_t c = number(s, 0);
		int len = 0;
		char tmp[24];
		do
			tmp[len++] = '0' + c % 10;
		while (c /= 10);
		while (len)
			v->d[v->n++] = tmp[--len];
		v->pt = v->n;
		if (v->d[0] == '0')
			v->n = v->pt = 0;
		return;
	}
	const char *p = s;
	while (is_space(*p))
		p++;
	if (*p == '-' || *p == '+')
		v->neg = *p++ == '-';
	int k;
	if ((k = prefix_ci(p, "infinity")) || (k = prefix_ci(p, "inf"))) {
		v->special = 'i';
		p += k;
	} else if ((k = prefix_ci(p, "nan"))) {
		v->special = 'n';
		p += k;
	} else {
		int digits = 0, seen_point = 0;
		for (;; p++) {
			if (*p == '.' && !seen_point) {
				seen_point = 1;
				continue;
			}
			if (*p < '0' || *p > '9')
				break;
			digits++;
			if (*p == '0' && !v->n) {
				if (seen_point)
					v->pt--;
				continue;
			}
			v->d[v->n++] = *p;
			if (!seen_point)
				v->pt++;
		}
		if (!digits) {
			warn_msg("%s: expected a numeric value", s);
			status = 1;
			v->n = v->pt = 0;
			return;
		}
		if ((*p == 'e' || *p == 'E') &&
		    ((p[1] >= '0' && p[1] <= '9') ||
		     ((p[1] == '-' || p[1] == '+') && p[2] >= '0' && p[2] <= '9'))) {
			p++;
			int eneg = 0;
			if (*p == '-' || *p == '+')
				eneg = *p++ == '-';
			long e = 0;
			while (*p >= '0' && *p <= '9') {
				if (e < 1000000)
					e = e * 10 + (*p - '0');
				p++;
			}
			v->pt += eneg ? -e : e;
		}
		while (v->n && v->d[v->n - 1] == '0')
			v->n--;
		if (!v->n)
			v->pt = 0;
		if (v->n && v->pt > 4933) {
			errno = ERANGE;
			warn_errno("%s", s);
			status = 1;
			v->special = 'i';
		} else if (v->n && v->pt < -4950) {
			v->n = v->pt = 0;
		}
	}
	if (*p) {
		warn_msg("%s: value not completely converted", s);
		status = 1;
	}
}

static char digit_at(const struct dec *v, long i)
{
	return i >= 0 && i < v->n ? v->d[i] : '0';
}

/* Keep k significant digits, rounding half to even. */
static void round_dec(struct dec *v, long k)
{
	if (k >= v->n)
		return;
	if (k < 0) {
		v->n = 0;
		return;
	}
	int up;
	char c = v->d[k];
	if (c != '5') {
		up = c > '5';
	} else {
		up = 0;
		for (int i = k + 1; i < v->n; i++)
			up |= v->d[i] != '0';
		if (!up)
			up = k > 0 && (v->d[k - 1] - '0') % 2;
	}
	v->n = (int)k;
	if (!up)
		return;
	long i = k - 1;
	while (i >= 0 && v->d[i] == '9')
		v->d[i--] = '0';
	if (i >= 0) {
		v->d[i]++;
	} else {
		memmove(v->d + 1, v->d, k);
		v->d[0] = '1';
		v->n++;
		v->pt++;
	}
}

/* Appends to a growing buffer. */
struct buf {
	char *s;
	size_t len, cap;
};

static void put(struct buf *b, char c)
{
	if (b->len + 1 >= b->cap)
		b->s = xrealloc(b->s, b->cap = b->cap ? 2 * b->cap : 64);
	b->s[b->len++] = c;
}

static void fixed(struct buf *b, struct dec *v, long prec, int alt)
{
	round_dec(v, v->pt + prec);
	if (v->pt <= 0 || !v->n)
		put(b, '0');
	for (long i = 0; i < v->pt && v->n; i++)
		put(b, digit_at(v, i));
	if (prec || alt)
		put(b, '.');
	for (long j = 0; j < prec; j++)
		put(b, v->n ? digit_at(v, v->pt + j) : '0');
}

static void expo(struct buf *b, struct dec *v, long prec, int alt, int upper)
{
	round_dec(v, prec + 1);
	long e = v->n ? v->pt - 1 : 0;
	put(b, digit_at(v, 0));
	if (prec || alt)
		put(b, '.');
	for (long j = 1; j <= prec; j++)
		put(b, digit_at(v, j));
	put(b, upper ? 'E' : 'e');
	put(b, e < 0 ? '-' : '+');
	if (e < 0)
		e = -e;
	char tmp[24];
	int len = 0;
	do
		tmp[len++] = '0' + e % 10;
	while (e /= 10);
	if (len < 2)
		tmp[len++] = '0';
	while (len)
		put(b, tmp[--len]);
}

static void float_conv(int conv, const char *arg, const char *flags, int width, int have_prec,
		       int prec)
{
	struct dec v;
	parse_dec(arg, &v);
	int left = !!strchr(flags, '-'), zero = !!strchr(flags, '0'), alt = !!strchr(flags, '#');
	int upper = conv == 'E' || conv == 'F' || conv == 'G';
	if (!have_prec || prec < 0)
		prec = 6;
	struct buf b = { 0, 0, 0 };
	if (v.special) {
		const char *w = v.special == 'i' ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
		while (*w)
			put(&b, *w++);
		zero = 0;
	} else if (conv == 'f' || conv == 'F') {
		fixed(&b, &v, prec, alt);
	} else if (conv == 'e' || conv == 'E') {
		expo(&b, &v, prec, alt, upper);
	} else {
		if (!prec)
			prec = 1;
		struct dec t = v;
		t.d = xmalloc(v.n + 2);
		memcpy(t.d, v.d, v.n);
		round_dec(&t, prec);
		long x = t.n ? t.pt - 1 : 0;
		free(t.d);
		if (x < prec && x >= -4)
			fixed(&b, &v, prec - 1 - x, alt);
		else
			expo(&b, &v, prec - 1, alt, upper);
		if (!alt && memchr(b.s, '.', b.len)) {
			/* drop trailing zeros of the fraction (before any exponent) */
			size_t e = 0;
			while (e < b.len && b.s[e] != 'e' && b.s[e] != 'E')
				e++;
			size_t m = e;
			while (b.s[m - 1] == '0')
				m--;
			if (b.s[m - 1] == '.')
				m--;
			memmove(b.s + m, b.s + e, b.len - e);
			b.len -= e - m;
		}
	}
	char sign = v.neg ? '-' : strchr(flags, '+') ? '+' : strchr(flags, ' ') ? ' ' : 0;
	size_t total = b.len + (sign != 0);
	size_t pad = width > 0 && (size_t)width > total ? (size_t)width - total : 0;
	if (width < 0) {
		left = 1;
		pad = (size_t)-(long)width > total ? (size_t)-(long)width - total : 0;
	}
	if (!left && !zero)
		while (pad--)
			putchar(' ');
	if (sign)
		putchar(sign);
	if (!left && zero)
		while (pad--)
			putchar('0');
	fwrite(b.s, 1, b.len, stdout);
	if (left)
		while (pad--)
			putchar(' ');
	free(b.s);
	free(v.d);
}

/* \uHHHH and \UHHHHHHHH (s points at the u or U): the character in UTF-8, ring3
 * having no other encoding. Returns the byte count, or -1 (reported, fatal). */
static int unicode_escape(const char **s, char *out)
{
	const char *p = *s;
	int n = *p++ == 'u' ? 4 : 8;
	unsigned long c = 0;
	for (int i = 0; i < n; i++, p++) {
		int v = *p >= '0' && *p <= '9' ? *p - '0' :
			*p >= 'a' && *p <= 'f' ? *p - 'a' + 10 :
			*p >= 'A' && *p <= 'F' ? *p - 'A' + 10 : -1;
		if (v < 0) {
			warn_msg("missing hexadecimal number in escape");
			return -1;
		}
		c = c * 16 + v;
	}
	if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
		warn_msg("\\%.*s: invalid universal character name", n + 1, *s);
		return -1;
	}
	*s = p;
	if (c < 0x80) {
		out[0] = c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = 0xC0 | c >> 6;
		out[1] = 0x80 | (c & 0x3F);
		return 2;
	}
	if (c < 0x10000) {
		out[0] = 0xE0 | c >> 12;
		out[1] = 0x80 | ((c >> 6) & 0x3F);
		out[2] = 0x80 | (c & 0x3F);
		return 3;
	}
	out[0] = 0xF0 | c >> 18;
	out[1] = 0x80 | ((c >> 12) & 0x3F);
	out[2] = 0x80 | ((c >> 6) & 0x3F);
	out[3] = 0x80 | (c & 0x3F);
	return 4;
}

/* The argument of %b: its escapes (\0NNN octal) interpreted; sets stop at \c.
 * NULL after a fatal error. */
static char *expand_b(const char *s, size_t *len)
{
	/* every escape is at least as long as its output (\u0800 is 3 bytes) */
	char *out = xmalloc(strlen(s) + 1), *o = out;
	while (*s) {
		int c = (unsigned char)*s++;
		if (c == '\\' && (*s == 'u' || *s == 'U')) {
			int n = unicode_escape(&s, o);
			if (n < 0) {
				free(out);
				return 0;
			}
			o += n;
			continue;
		}
		if (c == '\\' && (c = escape_char(&s, 1)) < 0) {
			stop = 1;
			break;
		}
		*o++ = c;
	}
	*len = o - out;
	return out;
}

/* The length of the UTF-8 sequence at p if it is a printable character (U+00A0 and
 * up; U+0080-U+009F are controls), else 0. */
static size_t utf8_printable(const unsigned char *p)
{
	static const unsigned long least[] = { 0, 0, 0xa0, 0x800, 0x10000 };
	size_t n = p[0] >= 0xf0 ? 4 : p[0] >= 0xe0 ? 3 : p[0] >= 0xc2 ? 2 : 0;
	if (!n || p[0] > 0xf4)
		return 0;
	unsigned long c = p[0] & (0x7f >> n);
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (p[i] & 0x3f);
	}
	if (c < least[n] || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	return n;
}

/* %q. special: the word needs quotes; plain_dq: every character is one that GNU
 * also leaves alone inside "..." (no $ ` \ " ! there, nor anything GNU keeps out). */
static void quote(const char *arg)
{
	const unsigned char *s = (const unsigned char *)arg;
	size_t len = strlen(arg);
	int special = 0, plain_dq = 1, squote = 0;
	for (size_t i = 0; i < len; i++) {
		int c = s[i];
		size_t n;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    strchr("%+,-./:@]_", c)) {
			continue;
		} else if (c >= 0x80 && (n = utf8_printable(s + i))) {
			i += n - 1;
		} else if (c == '\'' || c == ' ') {
			special = 1;
			squote |= c == '\'';
		} else if (c == '#' || c == '~') {
			/* a comment or a home directory only at the start */
			if (i == 0)
				special = 1;
			else
				plain_dq = 0;
		} else if (c == '{' || c == '}') {
			/* reserved words only alone */
			if (len == 1)
				special = 1;
			else
				plain_dq = 0;
		} else {
			special = 1;
			plain_dq = 0;
		}
	}
	if (!len) {
		fputs("''", stdout);
	} else if (!special) {
		fputs(arg, stdout);
	} else if (squote && plain_dq) {
		printf("\"%s\"", arg);
	} else {
		putchar('\'');
		for (size_t i = 0; i < len; i++)
			if (s[i] == '\'')
				fputs("'\\''", stdout);
			else
				putchar(s[i]);
		putchar('\'');
	}
}

/* Write len bytes padded to width (negative or '-' flag: left-justified). */
static void pad_out(const char *s, size_t len, int left, int width, int prec, int have_prec)
{
	if (have_prec && prec >= 0 && (size_t)prec < len)
		len = prec;
	if (width < 0) {
		left = 1;
		width = width == INT32_MIN ? 0 : -width;
	}
	size_t pad = (size_t)width > len ? (size_t)width - len : 0;
	if (!left)
		while (pad--)
			putchar(' ');
	fwrite(s, 1, len, stdout);
	if (left)
		while (pad--)
			putchar(' ');
}

static int star_value(void)
{
	const char *a = next_arg();
	intmax_t v = (intmax_t)number(a, 1);
	if (v > INT32_MAX || v < -INT32_MAX) {
		warn_msg("%s: invalid field width or precision", a);
		status = 1;
		stop = -1;	/* fatal, as in GNU printf */
		return 0;
	}
	return (int)v;
}

/* One pass over the format. Returns 1 if it converted any argument, -1 on a fatal
 * error in the format. */
static int do_format(const char *f)
{
	int used = 0;
	while (*f && !stop) {
		if (*f == '\\' && (f[1] == 'u' || f[1] == 'U')) {
			char u[4];
			f++;
			int n = unicode_escape(&f, u);
			if (n < 0)
				return -1;
			fwrite(u, 1, n, stdout);
			continue;
		}
		if (*f == '\\') {
			f++;
			int c = escape_char(&f, 0);
			if (c < 0) {
				stop = 1;
				break;
			}
			putchar(c);
			continue;
		}
		if (*f != '%') {
			const char *e = f + strcspn(f, "\\%");
			fwrite(f, 1, e - f, stdout);
			f = e;
			continue;
		}
		const char *start = f++;
		if (*f == '%') {
			putchar('%');
			f++;
			continue;
		}
		char spec[32], *sp = spec;
		*sp++ = '%';
		int left = 0;
		while (*f && strchr("-+ #0", *f)) {
			if (*f == '-')
				left = 1;
			if (sp < spec + 12)
				*sp++ = *f;
			f++;
		}
		int width = 0, have_width = 0, prec = 0, have_prec = 0;
		if (*f == '*') {
			f++;
			width = star_value();
			have_width = 1;
			used = 1;
			if (stop)
				return -1;
		} else if (*f >= '0' && *f <= '9') {
			long w = 0;
			while (*f >= '0' && *f <= '9') {
				w = w < INT32_MAX / 10 ? w * 10 + (*f - '0') : INT32_MAX;
				f++;
			}
			width = (int)w;
			have_width = 1;
		}
		if (*f == '.') {
			f++;
			have_prec = 1;
			if (*f == '*') {
				f++;
				prec = star_value();
				used = 1;
				if (stop)
					return -1;
			} else {
				long pr = 0;
				while (*f >= '0' && *f <= '9') {
					pr = pr < INT32_MAX / 10 ? pr * 10 + (*f - '0') : INT32_MAX;
					f++;
				}
				prec = (int)pr;
			}
		}
		while (*f && strchr("hlLjzt", *f))
			f++;
		int conv = (unsigned char)*f;
		/* GNU takes no flags, width, precision or length with %q */
		if (!conv || !strchr("diouxXsbcqfFeEgGaA", conv) || (conv == 'q' && f != start + 1)) {
			warn_msg("%.*s: invalid conversion specification",
				 (int)(f - start) + (conv ? 1 : 0), start);
			return -1;
		}
		f++;
		used = 1;
		const char *a = next_arg();
		switch (conv) {
		case 's':
			pad_out(a ? a : "", a ? strlen(a) : 0, left, width, prec, have_prec);
			break;
		case 'b': {
			size_t len;
			char *s = expand_b(a ? a : "", &len);
			if (!s)
				return -1;
			pad_out(s, len, left, width, prec, have_prec);
			free(s);
			break;
		}
		case 'q':
			if (a)	/* GNU: nothing at all for a missing one */
				quote(a);
			break;
		case 'c': {
			char ch = a ? a[0] : 0;
			pad_out(&ch, 1, left, width, 0, 0);
			break;
		}
		case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': {
			if (have_width)
				*sp++ = '*';
			if (have_prec) {
				*sp++ = '.';
				*sp++ = '*';
			}
			*sp++ = 'j';
			*sp++ = conv;
			*sp = 0;
			int is_signed = conv == 'd' || conv == 'i';
			uintmax_t v = number(a, is_signed);
			if (is_signed) {
				intmax_t sv = (intmax_t)v;
				if (have_width && have_prec)
					printf(spec, width, prec, sv);
				else if (have_width)
					printf(spec, width, sv);
				else if (have_prec)
					printf(spec, prec, sv);
				else
					printf(spec, sv);
			} else {
				if (have_width && have_prec)
					printf(spec, width, prec, v);
				else if (have_width)
					printf(spec, width, v);
				else if (have_prec)
					printf(spec, prec, v);
				else
					printf(spec, v);
			}
			break;
		}
		case 'a': case 'A':
			warn_msg("%%%c: hexadecimal floating point not supported", conv);
			status = 1;
			break;
		default:
			*sp = 0;
			float_conv(conv, a, spec + 1, have_width ? width : 0, have_prec, prec);
		}
	}
	return used;
}

int printf_main(int argc, char **argv)
{
	int ind = argc > 1 && !strcmp(argv[1], "--") ? 2 : 1;
	if (ind >= argc) {
		warn_msg("missing operand");
		return usage();
	}
	const char *format = argv[ind];
	args = argv + ind + 1;
	nargs = argc - ind - 1;
	status = 0;
	stop = 0;
	for (;;) {
		int used = do_format(format);
		if (used < 0)
			return 1;
		if (stop || !nargs)
			break;
		if (!used) {
			warn_msg("warning: ignoring excess arguments, starting with '%s'", *args);
			break;
		}
	}
	return status;
}
