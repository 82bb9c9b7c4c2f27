/* strtof, strtod, strtold: correctly rounded (to nearest, ties to even).
 *
 * The decimal input is kept as a digit string. A first guess comes from long double
 * arithmetic on its leading digits; then the guess is compared exactly against the
 * midpoints to its neighbours (expanded to decimal with big-number arithmetic) and
 * stepped up or down until the input lies between them. */
#include <stdlib.h>
#include <ctype.h>
#include <errno.h>
#include <string.h>
#include <stdint.h>
#include "exact_decimal.h"

#define MAXD 800	/* significant digits kept; the rest only as a sticky nonzero */

/* A binary format: values are m * 2^e with m < 2^p; e_min is the denormal exponent. */
struct fmt {
	int p, e_min, e_max;
};

static const struct fmt F32 = { 24, -149, 104 };
static const struct fmt F64 = { 53, -1074, 971 };
static const struct fmt F80 = { 64, -16445, 16320 };

/* The parsed decimal: value = 0.d[0..nd) * 10^point, d[0] != '0'. */
struct dec {
	char d[MAXD + 1];
	int nd, point;
};

/* Compares the decimal against m * 2^e exactly. */
static int cmp_bin(const struct dec *x, unsigned __int128 m, int e)
{
	char d[EXACT_DIGITS];
	int point, nd, i;

	if (!m)
		return 1;
	nd = __exact_digits(m, e, d, &point);
	if (x->point != point)
		return x->point < point ? -1 : 1;
	for (i = 0; i < x->nd || i < nd; i++) {
		char a = i < x->nd ? x->d[i] : '0', b = i < nd ? d[i] : '0';
		if (a != b)
			return a < b ? -1 : 1;
	}
	return 0;
}

/* 10^n in long double by squaring; a few ulps off at worst, which the exact
 * correction absorbs. */
static long double pow10l_(int n)
{
	long double r = 1, b = 10;
	unsigned u = n < 0 ? -n : n;

	for (; u; u >>= 1, b *= b)
		if (u & 1)
			r *= b;
	return n < 0 ? 1 / r : r;
}

union ld {
	long double f;
	struct {
		uint64_t m;
		uint16_t se;
	} i;
};

/* Rounds the decimal to the format: sets *m, *e; returns 1 on overflow. */
static int round_dec(const struct dec *x, const struct fmt *f, uint64_t *pm, int *pe)
{
	uint64_t top = (uint64_t)1 << (f->p - 1), lim = top << 1 ? top << 1 : 0;
	uint64_t m, k = 0;
	int e, i, n = x->nd < 19 ? x->nd : 19, c;
	long double v;
	union ld u;

	for (i = 0; i < n; i++)
		k = k * 10 + (x->d[i] - '0');
	/* Two steps keep the power of ten inside long double's range. */
	v = (long double)k * pow10l_((x->point - n) / 2);
	v *= pow10l_((x->point - n) - (x->point - n) / 2);
	u.f = v;
	if ((u.i.se & 0x7fff) == 0x7fff) {
		m = lim - 1;
		e = f->e_max;
	} else if (!u.i.m) {
		m = 0;
		e = f->e_min;
	} else {
		m = u.i.m;
		e = (u.i.se & 0x7fff ? u.i.se & 0x7fff : 1) - 16383 - 63;
		while ((lim && m >= lim) || e < f->e_min) {
			m >>= 1;
			e++;
		}
		/* Normalize a denormal guess upward where the format allows. */
		while (m && m < top && e > f->e_min) {
			m <<= 1;
			e--;
		}
		if (e > f->e_max) {
			m = lim - 1;
			e = f->e_max;
		}
	}

	for (;;) {
		/* Above the midpoint with the next value up? */
		c = cmp_bin(x, ((unsigned __int128)m << 1) + 1, e - 1);
		if (c > 0 || (c == 0 && (m & 1))) {
			if (++m == lim || (!lim && !m)) {
				m = top;
				e++;
			}
			if (e > f->e_max)
				return 1;
			if (c == 0)
				break;
			continue;
		}
		if (c == 0)
			break;
		if (!m)
			break;
		/* Below the midpoint with the next value down? The gap below a power of two
		 * is half as wide, except at the bottom of the exponent range. */
		if (m == top && e > f->e_min)
			c = cmp_bin(x, ((unsigned __int128)m << 2) - 1, e - 2);
		else
			c = cmp_bin(x, ((unsigned __int128)m << 1) - 1, e - 1);
		if (c < 0 || (c == 0 && (m & 1))) {
			if (m == top && e > f->e_min) {
				m = lim - 1;
				e--;
			} else {
				m--;
			}
			if (c == 0)
				break;
			continue;
		}
		break;
	}
	*pm = m;
	*pe = e;
	return 0;
}

