/* The scanf engine. Numbers are gathered into a buffer by a small lexer and converted
 * with the strto* functions, so scanf and strtod always agree. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"
#include "fmt_args.h"


struct in {
	FILE *f;
	long width;	/* characters this conversion may still read */
	long count;	/* characters consumed so far, for %n */
};

static int get(struct in *in)
{
	int c;
	if (!in->width)
		return EOF;
	c = getc_fast(in->f);
	if (c != EOF) {
		in->width--;
		in->count++;
	}
	return c;
}

/* Puts back the character just read. A character read from the buffer goes back by
 * moving the pointer, which also works on sscanf's read-only string. */
static void unget(struct in *in, int c)
{
	FILE *f = in->f;
	if (c == EOF)
		return;
	in->width++;
	in->count--;
	if (f->rend && f->rpos > f->buf && f->rpos[-1] == (unsigned char)c)
		f->rpos--;
	else
		ungetc(c, f);
}

static void store_int(void *p, int len, uintmax_t v)
{
	switch (len) {
	case L_HH: *(char *)p = v; break;
	case L_H: *(short *)p = v; break;
	case L_L: *(long *)p = v; break;
	case L_LL: *(long long *)p = v; break;
	case L_J: *(intmax_t *)p = v; break;
	case L_Z: *(size_t *)p = v; break;
	case L_T: *(ptrdiff_t *)p = v; break;
	default: *(int *)p = v;
	}
}

static int digit_ok(int c, int base)
{
	if (base == 16)
		return isxdigit(c);
	if (base == 8)
		return c >= '0' && c <= '7';
	return isdigit(c);
}

/* An integer in base (0: by prefix) into buf; returns its length, 0 on no match. */
static size_t lex_int(struct in *in, char *buf, size_t cap, int base)
{
	size_t n = 0;
	int c = get(in);

	if (c == '+' || c == '-') {
		buf[n++] = c;
		c = get(in);
	}
	if ((base == 0 || base == 16) && c == '0') {
		buf[n++] = c;
		c = get(in);
		if ((c | 32) == 'x') {
			int d = get(in);
			if (isxdigit(d)) {
				buf[n++] = c;
				c = d;
				base = 16;
			} else {
				/* "0x" without digits is the number 0; like glibc, the x is
				 * consumed all the same. */
				unget(in, d);
				buf[n] = 0;
				return n;
			}
		} else if (base == 0) {
			base = 8;
		}
	}
	if (!base)
		base = 10;
	for (; c != EOF && digit_ok(c, base) && n < cap - 1; c = get(in))
		buf[n++] = c;
	unget(in, c);
	buf[n] = 0;
	if (!n || ((buf[0] == '+' || buf[0] == '-') && n == 1))
		return 0;
	return n;
}

/* A floating-point number in strtod's syntax into buf; returns its length. */
static size_t lex_float(struct in *in, char *buf, size_t cap)
{
	size_t n = 0, digits = 0;
	int c = get(in), hex = 0;

	if (c == '+' || c == '-') {
		buf[n++] = c;
		c = get(in);
	}
	if ((c | 32) == 'i' || (c | 32) == 'n') {
		const char *word = (c | 32) == 'i' ? "infinity" : "nan";
		size_t k = 0;
		while (word[k] && c != EOF && (c | 32) == word[k] && n < cap - 1) {
			buf[n++] = c;
			k++;
			c = get(in);
		}
		unget(in, c);
		buf[n] = 0;
		/* "inf" alone is fine; a partial word is a failure. */
		return k == 3 || k == 8 ? n : 0;
	}
	if (c == '0') {
		buf[n++] = c;
		digits++;
		c = get(in);
		if ((c | 32) == 'x') {
			buf[n++] = c;
			hex = 1;
			digits = 0;
			c = get(in);
		}
	}
	for (; c != EOF && (hex ? isxdigit(c) : isdigit(c)) && n < cap - 1; c = get(in), digits++)
		buf[n++] = c;
	if (c == '.' && n < cap - 1) {
		buf[n++] = c;
		for (c = get(in); c != EOF && (hex ? isxdigit(c) : isdigit(c)) && n < cap - 1;
		     c = get(in), digits++)
			buf[n++] = c;
	}
	if (digits && (c | 32) == (hex ? 'p' : 'e') && n < cap - 3) {
		buf[n++] = c;
		c = get(in);
		if (c == '+' || c == '-') {
			buf[n++] = c;
			c = get(in);
		}
		for (; c != EOF && isdigit(c) && n < cap - 1; c = get(in))
			buf[n++] = c;
	}
	unget(in, c);
	buf[n] = 0;
	return digits ? n : 0;
}

