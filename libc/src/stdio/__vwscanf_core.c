/* The wide scanf engine. Numbers are recognized here character by character (the
 * longest prefix of a number of the conversion's kind, within the width, with one
 * character of look-ahead, which is all a stream can give back) into a growing buffer,
 * then converted by wcstoull/wcstoll/wcstold, so long digit strings keep every digit.
 * %c/%s/%[ without l store multibyte text (wcrtomb), with l wide text. Numbered
 * arguments (%1$d) are fetched as scanf fetches them (fmt_args.h). Not supported: the
 * POSIX allocation modifier (%ms), EINVAL. */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>
#include "wstdio.h"
#include "wscanf_impl.h"
#include "fmt_args.h"

static wint_t get(struct __win *in)
{
	wint_t c = in->f ? __fgetwc_unlocked(in->f) : *in->s ? (wint_t)*in->s++ : WEOF;
	if (c != WEOF) in->n++;
	return c;
}

static void unget(struct __win *in, wint_t c)
{
	if (c == WEOF) return;
	in->n--;
	if (in->f) ungetwc(c, in->f);
	else in->s--;
}

/* A growing wide buffer for the characters of one number. */
struct buf {
	wchar_t *p, small[64];
	size_t len, cap;
	int nomem;
};

static void put(struct buf *b, wchar_t c)
{
	if (b->len + 1 >= b->cap) {
		wchar_t *n = malloc(b->cap * 2 * sizeof *n);
		if (!n) {
			b->nomem = 1;
			return;
		}
		wmemcpy(n, b->p, b->len);
		if (b->p != b->small) free(b->p);
		b->p = n;
		b->cap *= 2;
	}
	b->p[b->len++] = c;
	b->p[b->len] = 0;
}

/* Reading within a width: *left counts down; 0 means the width is used up. */
static wint_t take(struct __win *in, size_t *left)
{
	if (!*left) return WEOF;
	wint_t c = get(in);
	if (c != WEOF) --*left;
	return c;
}

static void give(struct __win *in, size_t *left, wint_t c)
{
	if (c == WEOF) return;
	unget(in, c);
	++*left;
}

static int digit(wint_t c, int base)
{
	int v = c >= '0' && c <= '9' ? (int)c - '0' : c >= 'a' && c <= 'z' ? (int)c - 'a' + 10
	      : c >= 'A' && c <= 'Z' ? (int)c - 'A' + 10 : 99;
	return v < base;
}

/* Appends the digits of base that follow; returns how many. */
static size_t digits(struct __win *in, size_t *left, struct buf *b, int base)
{
	size_t n = 0;
	wint_t c;
	while ((c = take(in, left)) != WEOF && digit(c, base)) put(b, (wchar_t)c), n++;
	give(in, left, c);
	return n;
}

static void sign(struct __win *in, size_t *left, struct buf *b)
{
	wint_t c = take(in, left);
	if (c == '+' || c == '-') put(b, (wchar_t)c);
	else give(in, left, c);
}

/* "0x" when base allows it; returns the base to read digits in. */
static int prefix(struct __win *in, size_t *left, struct buf *b, int base)
{
	if (base != 0 && base != 16) return base;
	wint_t c = take(in, left);
	if (c != '0') {
		give(in, left, c);
		return base ? base : 10;
	}
	put(b, '0');
	c = take(in, left);
	if (c == 'x' || c == 'X') {
		put(b, (wchar_t)c);
		return 16;
	}
	give(in, left, c);
	return base ? base : 8;
}

static void integer(struct __win *in, size_t left, struct buf *b, int base)
{
	sign(in, &left, b);
	digits(in, &left, b, prefix(in, &left, b, base));
}

/* Matches the letters of word case-blind as far as they go; returns how many. */
static size_t word(struct __win *in, size_t *left, struct buf *b, const char *w)
{
	size_t n = 0;
	wint_t c;
	for (; w[n] && (c = take(in, left)) != WEOF; n++) {
		if ((wint_t)towlower(c) != (wint_t)w[n]) {
			give(in, left, c);
			break;
		}
		put(b, (wchar_t)c);
	}
	return n;
}

