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
 * the next ARGUMENT). Escapes in FORMAT: \a \b \c (stop) \e \f \n \r \t \v \\ \NNN
 * \xHH. A numeric ARGUMENT is decimal, 0x hex or 0 octal, or 'c (the value of c).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ring3.h"

static char **args;
static int nargs, status;
static int stop;	/* \c seen: no further output at all */

static const char *next_arg(void)
{
	if (!nargs)
		return 0;
	nargs--;
	return *args++;
}

static int is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
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

/* The argument of %b: its escapes (\0NNN octal) interpreted; sets stop at \c. */
static char *expand_b(const char *s, size_t *len)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;
	while (*s) {
		int c = (unsigned char)*s++;
		if (c == '\\' && (c = escape_char(&s, 1)) < 0) {
			stop = 1;
			break;
		}
		*o++ = c;
	}
	*len = o - out;
	return out;
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
			} else {
				long pr = 0;
				while (*f >= '0' && *f <= '9') {
					pr = pr < INT32_MAX / 10 ? pr * 10 + (*f - '0') : INT32_MAX;
					f++;
				}
				prec = (int)pr;
			}
		}
		while (*f && strchr("hlLqjzt", *f))
			f++;
		int conv = (unsigned char)*f;
		if (!conv || !strchr("diouxXsbcfFeEgGaA", conv)) {
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
			pad_out(s, len, left, width, prec, have_prec);
			free(s);
			break;
		}
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
		default:
			warn_msg("%%%c: floating point not supported", conv);
			status = 1;
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
