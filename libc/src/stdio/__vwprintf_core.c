/* The wide formatter. Numbers (and %p) are ASCII whatever the locale, so each numeric
 * conversion is rebuilt as a narrow one and done by vsnprintf, whose byte counts are then
 * character counts and whose padding is therefore right. The text conversions are done
 * here, because their width and precision count wide characters: %s (a multibyte string
 * decoded with mbrtowc), %ls, %c (an int widened with btowc), %lc. Numbered arguments
 * (%1$d) are not supported: they fail with EINVAL. */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "wstdio.h"
#include "wprintf_impl.h"

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

enum { NONE, HH, H, L, LL, J, Z, T, BIGL };

static int length(const wchar_t **f)
{
	const wchar_t *p = *f;
	int r = NONE;
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

static int integer(struct __wout *o, const char *spec, int len, int sign, va_list *ap)
{
	switch (len) {
	case L: return sign ? number(o, spec, va_arg(*ap, long)) : number(o, spec, va_arg(*ap, unsigned long));
	case LL: return sign ? number(o, spec, va_arg(*ap, long long)) : number(o, spec, va_arg(*ap, unsigned long long));
	case J: return sign ? number(o, spec, va_arg(*ap, intmax_t)) : number(o, spec, va_arg(*ap, uintmax_t));
	case Z: return number(o, spec, va_arg(*ap, size_t));
	case T: return number(o, spec, va_arg(*ap, ptrdiff_t));
	default: return sign ? number(o, spec, va_arg(*ap, int)) : number(o, spec, va_arg(*ap, unsigned));
	}
}

static void store_count(struct __wout *o, int len, va_list *ap)
{
	switch (len) {
	case HH: *va_arg(*ap, signed char *) = (signed char)o->len; break;
	case H: *va_arg(*ap, short *) = (short)o->len; break;
	case L: *va_arg(*ap, long *) = (long)o->len; break;
	case LL: *va_arg(*ap, long long *) = (long long)o->len; break;
	case J: *va_arg(*ap, intmax_t *) = (intmax_t)o->len; break;
	case Z: *va_arg(*ap, size_t *) = o->len; break;
	case T: *va_arg(*ap, ptrdiff_t *) = (ptrdiff_t)o->len; break;
	default: *va_arg(*ap, int *) = (int)o->len; break;
	}
}

/* One conversion after its '%'; *fmt is left after it. */
static int conversion(struct __wout *o, const wchar_t **fmt, va_list *ap)
{
	const wchar_t *f = *fmt;
	char spec[64], *s = spec;
	int left = 0, width = -1, prec = -1;
	*s++ = '%';
	for (; *f && wcschr(L"-+ #0'", *f); f++) {
		if (s < spec + 8) *s++ = (char)*f;
		left |= *f == '-';
	}
	if (*f == '*') {
		f++;
		width = va_arg(*ap, int);
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
			f++;
			prec = va_arg(*ap, int);
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
		return integer(o, spec, len, c == 'd' || c == 'i', ap);
	}
	if (c && wcschr(L"fFeEgGaA", c)) {
		if (len == BIGL) *s++ = 'L';
		*s++ = (char)c, *s = 0;
		return len == BIGL ? number(o, spec, va_arg(*ap, long double))
		                   : number(o, spec, va_arg(*ap, double));
	}
	switch (c) {
	case 'p':
		*s++ = 'p', *s = 0;
		return number(o, spec, va_arg(*ap, void *));
	case 'C': len = L; /* fall through */
	case 'c': {
		wchar_t wc = len == L ? (wchar_t)va_arg(*ap, wint_t) : (wchar_t)btowc(va_arg(*ap, int));
		if (!left && w > 1) pad(o, w - 1);
		out(o, &wc, 1);
		if (left && w > 1) pad(o, w - 1);
		return 0;
	}
	case 'S': len = L; /* fall through */
	case 's':
		return text(o, va_arg(*ap, const void *), len == L, w, p, left);
	case 'n':
		store_count(o, len, ap);
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
			r = conversion(o, &fmt, &ap);
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
