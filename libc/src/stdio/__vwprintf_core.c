/* The wide formatter. Numbers (and %p) are ASCII whatever the locale, so each numeric
 * conversion is rebuilt as a narrow one and done by vsnprintf, whose byte counts are then
 * character counts and whose padding is therefore right. The text conversions are done
 * here, because their width and precision count wide characters: %s (a multibyte string
 * decoded with mbrtowc), %ls, %c (an int widened with btowc), %lc. Numbered arguments
 * (%1$d, *2$) are fetched ahead by __printf_args, as for printf (fmt_args.h). */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "wstdio.h"
#include "wprintf_impl.h"
#include "fmt_args.h"

static void out(struct __wout *o, const wchar_t *s, size_t n)
{
	for (size_t i = 0; i < n; i++, o->len++) {
		if (o->f) {
			if (!o->err && __fputwc_unlocked(s[i], o->f) == WEOF) o->err = 1;
		} else if (o->len < o->cap) {
			o->buf[o->len] = s[i];
		}
	}
}

static void pad(struct __wout *o, size_t n)
{
	static const wchar_t sp = L' ';
	while (n--) out(o, &sp, 1);
}

/* %s and %ls: count what precision allows, pad, write. */
static int text(struct __wout *o, const void *p, int wide, size_t width, size_t prec, int left)
{
	if (!p) p = wide ? (const void *)L"(null)" : (const void *)"(null)";
	size_t n = 0;
	mbstate_t st = { 0 };
	const char *s = p;
	wchar_t wc;
	if (wide) {
		n = wcsnlen(p, prec);
	} else {
		for (size_t r; n < prec && (r = mbrtowc(&wc, s, MB_LEN_MAX, &st)); s += r, n++)
			if (r == (size_t)-1 || r == (size_t)-2) {
				errno = EILSEQ;
				return -1;
			}
	}
	if (!left && width > n) pad(o, width - n);
	if (wide) {
		out(o, p, n);
	} else {
		memset(&st, 0, sizeof st);
		s = p;
		for (size_t i = 0; i < n; i++) {
			s += mbrtowc(&wc, s, MB_LEN_MAX, &st);
			out(o, &wc, 1);
		}
	}
	if (left && width > n) pad(o, width - n);
	return 0;
}

/* Formats one numeric conversion (spec is the narrow "%...X") and writes it widened. */
static int number(struct __wout *o, const char *spec, ...)
{
	char small[128], *b = small;
	va_list ap, ap2;
	va_start(ap, spec);
	va_copy(ap2, ap);
	int n = vsnprintf(small, sizeof small, spec, ap);
	if (n >= (int)sizeof small && (b = malloc((size_t)n + 1)))
		vsnprintf(b, (size_t)n + 1, spec, ap2);
	va_end(ap2);
	va_end(ap);
	if (n < 0 || !b) return -1;
	for (int i = 0; i < n; i++) {
		wchar_t c = (unsigned char)b[i];
		out(o, &c, 1);
	}
	if (b != small) free(b);
	return 0;
}

static int length(const wchar_t **f)
{
	const wchar_t *p = *f;
	int r = L_NONE;
	switch (*p) {
	case 'h': r = p[1] == 'h' ? (p++, L_HH) : L_H; break;
	case 'l': r = p[1] == 'l' ? (p++, L_LL) : L_L; break;
	case 'q': r = L_LL; break;
	case 'j': r = L_J; break;
	case 'z': case 'Z': r = L_Z; break;
	case 't': r = L_T; break;
	case 'L': r = L_LD; break;
	default: return L_NONE;
	}
	*f = p + 1;
	return r;
}

/* Each value comes from a when there is one (numbered arguments), from ap otherwise.
 * Integers by size: everything from l to t is long-sized (LP64, as printf assumes). */
static int integer(struct __wout *o, const char *spec, int len, int sign, va_list *ap,
		   const union __fmt_arg *a)
{
	if (len >= L_L && len <= L_T) {
		long v = a ? a->l : va_arg(*ap, long);
		return sign ? number(o, spec, v) : number(o, spec, (unsigned long)v);
	}
	int v = a ? a->i : va_arg(*ap, int);
	return sign ? number(o, spec, v) : number(o, spec, (unsigned)v);
}

static void store_count(struct __wout *o, int len, void *p)
{
	switch (len) {
	case L_HH: *(signed char *)p = (signed char)o->len; break;
	case L_H: *(short *)p = (short)o->len; break;
	case L_L: case L_LL: case L_J: case L_Z: case L_T: *(long *)p = (long)o->len; break;
	default: *(int *)p = (int)o->len; break;
	}
}

/* A width or precision from *: the next argument, or with numbered arguments the one
 * *m$ names (checked by __printf_args). */
static int star(const wchar_t **f, va_list *ap, const union __fmt_arg *args)
{
	size_t k = 0;
	if (!args)
		return va_arg(*ap, int);
	int m = __fmt_argnum(*f, 1, &k);
	*f += k;
	return args[m - 1].i;
}