/* Hex significand: the top 64 bits in *m with the sticky bit folded into bit 0. */
static const char *parse_hex(const char *s, uint64_t *pm, long *pexp, int *any)
{
	uint64_t m = 0;
	long exp = 0;
	int dot = 0, sticky = 0;

	for (;; s++) {
		unsigned c = (unsigned char)*s, v;
		if (c == '.' && !dot) {
			dot = 1;
			continue;
		}
		if (c - '0' < 10)
			v = c - '0';
		else if ((c | 32) - 'a' < 6)
			v = (c | 32) - 'a' + 10;
		else
			break;
		*any = 1;
		if (m >> 60) {
			sticky |= v != 0;
			if (!dot)
				exp += 4;
		} else {
			m = m << 4 | v;
			if (dot)
				exp -= 4;
		}
	}
	if (*any && (*s | 32) == 'p') {
		const char *q = s + 1;
		int neg = 0;
		long x = 0;
		if (*q == '+' || *q == '-')
			neg = *q++ == '-';
		if (isdigit((unsigned char)*q)) {
			for (; isdigit((unsigned char)*q); q++)
				if (x < 100000)
					x = x * 10 + (*q - '0');
			exp += neg ? -x : x;
			s = q;
		}
	}
	*pm = m | sticky;
	*pexp = exp;
	return s;
}

/* Rounds m * 2^exp (m has a sticky low bit) to the format; *inexact tells whether
 * bits were lost. */
static int round_bin(uint64_t m, long exp, const struct fmt *f, uint64_t *pm, int *pe,
		     int *inexact)
{
	int shift;
	uint64_t rem = 0, half, r;

	*inexact = 0;
	if (!m) {
		*pm = 0;
		*pe = f->e_min;
		return 0;
	}
	while (!(m >> 63)) {
		m <<= 1;
		exp--;
	}
	/* m has 64 bits; keep p of them, fewer for denormals. */
	shift = 64 - f->p;
	if (exp + shift < f->e_min)
		shift = exp < f->e_min - 64 ? 65 : (int)(f->e_min - exp);
	if (shift >= 65) {
		*inexact = 1;
		*pm = 0;
		*pe = f->e_min;
		return 0;
	}
	if (shift == 0) {
		r = m;
	} else if (shift == 64) {
		r = 0;
		rem = m;
		half = (uint64_t)1 << 63;
		if (rem > half)
			r = 1;
	} else {
		r = m >> shift;
		rem = m & (((uint64_t)1 << shift) - 1);
		half = (uint64_t)1 << (shift - 1);
		if (rem > half || (rem == half && (r & 1)))
			r++;
	}
	*inexact = rem != 0;
	exp += shift;
	if (f->p < 64 && r >> f->p) {
		r >>= 1;
		exp++;
	} else if (f->p == 64 && shift && !r && m) {
		r = (uint64_t)1 << 63;
		exp++;
	}
	if (exp > f->e_max)
		return 1;
	*pm = r;
	*pe = exp;
	return 0;
}

/* w * 10^q to double when one 64-bit product decides it (__eisel_lemire.c) */
__attribute__((__visibility__("hidden"))) int __eisel_lemire(uint64_t w, int q, double *r);

/* Clinger's fast path: an integer and a power of ten both exact in the format give a
 * correctly rounded product or quotient in one operation of that format. Doubles that
 * miss it try Eisel-Lemire. */
static int fast(const struct dec *x, const struct fmt *f, long double *r)
{
	static const double p10[] = {
		1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
		1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
	};
	uint64_t k = 0;
	int i, x10 = x->point - x->nd;

	for (i = 0; i < x->nd; i++)
		k = k * 10 + (x->d[i] - '0');
	if (f == &F64) {
		double d;
		if (k >> 53 || x10 < -22 || x10 > 22)
			return __eisel_lemire(k, x10, &d) ? (*r = d, 1) : 0;
		d = x10 < 0 ? (double)k / p10[-x10] : (double)k * p10[x10];
		*r = d;
	} else if (f == &F32) {
		float v;
		if (k >> 24 || x10 < -10 || x10 > 10)
			return 0;
		v = x10 < 0 ? (float)k / (float)p10[-x10] : (float)k * (float)p10[x10];
		*r = v;
	} else {
		long double v, p = 1;
		if (x10 < -27 || x10 > 27)
			return 0;
		for (i = 0; i < (x10 < 0 ? -x10 : x10); i++)
			p *= 10;
		v = x10 < 0 ? (long double)k / p : (long double)k * p;
		*r = v;
	}
	return 1;
}

/* Parses s into m * 2^e for the format; *end as strtod sets it. Returns the class:
 * 0 number, 1 infinity, 2 nan, 3 the value is in *direct. */
