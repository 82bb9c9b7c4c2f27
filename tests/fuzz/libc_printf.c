/* Fuzz target: snprintf and sprintf formats.
 *
 * The input up to its first NUL is a format; the bytes after it are a pool the
 * argument values are drawn from. The format is sanitised conversion by conversion:
 * each is parsed here (flags, width or *, precision or .*, length, conversion), widths
 * and precisions are held to 3 digits, %n, positional and unknown conversions are
 * dropped, and each piece (literal text plus one conversion) is printed with an
 * argument of the type its conversion reads. Invariants:
 * - snprintf(NULL, 0) returns the length snprintf and sprintf then write into a big
 *   buffer, followed by a NUL and no more;
 * - into buffers of size 1, 2, 3, n/2, n and n+1 (ending at an unmapped page, with
 *   guard bytes) snprintf returns the same length, writes the output's prefix and a
 *   NUL, and touches nothing after the NUL;
 * - a bare integer conversion parses back (strtoll/strtoull) to its value, and %a of a
 *   double parses back (strtod) to the same bits. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "libc_fuzz.h"

enum kind { K_NONE, K_INT, K_LONG, K_LLONG, K_INTMAX, K_SIZE, K_PTRDIFF, K_DBL, K_LDBL, K_STR, K_PTR };

struct spec {
	char fmt[300];		/* the piece: literal text, then at most one conversion */
	enum kind kind;
	int sw, sp;		/* width and precision from arguments */
	int w, p;
	long long i;
	double d;
	const char *s;
};

static char longstr[301];
static const char *const strs[] = { "", "hello", "a%sb%n", longstr, "\xff\x01z" };

static int fmt(char *buf, size_t size, const struct spec *c)
{
	const char *f = c->fmt;
#define CALL(v) (c->sw && c->sp ? snprintf(buf, size, f, c->w, c->p, v) \
	: c->sw ? snprintf(buf, size, f, c->w, v) \
	: c->sp ? snprintf(buf, size, f, c->p, v) : snprintf(buf, size, f, v))
	switch (c->kind) {
	case K_NONE: return snprintf(buf, size, f, 0);
	case K_INT: return CALL((int)c->i);
	case K_LONG: return CALL((long)c->i);
	case K_LLONG: return CALL((long long)c->i);
	case K_INTMAX: return CALL((intmax_t)c->i);
	case K_SIZE: return CALL((size_t)c->i);
	case K_PTRDIFF: return CALL((ptrdiff_t)c->i);
	case K_DBL: return CALL(c->d);
	case K_LDBL: return CALL((long double)c->d);
	case K_STR: return CALL(c->s);
	case K_PTR: return CALL((void *)(uintptr_t)c->i);
	}
#undef CALL
	return -1;
}

static int fmt_sprintf(char *buf, const struct spec *c)
{
	const char *f = c->fmt;
#define CALL(v) (c->sw && c->sp ? sprintf(buf, f, c->w, c->p, v) \
	: c->sw ? sprintf(buf, f, c->w, v) \
	: c->sp ? sprintf(buf, f, c->p, v) : sprintf(buf, f, v))
	switch (c->kind) {
	case K_NONE: return sprintf(buf, f, 0);
	case K_INT: return CALL((int)c->i);
	case K_LONG: return CALL((long)c->i);
	case K_LLONG: return CALL((long long)c->i);
	case K_INTMAX: return CALL((intmax_t)c->i);
	case K_SIZE: return CALL((size_t)c->i);
	case K_PTRDIFF: return CALL((ptrdiff_t)c->i);
	case K_DBL: return CALL(c->d);
	case K_LDBL: return CALL((long double)c->d);
	case K_STR: return CALL(c->s);
	case K_PTR: return CALL((void *)(uintptr_t)c->i);
	}
#undef CALL
	return -1;
}

#define FAIL(what) fuzz_fail("fuzz-printf", what)
#define BIG 16384
static char big[BIG + 2], big2[BIG + 2];

static void check(const struct spec *c)
{
	int n = fmt(NULL, 0, c);
	memset(big, 0x5a, sizeof big);
	int r = fmt(big, BIG, c);
	if (r != n) FAIL("snprintf(NULL, 0) and snprintf(buf) disagree");
	if (n < 0) return;
	if (n >= BIG) FAIL("output longer than any sanitised format allows");
	if (big[n] || big[n + 1] != 0x5a) FAIL("big buffer: no NUL at the returned length, or writes past it");
	memset(big2, 0x5a, sizeof big2);
	if (fmt_sprintf(big2, c) != n || memcmp(big, big2, n + 2)) FAIL("sprintf differs from snprintf");
	size_t sizes[] = { 1, 2, 3, (size_t)n / 2, (size_t)n, (size_t)n + 1 };
	static unsigned char pattern[BIG + 64];
	if (!pattern[0]) memset(pattern, 0x5a, sizeof pattern);
	for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
		size_t sz = sizes[k];
		if (!sz) continue;
		/* sz bytes + 16 guard bytes, the last one just below an unmapped page */
		char *b = fuzz_guarded(0, pattern, sz + 16, 0);
		if (fmt(b, sz, c) != n) FAIL("snprintf into a small buffer returns another length");
		size_t m = sz - 1 < (size_t)n ? sz - 1 : (size_t)n;
		if (memcmp(b, big, m)) FAIL("truncated output is not a prefix of the full output");
		if (b[m]) FAIL("truncated output not NUL-terminated");
		for (size_t j = m + 1; j < sz + 16; j++)
			if ((unsigned char)b[j] != 0x5a) FAIL("snprintf writes past its NUL or its size");
	}
}

