/* pformat: printf's format engine, one for the printf applet and the shell's builtin.
 * Output, messages and memory go through the caller's functions (stdio and warn_msg
 * for the applet, sh_out and sh_builtin_error for the shell), so nothing here writes
 * or exits by itself and the shell's fuzz build needs only this file and escape.c. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ring3.h"

static void out(struct pformat *p, const char *s, size_t n)
{
	if (n)
		p->out(s, n);
}

static void outs(struct pformat *p, const char *s)
{
	out(p, s, strlen(s));
}

/* n copies of c, a block at a time (widths can be large) */
static void pad(struct pformat *p, char c, size_t n)
{
	char blk[64];
	memset(blk, c, sizeof blk);
	while (n) {
		size_t k = n < sizeof blk ? n : sizeof blk;
		out(p, blk, k);
		n -= k;
	}
}

static int is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static const char *next_arg(struct pformat *p)
{
	if (!p->nargs)
		return 0;
	p->nargs--;
	return *p->args++;
}

static void range_error(struct pformat *p, const char *s)
{
	p->warn("%s: %s", s, strerror(ERANGE));
	p->status = 1;
}

/* The value of a numeric argument; errors are reported and the value read so far is
 * used, as GNU printf does. is_signed picks the range intmax_t or uintmax_t. */