static int parse(const char *s, char **end, const struct fmt *f, int *neg, uint64_t *pm,
		 int *pe, int *range, long double *direct)
{
	const char *p = s, *q;
	struct dec x;
	int any = 0, dot = 0, lead = 1;
	long point = 0, ex = 0;

	*neg = 0;
	*range = 0;
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		*neg = *p++ == '-';
	if ((*p | 32) == 'i' && !strncasecmp(p, "inf", 3)) {
		p += 3;
		if (!strncasecmp(p, "inity", 5))
			p += 5;
		if (end)
			*end = (char *)p;
		return 1;
	}
	if ((*p | 32) == 'n' && !strncasecmp(p, "nan", 3)) {
		p += 3;
		if (*p == '(') {
			for (q = p + 1; isalnum((unsigned char)*q) || *q == '_'; q++)
				;
			if (*q == ')')
				p = q + 1;
		}
		if (end)
			*end = (char *)p;
		return 2;
	}
	if (p[0] == '0' && (p[1] | 32) == 'x' &&
	    (isxdigit((unsigned char)p[2]) || (p[2] == '.' && isxdigit((unsigned char)p[3])))) {
		uint64_t m;
		long exp;
		int inexact;
		q = parse_hex(p + 2, &m, &exp, &any);
		if (end)
			*end = (char *)q;
		if (round_bin(m, exp, f, pm, pe, &inexact)) {
			*range = 1;
			return 1;
		}
		*range = inexact && (!*pm || *pm >> (f->p - 1) == 0);
		return 0;
	}

	x.nd = 0;
	for (;; p++) {
		if (*p == '.' && !dot) {
			dot = 1;
			continue;
		}
		if (!isdigit((unsigned char)*p))
			break;
		any = 1;
		if (*p == '0' && lead) {
			if (dot)
				point--;
			continue;
		}
		lead = 0;
		if (!dot)
			point++;
		if (x.nd < MAXD)
			x.d[x.nd++] = *p;
		else if (*p != '0')
			x.d[MAXD] = '1';	/* sticky: only ever compared past the real digits */
	}
	if (!any) {
		if (end)
			*end = (char *)s;
		*neg = 0;	/* no conversion: +0, even after a sign */
		*pm = 0;
		*pe = f->e_min;
		return 0;
	}
	if ((*p | 32) == 'e') {
		int eneg = 0;
		q = p + 1;
		if (*q == '+' || *q == '-')
			eneg = *q++ == '-';
		if (isdigit((unsigned char)*q)) {
			for (; isdigit((unsigned char)*q); q++)
				if (ex < 1000000)
					ex = ex * 10 + (*q - '0');
			point += eneg ? -ex : ex;
			p = q;
		}
	}
	if (end)
		*end = (char *)p;
	if (!x.nd) {
		*pm = 0;
		*pe = f->e_min;
		return 0;
	}
	if (x.nd == MAXD && x.d[MAXD] == '1')
		x.nd = MAXD + 1;
	while (x.nd > 1 && x.d[x.nd - 1] == '0')
		x.nd--;
	if (point > 5000) {
		*range = 1;
		return 1;
	}
	if (point < -5000) {
		*range = 1;
		*pm = 0;
		*pe = f->e_min;
		return 0;
	}
	x.point = point;
	if (x.nd <= 19 && fast(&x, f, direct))
		return 3;
	if (round_dec(&x, f, pm, pe)) {
		*range = 1;
		return 1;
	}
	/* Underflow: zero from a nonzero input, or an inexact denormal. */
	if (!*pm || (*pm >> (f->p - 1) == 0 && cmp_bin(&x, *pm, *pe)))
		*range = 1;
	return 0;
}

static long double build(const struct fmt *f, int cls, int neg, uint64_t m, int e,
			 long double direct)
{
	union ld u;

	if (cls == 3) {
		u.f = direct;
	} else if (cls == 2) {
		u.i.m = 0xc000000000000000ULL;
		u.i.se = 0x7fff;
	} else if (cls == 1) {
		u.i.m = 0x8000000000000000ULL;
		u.i.se = 0x7fff;
	} else if (!m) {
		u.i.m = 0;
		u.i.se = 0;
	} else {
		/* m * 2^e is exact in long double, for every format here. */
		while (!(m >> 63)) {
			m <<= 1;
			e--;
		}
		e += 63 + 16383;
		if (e <= 0) {
			m >>= 1 - e;
			e = 0;
		}
		u.i.m = m;
		u.i.se = e;
	}
	(void)f;
	if (neg)
		u.i.se |= 0x8000;
	return u.f;
}

float strtof(const char *restrict s, char **restrict end)
{
	uint64_t m;
	long double direct;
	int e, neg, range, cls = parse(s, end, &F32, &neg, &m, &e, &range, &direct);
	if (range)
		errno = ERANGE;
	return build(&F32, cls, neg, m, e, direct);
}

double strtod(const char *restrict s, char **restrict end)
{
	uint64_t m;
	long double direct;
	int e, neg, range, cls = parse(s, end, &F64, &neg, &m, &e, &range, &direct);
	if (range)
		errno = ERANGE;
	return build(&F64, cls, neg, m, e, direct);
}

long double strtold(const char *restrict s, char **restrict end)
{
	uint64_t m;
	long double direct;
	int e, neg, range, cls = parse(s, end, &F80, &neg, &m, &e, &range, &direct);
	if (range)
		errno = ERANGE;
	return build(&F80, cls, neg, m, e, direct);
}

double atof(const char *s)
{
	return strtod(s, 0);
}