/* A piece holding only a conversion with no flags, width or precision: parse it back. */
static void check_value(const struct spec *c, char conv, const char *len)
{
	if (fmt(big, BIG, c) < 0) FAIL("bare conversion failed");
	char *end;
	if (conv == 'a' || conv == 'A') {
		if (c->kind != K_DBL) return;
		double v = strtod(big, &end);
		if (*end || (isnan(c->d) ? !isnan(v) : memcmp(&v, &c->d, sizeof v)))
			FAIL("%a does not parse back to the same double");
		return;
	}
	if (!strchr("diouxX", conv)) return;
	unsigned long long want = c->i;
	int bits = 32;
	if (!strcmp(len, "hh")) bits = 8;
	else if (!strcmp(len, "h")) bits = 16;
	else if (*len) bits = 64;
	if (conv == 'd' || conv == 'i') {
		long long v = strtoll(big, &end, 10), w = c->i;
		if (bits == 8) w = (signed char)w;
		else if (bits == 16) w = (short)w;
		else if (bits == 32) w = (int)w;
		if (*end || v != w) FAIL("signed conversion does not parse back to its value");
		return;
	}
	if (bits < 64) want &= (1ull << bits) - 1;
	unsigned long long v = strtoull(big, &end, conv == 'o' ? 8 : conv == 'u' ? 10 : 16);
	if (*end || v != want) FAIL("unsigned conversion does not parse back to its value");
}

struct pool { const uint8_t *p; size_t n, at; };
static uint64_t take(struct pool *v)
{
	uint64_t x = 0;
	for (int k = 0; k < 8; k++) {
		x = x << 8 | (v->n ? v->p[v->at++ % v->n] : 0);
	}
	return x;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!longstr[0]) memset(longstr, 'x', sizeof longstr - 1);
	const uint8_t *nul = memchr(data, 0, size);
	size_t flen = nul ? (size_t)(nul - data) : size;
	if (flen > 256) flen = 256;
	struct pool pool = { nul ? nul + 1 : data + size, nul ? size - flen - 1 : 0, 0 };
	if (nul && (size_t)(nul - data) > 256) pool.n = 0;
	const char *f = (const char *)data, *e = f + flen;
	struct spec c;
	size_t o = 0;
	memset(&c, 0, sizeof c);
	while (f < e) {
		if (*f != '%') {
			c.fmt[o++] = *f++;
			continue;
		}
		const char *start = f++;
		char spec[40], len[3] = "";
		size_t so = 0, nd;
		int sw = 0, sp = 0, plain = 1;
		spec[so++] = '%';
		while (f < e && strchr("-+ #0'", *f) && so < 10) spec[so++] = *f++, plain = 0;
		while (f < e && strchr("-+ #0'", *f)) f++;
		if (f < e && *f == '*') spec[so++] = *f++, sw = 1, plain = 0;
		else for (nd = 0; f < e && *f >= '0' && *f <= '9'; f++)
			if (nd++ < 3) spec[so++] = *f, plain = 0;
		if (f < e && *f == '.') {
			spec[so++] = *f++, plain = 0;
			if (f < e && *f == '*') spec[so++] = *f++, sp = 1;
			else for (nd = 0; f < e && *f >= '0' && *f <= '9'; f++)
				if (nd++ < 3) spec[so++] = *f;
		}
		if (f < e && strchr("hljztL", *f)) {
			len[0] = *f++;
			if (f < e && (len[0] == 'h' || len[0] == 'l') && *f == len[0]) len[1] = *f++;
		}
		char conv = f < e ? *f : 0;
		enum kind k;
		if (conv && strchr("diouxX", conv)) {
			k = !len[0] || len[0] == 'h' ? K_INT : !strcmp(len, "l") ? K_LONG : !strcmp(len, "ll") ? K_LLONG
				: len[0] == 'j' ? K_INTMAX : len[0] == 'z' ? K_SIZE : len[0] == 't' ? K_PTRDIFF : K_NONE;
		} else if (conv && strchr("eEfFgGaA", conv)) {
			k = len[0] == 'L' ? K_LDBL : K_DBL;
			if (len[0] != 'L' && len[0] != 'l') len[0] = 0;
			len[1] = 0;
		} else if (conv == 'c') {
			k = K_INT, len[0] = 0;
		} else if (conv == 's') {
			k = K_STR, len[0] = 0;
		} else if (conv == 'p') {
			k = K_PTR, len[0] = 0;
		} else if (conv == '%' && f == start + 1) {
			c.fmt[o++] = '%', c.fmt[o++] = '%';
			f++;
			continue;
		} else {
			/* %n, positional, unknown or cut short: drop the specification */
			if (conv) f++;
			continue;
		}
		if (k == K_NONE) { f++; continue; }
		f++;
		for (const char *l = len; *l; l++) spec[so++] = *l;
		spec[so++] = conv;
		spec[so] = 0;
		c.kind = k;
		c.sw = sw, c.sp = sp;
		c.w = (int)(take(&pool) % 1999) - 999;
		c.p = (int)(take(&pool) % 1999) - 999;
		uint64_t v = take(&pool);
		c.i = (long long)v;
		memcpy(&c.d, &v, sizeof c.d);
		c.s = strs[v % (sizeof strs / sizeof *strs)];
		memcpy(c.fmt + o, spec, so + 1);
		check(&c);
		if (plain) {
			struct spec bare = c;
			memcpy(bare.fmt, spec, so + 1);
			check_value(&bare, conv, len);
		}
		o = 0;
		memset(&c, 0, sizeof c);
	}
	c.fmt[o] = 0;
	c.kind = K_NONE;
	check(&c);
	return 0;
}