static uintmax_t number(struct pformat *pf, const char *s, int is_signed)
{
	if (!s || !*s)
		return 0;
	if (*s == '\'' || *s == '"') {
		if (!s[1]) {
			pf->warn("%s: expected a numeric value", s);
			pf->status = 1;
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
		pf->warn("%s: expected a numeric value", s);
		pf->status = 1;
		return 0;
	}
	if (overflow)
		range_error(pf, s);
	else if (*p) {
		pf->warn("%s: value not completely converted", s);
		pf->status = 1;
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

static int xdigit(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
		c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* a (n decimal digits, least significant first) = a * m + add */
static void mul_add(unsigned char *a, size_t *n, uint64_t m, unsigned add)
{
	uint64_t carry = add;
	for (size_t i = 0; i < *n; i++) {
		uint64_t x = a[i] * m + carry;
		a[i] = x % 10;
		carry = x / 10;
	}
	for (; carry; carry /= 10)
		a[(*n)++] = carry % 10;
}

/* A hexadecimal float, p just past its 0x, as exact decimal digits: the hex digits
 * make an integer M and the value M * 2^e is M * 2^e or M * 5^-e / 10^-e in decimal.
 * Returns the end of the number. */
static const char *parse_hex(struct pformat *pf, const char *s, const char *p, struct dec *v)
{
	long sig = 0, e2 = 0;
	int seen_point = 0;
	const char *q, *end;
	for (q = p;; q++) {
		if (*q == '.' && !seen_point) {
			seen_point = 1;
			continue;
		}
		int h = xdigit((unsigned char)*q);
		if (h < 0)
			break;
		if (sig || h)
			sig++;
		if (seen_point)
			e2 -= 4;
	}
	end = q;
	if ((*q == 'p' || *q == 'P') &&
	    (is_digit(q[1]) || ((q[1] == '-' || q[1] == '+') && is_digit(q[2])))) {
		int neg = 0;
		long e = 0;
		if (*++q == '-' || *q == '+')
			neg = *q++ == '-';
		for (; is_digit(*q); q++)
			if (e < 1000000)
				e = e * 10 + (*q - '0');
		e2 += neg ? -e : e;
	}
	/* the value lies in [2^(4 sig - 4 + e2), 2^(4 sig + e2)) */
	if (!sig || 4 * sig + e2 < -16500) {
		v->n = v->pt = 0;
		return q;
	}
	if (4 * sig + e2 > 16388) {
		range_error(pf, s);
		v->special = 'i';
		return q;
	}
	long k = e2 < 0 ? -e2 : 0;
	/* a product has at most as many digits as its factors, and 2^i, 5^i < 10^i */
	unsigned char *a = pf->grow(0, 2 * sig + (e2 > 0 ? e2 : k) + 8);
	size_t n = 0;
	for (const char *h = p; h < end; h++)
		if (*h != '.')
			mul_add(a, &n, 16, xdigit((unsigned char)*h));
	for (long i = e2; i > 0; i -= 28)
		mul_add(a, &n, (uint64_t)1 << (i < 28 ? i : 28), 0);
	for (long i = k; i > 0; i -= 13) {
		uint64_t m = 1;
		for (long j = i < 13 ? i : 13; j > 0; j--)
			m *= 5;
		mul_add(a, &n, m, 0);
	}
	free(v->d);
	v->d = pf->grow(0, n + 2);
	for (size_t i = 0; i < n; i++)
		v->d[i] = '0' + a[n - 1 - i];
	v->n = (int)n;
	v->pt = (long)n - k;
	free(a);
	return q;
}

/* Reads a decimal or hexadecimal number (digits, point, exponent), inf or nan, or 'c. */
static void parse_dec(struct pformat *pf, const char *s, struct dec *v)
{
	memset(v, 0, sizeof *v);
	v->d = pf->grow(0, s ? strlen(s) + 24 : 24);
	if (!s || !*s)
		return;
	if (*s == '\'' || *s == '"') {
		uintmax_t c = number(pf, s, 0);
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
	} else if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
		   (xdigit((unsigned char)p[2]) >= 0 ||
		    (p[2] == '.' && xdigit((unsigned char)p[3]) >= 0))) {
		p = parse_hex(pf, s, p + 2, v);
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
			pf->warn("%s: expected a numeric value", s);
			pf->status = 1;
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
	}
	while (v->n && v->d[v->n - 1] == '0')
		v->n--;
	if (!v->n)
		v->pt = 0;
	if (v->n && v->pt > 4933) {
		range_error(pf, s);
		v->special = 'i';
	} else if (v->n && v->pt < -4950) {
		v->n = v->pt = 0;
	}
	if (*p) {
		pf->warn("%s: value not completely converted", s);
		pf->status = 1;
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
	struct pformat *pf;
	char *s;
	size_t len, cap;
};

static void put(struct buf *b, char c)
{
	if (b->len + 1 >= b->cap)
		b->s = b->pf->grow(b->s, b->cap = b->cap ? 2 * b->cap : 64);
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

/* Writes s (len bytes) in width: left-justified with '-' (or a negative width), else
 * padded on the left, with zeros after the first lead bytes (sign, 0x) when zero. */
static void justify(struct pformat *p, const char *s, size_t len, size_t lead, int left,
		    int zero, int width)
{
	if (width < 0) {
		left = 1;
		width = width == INT32_MIN ? 0 : -width;
	}
	size_t n = (size_t)width > len ? (size_t)width - len : 0;
	if (left) {
		out(p, s, len);
		pad(p, ' ', n);
	} else if (zero) {
		out(p, s, lead);
		pad(p, '0', n);
		out(p, s + lead, len - lead);
	} else {
		pad(p, ' ', n);
		out(p, s, len);
	}
}

static void float_conv(struct pformat *pf, int conv, const char *arg, const char *flags,
		       int width, int have_prec, int prec)
{
	struct dec v;
	parse_dec(pf, arg, &v);
	int zero = !!strchr(flags, '0'), alt = !!strchr(flags, '#');
	int upper = conv == 'E' || conv == 'F' || conv == 'G';
	if (!have_prec || prec < 0)
		prec = 6;
	struct buf b = { pf, 0, 0, 0 };
	char sign = v.neg ? '-' : strchr(flags, '+') ? '+' : strchr(flags, ' ') ? ' ' : 0;
	if (sign)
		put(&b, sign);
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
		t.d = pf->grow(0, v.n + 2);
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
	justify(pf, b.s, b.len, sign != 0, !!strchr(flags, '-'), zero, width);
	free(b.s);
	free(v.d);
}

/* %a: the double nearest the argument (strtod) in hexadecimal, 0x1.8p+1, exact
 * unless a precision rounds it (ties to even; like glibc, 0x1.f8 to one digit is
 * 0x2.0). Done on the bits, so that every build prints the same. */
static void hex_conv(struct pformat *pf, int conv, const char *arg, const char *flags,
		     int width, int have_prec, int prec)
{
	double x = 0;
	if (arg && (*arg == '\'' || *arg == '"')) {
		x = (double)number(pf, arg, 0);
	} else if (arg && *arg) {
		char *end;
		errno = 0;
		x = strtod(arg, &end);
		if (end == arg) {
			pf->warn("%s: expected a numeric value", arg);
			pf->status = 1;
		} else {
			if (errno == ERANGE && (x > 1 || x < -1))
				range_error(pf, arg);
			if (*end) {
				pf->warn("%s: value not completely converted", arg);
				pf->status = 1;
			}
		}
	}
	uint64_t bits;
	memcpy(&bits, &x, sizeof bits);
	const char *digits = conv == 'A' ? "0123456789ABCDEF" : "0123456789abcdef";
	int zero = !!strchr(flags, '0');
	struct buf b = { pf, 0, 0, 0 };
	char sign = bits >> 63 ? '-' : strchr(flags, '+') ? '+' : strchr(flags, ' ') ? ' ' : 0;
	if (sign)
		put(&b, sign);
	int ex = (int)(bits >> 52 & 0x7ff);
	uint64_t m = bits & (((uint64_t)1 << 52) - 1);
	if (ex == 0x7ff) {
		const char *w = m ? (conv == 'A' ? "NAN" : "nan") : (conv == 'A' ? "INF" : "inf");
		while (*w)
			put(&b, *w++);
		zero = 0;
	} else {
		long e = ex - 1023;
		if (!ex && !m) {
			e = 0;
		} else if (!ex) {	/* subnormal: shown normalized */
			for (e = -1022; !(m >> 52); e--)
				m <<= 1;
		} else {
			m |= (uint64_t)1 << 52;
		}
		int nd = 13;	/* hex digits after the point */
		if (have_prec && prec >= 0 && prec < 13) {
			int drop = 4 * (13 - prec);
			uint64_t rest = m & (((uint64_t)1 << drop) - 1), half = (uint64_t)1 << (drop - 1);
			m >>= drop;
			if (rest > half || (rest == half && (m & 1)))
				m++;
			nd = prec;
		} else if (!have_prec || prec < 0) {
			for (; nd && !(m & 0xf); nd--)
				m >>= 4;
		}
		put(&b, '0');
		put(&b, conv == 'A' ? 'X' : 'x');
		put(&b, digits[m >> 4 * nd]);
		if (nd || strchr(flags, '#') || (have_prec && prec > 0))
			put(&b, '.');
		for (int i = nd - 1; i >= 0; i--)
			put(&b, digits[m >> 4 * i & 0xf]);
		for (int i = nd; have_prec && i < prec; i++)
			put(&b, '0');
		put(&b, conv == 'A' ? 'P' : 'p');
		put(&b, e < 0 ? '-' : '+');
		char tmp[8];
		int len = 0;
		for (unsigned long u = e < 0 ? -e : e; len == 0 || u; u /= 10)
			tmp[len++] = '0' + u % 10;
		while (len)
			put(&b, tmp[--len]);
	}
	justify(pf, b.s, b.len, (sign != 0) + (ex == 0x7ff ? 0 : 2), !!strchr(flags, '-'), zero,
		width);
	free(b.s);
}

/* An integer conversion: spec is "%FLAGS" with room after it; the width is applied
 * here so that a large one costs no memory. */
static void int_conv(struct pformat *pf, int conv, const char *arg, char *spec, char *sp,
		     int width, int have_prec, int prec)
{
	int is_signed = conv == 'd' || conv == 'i';
	uintmax_t v = number(pf, arg, is_signed);
	*sp++ = '.';
	*sp++ = '*';
	*sp++ = 'j';
	*sp++ = conv;
	*sp = 0;
	if (!have_prec)
		prec = -1;	/* a negative precision is none */
	int n = is_signed ? snprintf(0, 0, spec, prec, (intmax_t)v) : snprintf(0, 0, spec, prec, v);
	if (n < 0)
		return;
	char *s = pf->grow(0, (size_t)n + 1);
	if (is_signed)
		snprintf(s, (size_t)n + 1, spec, prec, (intmax_t)v);
	else
		snprintf(s, (size_t)n + 1, spec, prec, v);
	size_t lead = *s == '-' || *s == '+' || *s == ' ';
	if (s[lead] == '0' && (s[lead + 1] == 'x' || s[lead + 1] == 'X'))
		lead += 2;
	/* as in C: no zero padding with a precision or '-' */
	int zero = strchr(spec, '0') && prec < 0;
	justify(pf, s, (size_t)n, lead, !!strchr(spec, '-'), zero, width);
	free(s);
}

/* \uHHHH and \UHHHHHHHH (s points at the u or U): the character in UTF-8, ring3
 * having no other encoding. Returns the byte count, or -1 (reported, fatal). */
static int unicode_escape(struct pformat *pf, const char **s, char *o)
{
	const char *p = *s;
	int n = *p++ == 'u' ? 4 : 8;
	unsigned long c = 0;
	for (int i = 0; i < n; i++, p++) {
		int v = xdigit((unsigned char)*p);
		if (v < 0) {
			pf->warn("missing hexadecimal number in escape");
			return -1;
		}
		c = c * 16 + v;
	}
	if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
		pf->warn("\\%.*s: invalid universal character name", n + 1, *s);
		return -1;
	}
	*s = p;
	if (c < 0x80) {
		o[0] = c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = 0xC0 | c >> 6;
		o[1] = 0x80 | (c & 0x3F);
		return 2;
	}
	if (c < 0x10000) {
		o[0] = 0xE0 | c >> 12;
		o[1] = 0x80 | ((c >> 6) & 0x3F);
		o[2] = 0x80 | (c & 0x3F);
		return 3;
	}
	o[0] = 0xF0 | c >> 18;
	o[1] = 0x80 | ((c >> 12) & 0x3F);
	o[2] = 0x80 | ((c >> 6) & 0x3F);
	o[3] = 0x80 | (c & 0x3F);
	return 4;
}

/* The argument of %b: its escapes (\0NNN octal) interpreted; sets stop at \c.
 * NULL after a fatal error. */
static char *expand_b(struct pformat *pf, const char *s, size_t *len)
{
	/* every escape is at least as long as its output (\u0800 is 3 bytes) */
	char *res = pf->grow(0, strlen(s) + 1), *o = res;
	while (*s) {
		int c = (unsigned char)*s++;
		if (c == '\\' && (*s == 'u' || *s == 'U')) {
			int n = unicode_escape(pf, &s, o);
			if (n < 0) {
				free(res);
				return 0;
			}
			o += n;
			continue;
		}
		if (c == '\\' && (c = escape_char(&s, 1)) < 0) {
			pf->stop = 1;
			break;
		}
		*o++ = c;
	}
	*len = o - res;
	return res;
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
static void quote(struct pformat *p, const char *arg)
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
		outs(p, "''");
	} else if (!special) {
		out(p, arg, len);
	} else if (squote && plain_dq) {
		outs(p, "\"");
		out(p, arg, len);
		outs(p, "\"");
	} else {
		outs(p, "'");
		for (size_t i = 0, j; i < len; i = j + 1) {
			for (j = i; j < len && s[j] != '\''; j++)
				;
			out(p, arg + i, j - i);
			if (j < len)
				outs(p, "'\\''");
		}
		outs(p, "'");
	}
}

/* Write len bytes padded to width (negative or '-' flag: left-justified). */
static void pad_out(struct pformat *p, const char *s, size_t len, int left, int width,
		    int prec, int have_prec)
{
	if (have_prec && prec >= 0 && (size_t)prec < len)
		len = prec;
	justify(p, s, len, 0, left, 0, width);
}

static int star_value(struct pformat *p)
{
	const char *a = next_arg(p);
	intmax_t v = (intmax_t)number(p, a, 1);
	if (v > INT32_MAX || v < -INT32_MAX) {
		p->warn("%s: invalid field width or precision", a);
		p->status = 1;
		p->stop = -1;	/* fatal, as in GNU printf */
		return 0;
	}
	return (int)v;
}

/* A width or precision at *f: digits (at most INT32_MAX) or * (the next argument).
 * Returns -1 after a fatal error. */
static int field(struct pformat *p, const char **f, int *v)
{
	if (**f == '*') {
		++*f;
		*v = star_value(p);
		return p->stop ? -1 : 0;
	}
	long n = 0;
	for (; **f >= '0' && **f <= '9'; ++*f)
		n = n < INT32_MAX / 10 ? n * 10 + (**f - '0') : INT32_MAX;
	*v = (int)n;
	return 0;
}

/* One pass over the format. Returns 1 if it converted any argument, -1 on a fatal
 * error in the format. */
static int do_format(struct pformat *p, const char *f)
{
	int used = 0;
	while (*f && !p->stop) {
		if (*f == '\\' && (f[1] == 'u' || f[1] == 'U')) {
			char u[4];
			f++;
			int n = unicode_escape(p, &f, u);
			if (n < 0)
				return -1;
			out(p, u, n);
			continue;
		}
		if (*f == '\\') {
			f++;
			int c = escape_char(&f, 0);
			if (c < 0) {
				p->stop = 1;
				break;
			}
			char ch = c;
			out(p, &ch, 1);
			continue;
		}
		if (*f != '%') {
			const char *e = f + strcspn(f, "\\%");
			out(p, f, e - f);
			f = e;
			continue;
		}
		const char *start = f++;
		if (*f == '%') {
			outs(p, "%");
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
		*sp = 0;
		int width = 0, prec = 0, have_prec = 0;
		if (field(p, &f, &width) < 0)
			return -1;
		if (*f == '.') {
			f++;
			have_prec = 1;
			if (field(p, &f, &prec) < 0)
				return -1;
		}
		while (*f && strchr("hlLjzt", *f))
			f++;
		int conv = (unsigned char)*f;
		/* GNU takes no flags, width, precision or length with %q */
		if (!conv || !strchr("diouxXsbcqfFeEgGaA", conv) || (conv == 'q' && f != start + 1)) {
			p->warn("%.*s: invalid conversion specification",
				(int)(f - start) + (conv ? 1 : 0), start);
			p->status = 1;
			return -1;
		}
		f++;
		used = 1;
		const char *a = next_arg(p);
		switch (conv) {
		case 's':
			pad_out(p, a ? a : "", a ? strlen(a) : 0, left, width, prec, have_prec);
			break;
		case 'b': {
			size_t len;
			char *s = expand_b(p, a ? a : "", &len);
			if (!s) {
				p->status = 1;
				return -1;
			}
			pad_out(p, s, len, left, width, prec, have_prec);
			free(s);
			break;
		}
		case 'q':
			if (a)	/* GNU: nothing at all for a missing one */
				quote(p, a);
			break;
		case 'c': {
			/* GNU writes a NUL for an empty or missing argument, shells nothing */
			char ch = a ? a[0] : 0;
			pad_out(p, &ch, p->shell && !ch ? 0 : 1, left, width, 0, 0);
			break;
		}
		case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
			int_conv(p, conv, a, spec, sp, width, have_prec, prec);
			break;
		case 'a': case 'A':
			hex_conv(p, conv, a, spec + 1, width, have_prec, prec);
			break;
		default:
			float_conv(p, conv, a, spec + 1, width, have_prec, prec);
		}
	}
	return used;
}

int pformat(struct pformat *p, const char *format, char **args, int nargs)
{
	p->args = args;
	p->nargs = nargs;
	p->status = 0;
	p->stop = 0;
	for (;;) {
		int used = do_format(p, format);
		if (used < 0)
			return 1;
		if (p->stop || !p->nargs)
			break;
		if (!used) {
			if (!p->shell)
				p->warn("warning: ignoring excess arguments, starting with '%s'",
					*p->args);
			break;
		}
	}
	return p->status;
}