static int unlocked_vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap0)
{
	void *args[NL_ARGMAX];
	/* 1 once the format has used a numbered argument, -1 an unnumbered one. */
	int numbered = 0;
	struct in in = { f, -1, 0 };
	const unsigned char *p = (const void *)fmt;
	int matched = 0, c;
	va_list ap;

	va_copy(ap, ap0);
	for (; *p; p++) {
		int suppress = 0, len = L_NONE, conv, alloc = 0;
		long width = 0;
		void *dest = 0;
		char buf[512];

		if (isspace(*p)) {
			in.width = -1;
			while ((c = get(&in)) != EOF && isspace(c))
				;
			unget(&in, c);
			continue;
		}
		if (*p != '%' || p[1] == '%') {
			if (*p == '%')
				p++;
			in.width = -1;
			if (*p == '%')
				while ((c = get(&in)) != EOF && isspace(c))
					;
			else
				c = get(&in);
			if (c != *p) {
				unget(&in, c);
				if (c == EOF && !matched)
					matched = EOF;
				goto out;
			}
			continue;
		}
		p++;
		size_t k = 0;
		int argn = isdigit(*p) ? __fmt_argnum(p, 0, &k) : 0;
		p += k;
		if (argn && !numbered) {
			if (argn < 0 || __scanf_args(p, 0, 0, argn, args, &ap) < 0)
				goto invalid;
			numbered = 1;
		}
		if (argn < 0 || (argn && numbered < 0))
			goto invalid;
		if (*p == '*') {
			suppress = 1;
			p++;
		}
		for (; isdigit(*p); p++)
			width = width * 10 + (*p - '0');
		if (*p == 'm') {
			alloc = 1;
			p++;
		}
		switch (*p) {
		case 'h': len = p[1] == 'h' ? (p++, L_HH) : L_H; p++; break;
		case 'l': len = p[1] == 'l' ? (p++, L_LL) : L_L; p++; break;
		case 'q': case 'L': len = L_LD; p++; break;
		case 'j': len = L_J; p++; break;
		case 'z': len = L_Z; p++; break;
		case 't': len = L_T; p++; break;
		}
		conv = *p;
		if (!conv)
			goto out;
		if (!suppress) {
			if (argn) {
				dest = args[argn - 1];
			} else if (numbered > 0) {
				goto invalid;
			} else {
				numbered = -1;
				dest = va_arg(ap, void *);
			}
		}

		/* Every conversion but %c, %[ and %n skips leading white space. */
		if (conv != 'c' && conv != '[' && conv != 'n') {
			in.width = -1;
			while ((c = get(&in)) != EOF && isspace(c))
				;
			unget(&in, c);
			if (c == EOF) {
				if (!matched)
					matched = EOF;
				goto out;
			}
		}
		in.width = width ? width : -1;

		switch (conv) {
		case 'n':
			if (dest)
				store_int(dest, len, in.count);
			continue;
		case 'c':
		case 's':
		case '[': {
			unsigned char set[256];
			size_t n = 0, cap = 0;
			char *s = alloc ? 0 : dest, **sp = dest;
			int invert = 0;

			if (conv == 'c') {
				if (!width)
					in.width = 1;
				memset(set, 1, sizeof set);
			} else if (conv == 's') {
				memset(set, 1, sizeof set);
				for (c = 0; c < 256; c++)
					if (isspace(c))
						set[c] = 0;
			} else {
				p++;
				if (*p == '^') {
					invert = 1;
					p++;
				}
				memset(set, 0, sizeof set);
				if (*p == ']' || *p == '-')
					set[*p++] = 1;
				for (; *p && *p != ']'; p++) {
					if (*p == '-' && p[1] && p[1] != ']') {
						for (c = p[-1]; c <= p[1]; c++)
							set[c] = 1;
						p++;
					} else {
						set[*p] = 1;
					}
				}
				if (!*p)
					goto out;
				if (invert)
					for (c = 0; c < 256; c++)
						set[c] = !set[c];
			}
			if (alloc && !suppress) {
				cap = 32;
				if (!(s = malloc(cap)))
					goto out;
			}
			while ((c = get(&in)) != EOF && set[c]) {
				if (alloc && !suppress && n + 1 >= cap) {
					char *t = realloc(s, cap *= 2);
					if (!t) {
						free(s);
						goto out;
					}
					s = t;
				}
				if (s && !suppress)
					s[n] = c;
				n++;
			}
			if (c != EOF && conv != 'c')
				unget(&in, c);
			else if (c != EOF)
				unget(&in, c);
			if (!n || (conv == 'c' && in.width > 0 && c == EOF)) {
				if (alloc && !suppress)
					free(s);
				if (c == EOF && !matched)
					matched = EOF;
				goto out;
			}
			if (!suppress) {
				if (conv != 'c')
					s[n] = 0;
				if (alloc)
					*sp = s;
				matched++;
			}
			continue;
		}
		case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'p': {
			int base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
			uintmax_t v;
			if (!lex_int(&in, buf, sizeof buf, base))
				goto out;
			if (conv == 'd' || conv == 'i')
				v = strtoimax(buf, 0, base);
			else
				v = strtoumax(buf, 0, base);
			if (!suppress) {
				if (conv == 'p')
					*(void **)dest = (void *)(uintptr_t)v;
				else
					store_int(dest, len, v);
				matched++;
			}
			continue;
		}
		case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
			if (!lex_float(&in, buf, sizeof buf))
				goto out;
			if (!suppress) {
				if (len == L_LD)
					*(long double *)dest = strtold(buf, 0);
				else if (len == L_L)
					*(double *)dest = strtod(buf, 0);
				else
					*(float *)dest = strtof(buf, 0);
				matched++;
			}
			continue;
		default:
			goto out;
		}
	}
out:
	va_end(ap);
	return matched;
invalid:
	va_end(ap);
	errno = EINVAL;
	return EOF;
}

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap0)
{
	FLOCK(f);
	int r = unlocked_vfscanf(f, fmt, ap0);
	FUNLOCK(f);
	return r;
}
