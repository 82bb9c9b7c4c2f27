/* Numbered arguments for the printf and scanf engines, byte and wide: fmt_args.h. */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <wchar.h>
#include "fmt_args.h"

enum { T_NONE, T_INT, T_LONG, T_PTR, T_DBL, T_LDBL };

/* Character i of a byte or wide format. */
static unsigned at(const void *fmt, int wide, size_t i)
{
	return wide ? (unsigned)((const wchar_t *)fmt)[i] : ((const unsigned char *)fmt)[i];
}

/* Whether c is one of the ASCII characters in set. */
static int in(unsigned c, const char *set)
{
	return c && c < 128 && strchr(set, c);
}

/* Moves *i past the next '%' that starts a conversion (%% is text); 0 at the end. */
static int next(const void *fmt, int wide, size_t *i)
{
	for (unsigned c; (c = at(fmt, wide, (*i)++));) {
		if (c != '%')
			continue;
		if (at(fmt, wide, *i) != '%')
			return 1;
		++*i;
	}
	return 0;
}

int __fmt_argnum(const void *fmt, int wide, size_t *i)
{
	size_t k = *i;
	int n = 0;
	for (unsigned c; (c = at(fmt, wide, k)) - '0' < 10; k++)
		if (n <= NL_ARGMAX)
			n = n * 10 + (c - '0');
	if (k == *i || at(fmt, wide, k) != '$')
		return 0;
	if (n < 1 || n > NL_ARGMAX)
		return -1;
	*i = k + 1;
	return n;
}

/* Argument n (1-based) has type t; a second use must agree, since va_arg fetches it
 * once, by one type. */
static int note(unsigned char *type, int *max, int n, int t)
{
	if (n <= 0 || (type[n - 1] && type[n - 1] != t))
		return -1;
	type[n - 1] = t;
	if (n > *max)
		*max = n;
	return 0;
}

int __printf_args(const void *fmt, int wide, union __fmt_arg *args, va_list *ap)
{
	unsigned char type[NL_ARGMAX] = { 0 };
	int max = 0, n, len, t, k;
	size_t i = 0;
	unsigned c;

	while (next(fmt, wide, &i)) {
		if ((n = __fmt_argnum(fmt, wide, &i)) <= 0)
			goto invalid;
		while (in(at(fmt, wide, i), "-+ #0'"))
			i++;
		/* Width, then precision: digits or *m$. */
		for (k = 0; k < 2; k++) {
			if (k && at(fmt, wide, i) != '.')
				break;
			i += k;
			if (at(fmt, wide, i) == '*') {
				i++;
				if (note(type, &max, __fmt_argnum(fmt, wide, &i), T_INT) < 0)
					goto invalid;
			}
			while (at(fmt, wide, i) - '0' < 10)
				i++;
		}
		len = L_NONE;
		switch (at(fmt, wide, i)) {
		case 'h': len = at(fmt, wide, i + 1) == 'h' ? (i++, L_HH) : L_H; break;
		case 'l': len = at(fmt, wide, i + 1) == 'l' ? (i++, L_LL) : L_L; break;
		case 'q': len = L_LL; break;
		case 'j': len = L_J; break;
		case 'z': case 'Z': len = L_Z; break;
		case 't': len = L_T; break;
		case 'L': len = L_LD; break;
		}
		if (len)
			i++;
		c = at(fmt, wide, i);
		if (c)
			i++;
		t = in(c, "diouxX") ? (len >= L_L && len <= L_T ? T_LONG : T_INT)
		  : in(c, "cC") ? T_INT
		  : in(c, "psSn") ? T_PTR
		  : in(c, "aAeEfFgG") ? (len == L_LD ? T_LDBL : T_DBL)
		  : T_NONE;
		/* %n$m and what is no conversion take no argument. */
		if (t && note(type, &max, n, t) < 0)
			goto invalid;
	}
	for (n = 0; n < max; n++) {
		switch (type[n]) {
		case T_INT: args[n].i = va_arg(*ap, int); break;
		case T_LONG: args[n].l = va_arg(*ap, long); break;
		case T_PTR: args[n].p = va_arg(*ap, void *); break;
		case T_DBL: args[n].d = va_arg(*ap, double); break;
		case T_LDBL: args[n].ld = va_arg(*ap, long double); break;
		default: goto invalid;	/* a gap */
		}
	}
	return 0;
invalid:
	errno = EINVAL;
	return -1;
}

int __scanf_args(const void *fmt, int wide, size_t i, int first, void **args, va_list *ap)
{
	int max = first, n;

	while (next(fmt, wide, &i)) {
		if ((n = __fmt_argnum(fmt, wide, &i)) < 0 || (!n && at(fmt, wide, i) != '*'))
			return -1;
		if (n > max)
			max = n;
	}
	for (n = 0; n < max; n++)
		args[n] = va_arg(*ap, void *);
	return 0;
}