static void floating(struct __win *in, size_t left, struct buf *b)
{
	sign(in, &left, b);
	wint_t c = take(in, &left);
	give(in, &left, c);
	if (c == 'i' || c == 'I') {
		if (word(in, &left, b, "inf") == 3) word(in, &left, b, "inity");
		return;
	}
	if (c == 'n' || c == 'N') {
		if (word(in, &left, b, "nan") == 3 && (c = take(in, &left)) == '(') {
			put(b, '(');
			while ((c = take(in, &left)) != WEOF && (iswalnum(c) || c == '_')) put(b, (wchar_t)c);
			if (c == ')') put(b, ')');
			else give(in, &left, c);
		} else {
			give(in, &left, c);
		}
		return;
	}
	size_t before = b->len;
	prefix(in, &left, b, 16);
	int base = b->len - before == 2 ? 16 : 10;	/* "0x" was read */
	digits(in, &left, b, base);
	if ((c = take(in, &left)) == '.') {
		put(b, '.');
		digits(in, &left, b, base);
		c = take(in, &left);
	}
	if (base == 16 ? c == 'p' || c == 'P' : c == 'e' || c == 'E') {
		put(b, (wchar_t)c);
		sign(in, &left, b);
		digits(in, &left, b, 10);
	} else {
		give(in, &left, c);
	}
}

enum { NONE, HH, H, L, LL, J, Z, T, BIGL };

static int length(const wchar_t **f)
{
	const wchar_t *p = *f;
	int r;
	switch (*p) {
	case 'h': r = p[1] == 'h' ? (p++, HH) : H; break;
	case 'l': r = p[1] == 'l' ? (p++, LL) : L; break;
	case 'q': r = LL; break;
	case 'j': r = J; break;
	case 'z': r = Z; break;
	case 't': r = T; break;
	case 'L': r = BIGL; break;
	default: return NONE;
	}
	*f = p + 1;
	return r;
}

static void store_int(void *p, int len, unsigned long long v)
{
	switch (len) {
	case HH: *(signed char *)p = (signed char)v; break;
	case H: *(short *)p = (short)v; break;
	case L: *(long *)p = (long)v; break;
	case LL: *(long long *)p = (long long)v; break;
	case J: *(intmax_t *)p = (intmax_t)v; break;
	case Z: *(size_t *)p = (size_t)v; break;
	case T: *(ptrdiff_t *)p = (ptrdiff_t)v; break;
	default: *(int *)p = (int)v; break;
	}
}

/* Is c in the scanset [set, end) (after '[' and any '^', without the closing ']')?
 * A '-' between two characters is a range, as in most implementations. */
static int in_set(const wchar_t *set, const wchar_t *end, wint_t c)
{
	for (const wchar_t *p = set; p < end; p++) {
		if (p + 2 < end && p[1] == '-') {
			if (c >= (wint_t)p[0] && c <= (wint_t)p[2]) return 1;
			p += 2;
		} else if (c == (wint_t)*p) {
			return 1;
		}
	}
	return 0;
}

/* Stores c as text: wide, or multibyte through wcrtomb. Returns where to store next. */
static void *store_char(void *dst, int wide, wchar_t c, mbstate_t *st)
{
	if (wide) {
		*(wchar_t *)dst = c;
		return (wchar_t *)dst + 1;
	}
	size_t n = wcrtomb(dst, c, st);
	return (char *)dst + (n == (size_t)-1 ? 0 : n);
}

/* %c, %s, %[: returns 0 when nothing matched. */
static int text(struct __win *in, wchar_t conv, size_t width, int wide, void *dst,
                const wchar_t *set, const wchar_t *setend, int negate)
{
	mbstate_t st = { 0 };
	size_t n = 0;
	if (conv == 'c' && width == SIZE_MAX) width = 1;
	for (wint_t c; n < width && (c = get(in)) != WEOF; n++) {
		int ok = conv == 'c' || (conv == 's' ? !iswspace(c) : in_set(set, setend, c) != negate);
		if (!ok) {
			unget(in, c);
			break;
		}
		if (dst) dst = store_char(dst, wide, (wchar_t)c, &st);
	}
	if (!n || (conv == 'c' && n < width)) return 0;
	if (dst && conv != 'c') store_char(dst, wide, 0, &st);
	return 1;
}

static void skip_space(struct __win *in)
{
	wint_t c;
	while ((c = get(in)) != WEOF && iswspace(c));
	unget(in, c);
}

static wint_t peek(struct __win *in)
{
	wint_t c = get(in);
	unget(in, c);
	return c;
}

