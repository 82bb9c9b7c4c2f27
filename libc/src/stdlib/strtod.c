/* strtof, strtod, strtold: correctly rounded (to nearest, ties to even).
 *
 * The decimal input is kept as a digit string. A first guess comes from long double
 * arithmetic on its leading digits; then the guess is compared exactly against the
 * midpoints to its neighbours (expanded to decimal with big-number arithmetic) and
 * moved, in steps that double, then halve, until the input lies between them.
 * long double is x87 extended on x86_64 and binary128 on aarch64 (ldbits.h); the
 * significands are ldm_t, 64 or 128 bits wide. */
#include <stdlib.h>
#include <ctype.h>
#include <errno.h>
#include <string.h>
#include <stdint.h>
#include "exact_decimal.h"
#include "ldbits.h"

#define MAXD 800	/* significant digits kept; the rest only as a sticky nonzero */

/* A binary format: values are m * 2^e with m < 2^p; e_min is the denormal exponent. */
struct fmt {
	int p, e_min, e_max;
};

static const struct fmt F32 = { 24, -149, 104 };
static const struct fmt F64 = { 53, -1074, 971 };
#if LD_FRAC == 63
static const struct fmt FLD = { 64, -16445, 16320 };	/* x87 extended */
#else
static const struct fmt FLD = { 113, -16494, 16271 };	/* binary128 */
#endif
#define W (int)(8 * sizeof(ldm_t))

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

/* The values of a format in order: index i stands for m * 2^e with
 * i = m + (e - e_min) * 2^(p-1), where top = 2^(p-1) <= m < 2^p above e_min. The
 * midpoint between i and i + 1 is (2m + 1) * 2^(e - 1), across a power of two too. */
static void from_idx(const struct fmt *f, unsigned __int128 i, ldm_t *pm, int *pe)
{
	unsigned __int128 q = i >> (f->p - 1);

	if (q < 2) {
		*pm = i;
		*pe = f->e_min;
	} else {
		*pm = (ldm_t)(i & (((unsigned __int128)1 << (f->p - 1)) - 1)) | (ldm_t)1 << (f->p - 1);
		*pe = f->e_min + (int)q - 1;
	}
}

/* Compares the decimal with the midpoint above index i. */
static int cmp_mid(const struct dec *x, const struct fmt *f, unsigned __int128 i)
{
	ldm_t m;
	int e;

	from_idx(f, i, &m, &e);
	return cmp_bin(x, ((unsigned __int128)m << 1) + 1, e - 1);
}

/* Rounds the decimal to the format: sets *m, *e; returns 1 on overflow. */
static int round_dec(const struct dec *x, const struct fmt *f, ldm_t *pm, int *pe)
{
	const unsigned __int128 top = (unsigned __int128)1 << (f->p - 1);
	const unsigned __int128 imax = 2 * top - 1 + (unsigned __int128)(f->e_max - f->e_min) * top;
	unsigned __int128 g, lo, hi, step, t;
	ldm_t m, k = 0;
	int e, i, n = x->nd < (W == 64 ? 19 : 38) ? x->nd : (W == 64 ? 19 : 38), c, chi, se;
	long double v;

	for (i = 0; i < n; i++)
		k = k * 10 + (x->d[i] - '0');
	/* Two steps keep the power of ten inside long double's range. */
	v = (long double)k * pow10l_((x->point - n) / 2);
	v *= pow10l_((x->point - n) - (x->point - n) / 2);
	m = __ld_split(v, &se);
	se &= 0x7fff;
	if (se == 0x7fff) {
		g = imax;
	} else if (!m) {
		g = 0;
	} else {
		e = (se ? se : 1) - 16383 - LD_FRAC;
		while ((f->p < W && m >> f->p) || e < f->e_min) {
			m >>= 1;
			e++;
		}
		while (m && !(m >> (f->p - 1)) && e > f->e_min) {
			m <<= 1;
			e--;
		}
		g = e > f->e_max ? imax : m + (unsigned __int128)(e - f->e_min) * top;
	}

	/* The answer is the least index whose upper midpoint is not below the input (past
	 * imax: overflow). Search outward from the guess, then bisect. */
	c = cmp_mid(x, f, g);
	if (c <= 0) {
		hi = g;
		chi = c;
		lo = 0;
		for (step = 1; hi; step <<= 1) {
			t = hi > step ? hi - step : 0;
			c = cmp_mid(x, f, t);
			if (c > 0) {
				lo = t + 1;
				break;
			}
			hi = t;
			chi = c;
		}
	} else {
		lo = g + 1;
		hi = imax + 1;
		chi = -1;
		for (step = 1; lo <= imax; step <<= 1) {
			t = g + step < imax ? g + step : imax;
			c = cmp_mid(x, f, t);
			if (c <= 0) {
				hi = t;
				chi = c;
				break;
			}
			lo = t + 1;
		}
	}
	while (lo < hi) {
		t = lo + (hi - lo) / 2;
		c = cmp_mid(x, f, t);
		if (c <= 0) {
			hi = t;
			chi = c;
		} else {
			lo = t + 1;
		}
	}
	/* On a midpoint: ties to even (an index's parity is its significand's). */
	if (chi == 0 && (hi & 1))
		hi++;
	if (hi > imax)
		return 1;
	from_idx(f, hi, pm, pe);
	return 0;
}