/* One conversion after its '%'; *fmt is left after it. args holds the arguments of a
 * format that numbers them, or is null; a numbered conversion without them returns -3
 * and leaves *fmt alone. */
static int conversion(struct __wout *o, const wchar_t **fmt, va_list *ap,
		      const union __fmt_arg *args)
{
	const wchar_t *f = *fmt;
	const union __fmt_arg *a = 0;
	char spec[64], *s = spec;
	int left = 0, width = -1, prec = -1;
	size_t k = 0;
	int n = *f >= '0' && *f <= '9' ? __fmt_argnum(f, 1, &k) : 0;
	if (n && !args)
		return -3;
	if (n > 0) {
		a = &args[n - 1];	/* __printf_args checked it */
		f += k;
	}
	*s++ = '%';
	for (; *f && wcschr(L"-+ #0'", *f); f++) {
		if (s < spec + 8) *s++ = (char)*f;
		left |= *f == '-';
	}
	if (*f == '*') {
		if (!args && f[1] >= '0' && f[1] <= '9')
			return -3;
		f++;
		width = star(&f, ap, args);
		if (width < 0) {
			left = 1;
			*s++ = '-';
			width = width == INT_MIN ? INT_MAX : -width;
		}
	} else if (*f >= '0' && *f <= '9') {
		for (width = 0; *f >= '0' && *f <= '9'; f++)
			width = width > (INT_MAX - 9) / 10 ? INT_MAX : width * 10 + (*f - '0');
	}
	if (*f == '$') {
		errno = EINVAL;
		return -1;
	}
	if (*f == '.') {
		f++;
		if (*f == '*') {
			if (!args && f[1] >= '0' && f[1] <= '9')
				return -3;
			f++;
			prec = star(&f, ap, args);
		} else {
			for (prec = 0; *f >= '0' && *f <= '9'; f++)
				prec = prec > (INT_MAX - 9) / 10 ? INT_MAX : prec * 10 + (*f - '0');
		}
	}
	if (width >= 0) s += sprintf(s, "%d", width);
	if (prec >= 0) s += sprintf(s, ".%d", prec);
	int len = length(&f);
	wchar_t c = *f++;
	*fmt = f;
	size_t w = width < 0 ? 0 : (size_t)width, p = prec < 0 ? (size_t)-1 : (size_t)prec;
	static const char lens[][3] = { "", "hh", "h", "l", "ll", "j", "z", "t", "L" };
	if (c && wcschr(L"diouxX", c)) {
		s = stpcpy(s, lens[len]);
		*s++ = (char)c, *s = 0;
		return integer(o, spec, len, c == 'd' || c == 'i', ap, a);
	}
	if (c && wcschr(L"fFeEgGaA", c)) {
		if (len == L_LD) *s++ = 'L';
		*s++ = (char)c, *s = 0;
		return len == L_LD ? number(o, spec, a ? a->ld : va_arg(*ap, long double))
		                   : number(o, spec, a ? a->d : va_arg(*ap, double));
	}
	switch (c) {
	case 'p':
		*s++ = 'p', *s = 0;
		return number(o, spec, a ? a->p : va_arg(*ap, void *));
	case 'C': len = L_L; /* fall through */
	case 'c': {
		int v = a ? a->i : va_arg(*ap, int);	/* wint_t and int alike */
		wchar_t wc = len == L_L ? (wchar_t)v : (wchar_t)btowc(v);
		if (!left && w > 1) pad(o, w - 1);
		out(o, &wc, 1);
		if (left && w > 1) pad(o, w - 1);
		return 0;
	}
	case 'S': len = L_L; /* fall through */
	case 's':
		return text(o, a ? a->p : va_arg(*ap, const void *), len == L_L, w, p, left);
	case 'n':
		store_count(o, len, a ? a->p : va_arg(*ap, void *));
		return 0;
	case '%':
		out(o, L"%", 1);
		return 0;
	}
	errno = EINVAL;
	return -1;
}

int __vwprintf_core(struct __wout *o, const wchar_t *fmt, va_list ap0)
{
	union __fmt_arg args[NL_ARGMAX], *a = 0;
	const wchar_t *fmt0 = fmt;
	va_list ap;
	va_copy(ap, ap0);
	int r = 0;
	while (*fmt && r == 0) {
		const wchar_t *pct = wcschr(fmt, L'%');
		size_t n = pct ? (size_t)(pct - fmt) : wcslen(fmt);
		out(o, fmt, n);
		fmt += n;
		if (*fmt) {
			fmt++;
			r = conversion(o, &fmt, &ap, a);
			if (r == -3) {
				/* The first numbered conversion: fetch them all from the start
				 * (a format that took unnumbered ones before is refused), then
				 * this conversion again, from its '%'. */
				va_end(ap);
				va_copy(ap, ap0);
				r = __printf_args(fmt0, 1, args, &ap);
				a = args;
				fmt--;
			}
		}
	}
	va_end(ap);
	if (r || o->err) return -1;
	if (o->len > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return (int)o->len;
}