/* One numeric conversion: recognize, convert, store. Returns 1, 0 (no match) or -1. */
static int number(struct __win *in, wchar_t c, size_t width, int len, void *dst)
{
	struct buf b = { .p = b.small, .cap = 64 };
	b.small[0] = 0;
	int base = c == 'd' || c == 'u' ? 10 : c == 'i' ? 0 : c == 'o' ? 8 : 16;
	int fl = !!wcschr(L"aAeEfFgG", c);
	if (fl) floating(in, width, &b);
	else integer(in, width, &b, base);
	int r = -1;
	if (!b.nomem) {
		wchar_t *end;
		if (fl) {
			long double v = wcstold(b.p, &end);
			if ((r = end != b.p) && dst) {
				if (len == BIGL) *(long double *)dst = v;
				else if (len == L) *(double *)dst = (double)v;
				else *(float *)dst = (float)v;
			}
		} else {
			unsigned long long v = c == 'd' || c == 'i' ? (unsigned long long)wcstoll(b.p, &end, base)
			                                            : wcstoull(b.p, &end, base);
			if ((r = end != b.p) && dst) {
				if (c == 'p') *(void **)dst = (void *)(uintptr_t)v;
				else store_int(dst, len, v);
			}
		}
	}
	if (b.p != b.small) free(b.p);
	return r;
}

int __vwscanf_core(struct __win *in, const wchar_t *fmt, va_list ap0)
{
	void *args[NL_ARGMAX];
	va_list ap;
	va_copy(ap, ap0);
	/* numbered: 1 once the format has used a numbered argument, -1 an unnumbered one. */
	int count = 0, convs = 0, r = 0, numbered = 0;
	for (const wchar_t *f = fmt; *f; ) {
		if (iswspace(*f)) {
			skip_space(in);
			f++;
			continue;
		}
		if (*f != '%' || f[1] == '%') {
			if (*f == '%') {
				skip_space(in);
				f++;
			}
			wint_t c = get(in);
			if (c != (wint_t)*f) {
				unget(in, c);
				if (c == WEOF && !convs) count = EOF;
				break;
			}
			f++;
			continue;
		}
		f++;
		size_t k = 0;
		int argn = *f >= '0' && *f <= '9' ? __fmt_argnum(f, 1, &k) : 0;
		f += k;
		if (argn && !numbered) {
			if (argn < 0 || __scanf_args(f, 1, 0, argn, args, &ap) < 0)
				goto invalid;
			numbered = 1;
		}
		if (argn < 0 || (argn && numbered < 0))
			goto invalid;
		int suppress = *f == '*';
		if (suppress) f++;
		size_t width = SIZE_MAX;
		if (*f >= '1' && *f <= '9')
			for (width = 0; *f >= '0' && *f <= '9'; f++)
				width = width > (SIZE_MAX - 9) / 10 ? SIZE_MAX - 1 : width * 10 + (size_t)(*f - '0');
		if (*f == '$' || *f == 'm')
			goto invalid;
		int len = length(&f);
		wchar_t c = *f++;
		if (!c) break;
		void *dst = 0;
		if (!suppress && c != '%') {
			if (argn) {
				dst = args[argn - 1];
			} else if (numbered > 0) {
				goto invalid;
			} else {
				numbered = -1;
				dst = va_arg(ap, void *);
			}
		}
		if (c == 'n') {
			if (dst) store_int(dst, len, in->n);
			continue;
		}
		const wchar_t *set = 0, *setend = 0;
		int negate = 0;
		if (c == '[') {
			negate = *f == '^';
			set = f += negate;
			if (*f == ']') f++;
			while (*f && *f != ']') f++;
			setend = f;
			if (*f) f++;
		}
		if (c != '[' && c != 'c' && c != 'C') skip_space(in);
		if (peek(in) == WEOF) {
			if (!convs) count = EOF;
			break;
		}
		convs++;
		int ok;
		if (c == 'c' || c == 's' || c == '[') {
			ok = text(in, c, width, len == L, dst, set, setend, negate);
		} else if (c == 'C' || c == 'S') {
			ok = text(in, c == 'C' ? 'c' : 's', width, 1, dst, 0, 0, 0);
		} else if (wcschr(L"diouxXpaAeEfFgG", c)) {
			ok = number(in, c, width, len, dst);
		} else {
			goto invalid;
		}
		if (ok < 0) {
			r = -1;
			break;
		}
		if (!ok) break;
		if (dst) count++;
	}
	va_end(ap);
	return r < 0 ? -1 : count;
invalid:
	va_end(ap);
	errno = EINVAL;
	return -1;
}