/* Hex significand: the top 125 to 128 bits in *m (enough for every format and its
 * rounding) with the sticky bit folded into bit 0. */
static const char *parse_hex(const char *s, unsigned __int128 *pm, long *pexp, int *any)
{
	unsigned __int128 m = 0;
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
		if (m >> 124) {
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
static int round_bin(unsigned __int128 m, long exp, const struct fmt *f, ldm_t *pm, int *pe,
		     int *inexact)
{
	int shift;
	unsigned __int128 rem = 0, half, r;

	*inexact = 0;
	if (!m) {
		*pm = 0;
		*pe = f->e_min;
		return 0;
	}
	while (!(m >> 127)) {
		m <<= 1;
		exp--;
	}
	/* m has 128 bits; keep p of them, fewer for denormals. */
	shift = 128 - f->p;
	if (exp + shift < f->e_min)
		shift = exp < f->e_min - 128 ? 129 : (int)(f->e_min - exp);
	if (shift >= 129) {
		*inexact = 1;
		*pm = 0;
		*pe = f->e_min;
		return 0;
	}
	if (shift == 0) {
		r = m;
	} else if (shift == 128) {
		r = 0;
		rem = m;
		half = (unsigned __int128)1 << 127;
		if (rem > half)
			r = 1;
	} else {
		r = m >> shift;
		rem = m & (((unsigned __int128)1 << shift) - 1);
		half = (unsigned __int128)1 << (shift - 1);
		if (rem > half || (rem == half && (r & 1)))
			r++;
	}
	*inexact = rem != 0;
	exp += shift;
	if (r >> f->p) {
		r >>= 1;
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
		/* 10^27 (x87) and 10^48 (binary128) are the last exact powers. */
		long double v, p = 1;
		if (x10 < -(LD_FRAC == 63 ? 27 : 48) || x10 > (LD_FRAC == 63 ? 27 : 48))
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
static int parse(const char *s, char **end, const struct fmt *f, int *neg, ldm_t *pm,
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
		unsigned __int128 m;
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

static long double build(int cls, int neg, ldm_t m, int e, long double direct)
{
	long double r;
	int se;

	if (cls == 3) {
		r = direct;
	} else if (cls == 2) {
		r = __ld_join((ldm_t)3 << (LD_FRAC - 1), 0x7fff);	/* quiet NaN */
	} else if (cls == 1) {
		r = __ld_join((ldm_t)1 << LD_FRAC, 0x7fff);
	} else if (!m) {
		r = 0;
	} else {
		/* m * 2^e is exact in long double, for every format here. */
		while (!(m >> LD_FRAC)) {
			m <<= 1;
			e--;
		}
		se = e + LD_FRAC + 16383;
		if (se <= 0) {
			m >>= 1 - se;
			se = 0;
		}
		r = __ld_join(m, se);
	}
	return neg ? -r : r;
}

float strtof(const char *restrict s, char **restrict end)
{
	ldm_t m;
	long double direct;
	int e, neg, range, cls = parse(s, end, &F32, &neg, &m, &e, &range, &direct);
	if (range)
		errno = ERANGE;
	return build(cls, neg, m, e, direct);
}

double strtod(const char *restrict s, char **restrict end)
{
	ldm_t m;
	long double direct;
	int e, neg, range, cls = parse(s, end, &F64, &neg, &m, &e, &range, &direct);
	if (range)
		errno = ERANGE;
	return build(cls, neg, m, e, direct);
}

long double strtold(const char *restrict s, char **restrict end)
{
	ldm_t m;
	long double direct;
	int e, neg, range, cls = parse(s, end, &FLD, &neg, &m, &e, &range, &direct);
	if (range)
		errno = ERANGE;
	return build(cls, neg, m, e, direct);
}

double atof(const char *s)
{
	return strtod(s, 0);
}
