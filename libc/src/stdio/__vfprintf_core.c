/* The printf engine. Output goes through __fwritex; the caller deals with buffers.
 * Floating point is exact: the binary value is expanded to all of its decimal digits
 * with big-number arithmetic, then rounded half-to-even at the requested place, which
 * is what glibc prints in the default rounding mode.
 *
 * __vfprintf_int.c compiles this file again with PRINTF_INT_ONLY: the same engine
 * without floating point, %m and wide characters (about 6 kB less), for the calls
 * that stdio.h can prove need none of them. There those conversions fail (EINVAL). */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include "stdio_impl.h"
#include "stdio_copy.h"
#include "fmt_args.h"
#ifndef PRINTF_INT_ONLY
#include <wchar.h>
#include "exact_decimal.h"
#include "ldbits.h"
#include "locale_impl.h"
#define CORE __vfprintf_core
#else
#define CORE __vfprintf_int_core
#endif

#define LEFT 1		/* - */
#define PLUS 2		/* + */
#define SPACE 4		/* ' ' */
#define ALT 8		/* # */
#define ZERO 16		/* 0 */
#define GROUP 32	/* ' (the C locale has no grouping) */

/* Tables, not switches: a byte each instead of a jump table each, and no indirect
 * jump to mispredict. */
static const unsigned char flag_of[] = {
	[' ' - ' '] = SPACE, ['#' - ' '] = ALT, ['\'' - ' '] = GROUP,
	['+' - ' '] = PLUS, ['-' - ' '] = LEFT, ['0' - ' '] = ZERO,
};
/* Conversions, by kind: a dense switch over these is a small jump table. */
enum { C_OTHER, C_D, C_U, C_P, C_C, C_S, C_N, C_PCT, C_M, C_FP };
static const unsigned char conv_of[] = {
	['%' - '%'] = C_PCT, ['A' - '%'] = C_FP, ['E' - '%'] = C_FP, ['F' - '%'] = C_FP,
	['G' - '%'] = C_FP, ['X' - '%'] = C_U, ['a' - '%'] = C_FP, ['c' - '%'] = C_C,
	['d' - '%'] = C_D, ['e' - '%'] = C_FP, ['f' - '%'] = C_FP, ['g' - '%'] = C_FP,
	['i' - '%'] = C_D, ['m' - '%'] = C_M, ['n' - '%'] = C_N, ['o' - '%'] = C_U,
	['p' - '%'] = C_P, ['s' - '%'] = C_S, ['u' - '%'] = C_U, ['x' - '%'] = C_U,
};
/* Lengths other than 'l' ('h' is 'hh' when doubled). */
static const unsigned char len_of[] = {
	['L' - 'L'] = L_LD, ['Z' - 'L'] = L_Z, ['h' - 'L'] = L_H, ['j' - 'L'] = L_J,
	['q' - 'L'] = L_LL, ['t' - 'L'] = L_T, ['z' - 'L'] = L_Z,
};

/* Straight into the buffer when it has room and no line buffering to honour (this
 * is every piece of an snprintf); __fwritex otherwise. */
static void out(FILE *f, const char *s, size_t n)
{
	unsigned char *d = f->wpos;
	if (n <= (size_t)(f->wend - d) && f->lbf < 0) {
		f->wpos = d + n;
		/* Most pieces are a few bytes: a call would cost more. */
		if (n <= 16)
			while (n--)
				*d++ = *s++;
		else
#ifdef PRINTF_INT_ONLY
			__stdio_copy(d, (const unsigned char *)s, n);
#else
			memcpy(d, s, n);
#endif
	} else if (n && !(f->flags & F_ERR)) {
		__fwritex((const void *)s, n, f);
	}
}

#ifdef PRINTF_INT_ONLY
/* Plain loops, not the vector string functions: those are kilobytes of code, and
 * this engine's formats are short, as are most of its strings. */
static size_t str_len(const char *s, size_t max)
{
	size_t n = 0;
	while (n < max && s[n])
		n++;
	return n;
}
#define FIND_PCT(s) do { while (*(s) && *(s) != '%') (s)++; } while (0)
#else
#define str_len(s, max) ((max) == SIZE_MAX ? strlen(s) : strnlen(s, max))
/* Literal runs are mostly short: a few bytes are looked at before the call. */
#define FIND_PCT(s) do { const char *s0_ = (s); \
	while (*(s) && *(s) != '%' && (s) - s0_ < 8) (s)++; \
	if (*(s) && *(s) != '%') (s) = strchrnul((s), '%'); } while (0)
#endif

/* c is ' ' or '0'. Padding is copied from a run of it like any other piece: no
 * fill loop of its own, no buffer on the stack. */
static void pad(FILE *f, char c, long n)
{
	static const char runs[2][32] = { "                                ",
					  "00000000000000000000000000000000" };
	const char *r = runs[c == '0'];
	for (; n > 32; n -= 32)
		out(f, r, 32);
	if (n > 0)
		out(f, r, n);
}

static const char pairs[200] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

/* Writes the decimal digits of x backwards ending at end, two at a time (one division
 * by a constant per pair); returns the start. */
static char *fmt_dec(uintmax_t x, char *end)
{
	/* __builtin_: -ffreestanding would otherwise make each a call. */
	for (; x >= 100; x /= 100)
		__builtin_memcpy(end -= 2, pairs + 2 * (x % 100), 2);
	if (x >= 10)
		__builtin_memcpy(end -= 2, pairs + 2 * x, 2);
	else
		*--end = '0' + x;
	return end;
}

/* Writes digits of x in base 10, 8 or 16 backwards ending at end; returns the start. */
static char *fmt_u(uintmax_t x, char *end, int base, const char *digits)
{
	if (base == 10)
		return fmt_dec(x, end);
	int shift = base == 8 ? 3 : 4;
	do
		*--end = digits[x & (base - 1)];
	while (x >>= shift);
	return end;
}

/* The whole of one integer conversion: prefix, zeros from precision or the 0 flag, the
 * digits, and padding to width. Returns the length written. */
static long put_int(FILE *f, uintmax_t x, int neg, int conv, int fl, int w, int p)
{
	char buf[3 * sizeof(uintmax_t) + 4], *end = buf + sizeof buf, *s = end;
	const char *prefix = "";
	size_t plen;
	long len;

	/* The common case, %d or %u alone: sign and digits in one piece. */
	if (p < 0 && !w && (conv == 'd' || conv == 'u')) {
		s = fmt_dec(x, end);
		if (conv == 'd' && (neg || (fl & (PLUS | SPACE))))
			*--s = neg ? '-' : fl & PLUS ? '+' : ' ';
		out(f, s, end - s);
		return end - s;
	}
	/* A precision turns the 0 flag off; the one that # raises for octal below does not. */
	if (p >= 0)
		fl &= ~ZERO;
	/* An explicit zero precision prints nothing for zero. */
	if (x || p)
		s = fmt_u(x, end, conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10,
			  conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef");
	if (conv == 'o') {
		/* # makes the first digit a zero, by raising the precision if need be. */
		if ((fl & ALT) && (s == end || *s != '0') && p <= end - s)
			p = end - s + 1;
	} else if (conv == 'x' || conv == 'X') {
		if ((fl & ALT) && x)
			prefix = conv == 'x' ? "0x" : "0X";
	} else if (conv == 'u') {
		/* No sign for unsigned conversions, whatever the flags say. */
	} else if (neg) {
		prefix = "-";
	} else if (fl & PLUS) {
		prefix = "+";
	} else if (fl & SPACE) {
		prefix = " ";
	}
	if (p < end - s)
		p = end - s;
	plen = !*prefix ? 0 : !prefix[1] ? 1 : 2;
	len = plen + p;
	if (!(fl & (LEFT | ZERO)))
		pad(f, ' ', w - len);
	out(f, prefix, plen);
	if (fl & ZERO)
		pad(f, '0', w - len);
	pad(f, '0', p - (end - s));
	out(f, s, end - s);
	if (fl & LEFT)
		pad(f, ' ', w - len);
	return len > w ? len : w;
}

/* A string of n bytes, padded to width. */
static long put_str(FILE *f, const char *s, size_t n, int fl, int w)
{
	if (!(fl & LEFT))
		pad(f, ' ', w - (long)n);
	out(f, s, n);
	if (fl & LEFT)
		pad(f, ' ', w - (long)n);
	return (long)n > w ? (long)n : w;
}

#ifndef PRINTF_INT_ONLY
/* --- floating point ----------------------------------------------------------------- */

/* Doubles convert to long double exactly, so one path serves both; ldbits.h takes
 * long double apart (x87 extended or binary128). */

/* Rounds d to its first keep digits, half to even. */
static void round_at(char *d, int *nd, int *point, int keep)
{
	int up, i;

	if (keep >= *nd)
		return;
	if (keep <= 0) {
		/* Everything goes: only a value above one half of the unit rounds up. */
		up = !keep && (d[0] > '5' || (d[0] == '5' && *nd > 1));
		d[0] = up ? '1' : '0';
		*nd = 1;
		*point = up ? *point + 1 - keep : 1;
		return;
	}
	up = d[keep] > '5' || (d[keep] == '5' && (*nd > keep + 1 || (d[keep - 1] & 1)));
	*nd = keep;
	if (up) {
		for (i = keep - 1; i >= 0 && d[i] == '9'; i--)
			;
		if (i < 0) {
			d[0] = '1';
			*nd = 1;
			++*point;
			return;
		}
		d[i]++;
		*nd = i + 1;
	}
	while (*nd > 1 && d[*nd - 1] == '0')
		--*nd;
}

/* Hexadecimal floating point, as glibc: doubles (and binary128 long doubles) as
 * 0x1.hhhp+e, x87 long doubles with the leading hex digit taken from the top four bits
 * of the 64-bit significand. */
__attribute__((cold)) static long put_hex(FILE *f, ldm_t m, int ex, int is_ld, const char *prefix, int fl,
		    int w, int p, int upper)
{
	const char *xd = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char body[64], expbuf[8], *es, *b = body;
	unsigned lead;
	ldm_t frac;
	int ndig, e, k;
	long len;

	if (!m) {
		lead = 0;
		frac = 0;
		e = 0;
		ndig = is_ld ? (LD_FRAC == 63 ? 15 : LD_FRAC / 4) : 13;
	} else if (is_ld && LD_FRAC == 63) {
		lead = m >> 60;
		frac = m & (((ldm_t)1 << 60) - 1);
		e = (ex ? ex : 1) - 16383 - 3;
		ndig = 15;
	} else if (is_ld) {
		/* binary128: denormals as 0x0.hhhp-16382 */
		lead = m >> LD_FRAC;
		frac = m & (((ldm_t)1 << LD_FRAC) - 1);
		e = (ex ? ex : 1) - 16383;
		ndig = LD_FRAC / 4;
	} else {
		e = ex - 16383;
		if (e < -1022) {
			/* A double denormal: keep glibc's 0x0.hhhp-1022 form. */
			m >>= -1022 - e;
			e = -1022;
		}
		lead = m >> LD_FRAC;
		frac = (m >> (LD_FRAC - 52)) & (((ldm_t)1 << 52) - 1);
		ndig = 13;
	}
	if (p < 0) {
		/* Exact: drop trailing zero digits. */
		for (p = ndig; p > 0 && !(frac >> (4 * (ndig - p)) & 15); p--)
			;
	} else if (p < ndig) {
		int drop = 4 * (ndig - p);
		ldm_t rem = frac & (((ldm_t)1 << drop) - 1), half = (ldm_t)1 << (drop - 1);
		frac >>= drop;
		if (rem > half || (rem == half && (p ? frac & 1 : lead & 1))) {
			frac++;
			if (4 * p < (int)(8 * sizeof frac) && frac >> (4 * p)) {
				frac = 0;
				lead++;
			}
		}
		ndig = p;
	}
	*b++ = xd[lead & 15];
	if (p || (fl & ALT))
		*b++ = '.';
	for (k = 0; k < p && k < ndig; k++)
		*b++ = xd[frac >> (4 * (ndig - 1 - k)) & 15];
	/* Precision beyond the significand adds zeros, written as padding below. */
	es = fmt_u(e < 0 ? -(unsigned)e : (unsigned)e, expbuf + sizeof expbuf, 10, "0123456789");
	*--es = e < 0 ? '-' : '+';
	*--es = upper ? 'P' : 'p';
	len = strlen(prefix) + 2 + (b - body) + (p - k) + (expbuf + sizeof expbuf - es);
	if (!(fl & (LEFT | ZERO)))
		pad(f, ' ', w - len);
	out(f, prefix, strlen(prefix));
	out(f, upper ? "0X" : "0x", 2);
	if (fl & ZERO)
		pad(f, '0', w - len);
	out(f, body, b - body);
	pad(f, '0', p - k);
	out(f, es, expbuf + sizeof expbuf - es);
	if (fl & LEFT)
		pad(f, ' ', w - len);
	return len > w ? len : w;
}

/* The digits of m * 2^e that rounding needs, when the value is an integer below 2^64
 * plus a fraction of at most 124 bits (every double from about 1e-19 to 1.8e19):
 * integer digits, then fraction digits until sig significant or frac fraction digits
 * are out, each one exact (the fraction times 10 fits 128 bits); then a nonzero digit
 * if anything is left, which is all rounding needs to know of the rest. Same output
 * form as __exact_digits; returns 0 when the value is out of range. */
static int quick_digits(ldm_t m, int e, char *d, int *point, int sig, int frac)
{
	unsigned __int128 r, mask;
	uint64_t ip;
	int nd = 0, k, pos;
	char tmp[20], *t;

	while (!(m & 1)) {
		m >>= 1;
		e++;
	}
	if (m >> 63 >> 1 || e < -124 || (e > 0 && (e >= 64 || (uint64_t)m >> (64 - e))))
		return 0;
	if (e >= 0) {
		ip = (uint64_t)m << e;
		r = 0;
		k = 0;
	} else {
		k = -e;
		ip = k < 64 ? (uint64_t)m >> k : 0;
		r = (uint64_t)m & (((unsigned __int128)1 << k) - 1);
	}
	mask = ((unsigned __int128)1 << k) - 1;
	*point = 0;
	if (ip) {
		t = fmt_dec(ip, tmp + sizeof tmp);
		nd = tmp + sizeof tmp - t;
		memcpy(d, t, nd);
		*point = nd;
	}
	for (pos = 0; r && nd < sig && pos < frac; pos++) {
		r *= 10;
		char c = '0' + (int)(r >> k);
		r &= mask;
		if (nd || c != '0')
			d[nd++] = c;
		else
			--*point;
	}
	if (r)
		d[nd++] = '1';
	else
		while (nd > 1 && d[nd - 1] == '0')
			nd--;
	return nd;
}

static long put_fp(FILE *f, long double y, int is_ld, int conv, int fl, int w, int p)
{
	int se;
	ldm_t m = __ld_split(y, &se);
	int neg = se >> 15 & 1, ex = se & 0x7fff, upper = !(conv & 32), e_form, nd, point;
	const char *prefix = neg ? "-" : fl & PLUS ? "+" : fl & SPACE ? " " : "";
	char d[EXACT_DIGITS], expbuf[8], *es = expbuf + sizeof expbuf;
	long len, plen = strlen(prefix), ilen;

	if (ex == 0x7fff) {
		char buf[8];
		strcpy(buf, prefix);
		/* NaN: any fraction bit below the integer bit */
		strcat(buf, m << (8 * sizeof m - LD_FRAC) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
		return put_str(f, buf, strlen(buf), fl, w);
	}
	conv |= 32;
	if (conv == 'a')
		return put_hex(f, m, ex, is_ld, prefix, fl, w, p, upper);

	if (!m) {
		d[0] = '0';
		nd = 1;
		point = 1;
	} else {
		/* Enough digits to round to p places (%f) or p + 1 figures (%e, %g), and one
		 * more; the exact expansion when the quick one cannot help. */
		int e2 = (ex ? ex : 1) - 16383 - LD_FRAC, q = p < 0 ? 6 : p;
		nd = conv == 'f' ? quick_digits(m, e2, d, &point, INT_MAX, q + 1)
				 : quick_digits(m, e2, d, &point, q + 2, INT_MAX);
		if (!nd)
			nd = __exact_digits(m, e2, d, &point);
	}
	if (p < 0)
		p = 6;
	if (conv == 'g') {
		int x;
		if (!p)
			p = 1;
		round_at(d, &nd, &point, p);
		x = d[0] == '0' ? 0 : point - 1;
		e_form = !(p > x && x >= -4);
		p = e_form ? p - 1 : p - 1 - x;
		if (!(fl & ALT)) {
			/* %g drops trailing zeros: print only the digits there are. */
			int have = e_form ? nd - 1 : nd - point;
			if (p > have)
				p = have > 0 ? have : 0;
		}
	} else if (conv == 'e') {
		e_form = 1;
		round_at(d, &nd, &point, p + 1);
	} else {
		e_form = 0;
		/* keep may be hugely negative for tiny values; that rounds to zero. */
		round_at(d, &nd, &point, point + p < -1 ? -1 : point + p);
	}

	if (e_form) {
		int x = d[0] == '0' ? 0 : point - 1;
		unsigned ux = x < 0 ? -(unsigned)x : (unsigned)x;
		es = fmt_u(ux, es, 10, "0123456789");
		if (ux < 10)
			*--es = '0';
		*--es = x < 0 ? '-' : '+';
		*--es = upper ? 'E' : 'e';
		ilen = 1;
	} else {
		ilen = point > 0 ? point : 1;
	}
	len = plen + ilen + (p || (fl & ALT)) + (long)p + (expbuf + sizeof expbuf - es);
	if (len > INT_MAX)
		return -1;
	if (!(fl & (LEFT | ZERO)))
		pad(f, ' ', w - len);
	out(f, prefix, plen);
	if (fl & ZERO)
		pad(f, '0', w - len);
	if (e_form) {
		int k = nd - 1 < p ? nd - 1 : p;
		out(f, d, 1);
		if (p || (fl & ALT))
			out(f, ".", 1);
		out(f, d + 1, k);
		pad(f, '0', p - k);
		out(f, es, expbuf + sizeof expbuf - es);
	} else {
		long k;
		if (point > 0) {
			out(f, d, point < nd ? point : nd);
			pad(f, '0', point - nd);
		} else {
			out(f, "0", 1);
		}
		if (p || (fl & ALT))
			out(f, ".", 1);
		/* Fraction: zeros before the digits, the digits, zeros after. */
		k = point < 0 ? (-point < p ? -point : p) : 0;
		pad(f, '0', k);
		if (nd > point && p > k) {
			long start = point > 0 ? point : 0, n = nd - start;
			if (n > p - k)
				n = p - k;
			out(f, d + start, n);
			k += n;
		}
		pad(f, '0', p - k);
	}
	if (fl & LEFT)
		pad(f, ' ', w - len);
	return len > w ? len : w;
}

#endif

/* --- the format loop ---------------------------------------------------------------- */

/* Integer arguments are fetched by size: everything from l to t is long-sized on
 * both ABIs this libc has (LP64), and a variadic argument of any of those types is
 * fetched the same way; char and short arrive promoted to int. */
_Static_assert(sizeof(long) == sizeof(long long) && sizeof(long) == sizeof(intmax_t) &&
	       sizeof(long) == sizeof(size_t) && sizeof(long) == sizeof(ptrdiff_t),
	       "the l to t lengths must all be long-sized");

/* One argument fetched ahead, for formats with numbered arguments (%n$), by the same
 * sizes as va_arg fetches them below: fmt_args.h. */
#define arg __fmt_arg

/* Each fetch takes the argument from a when there is one (numbered arguments), from
 * ap otherwise; the engine without numbered arguments passes a constant null, so the
 * test folds away there. */
static inline uintmax_t arg_u(va_list *ap, const union arg *a, int len)
{
	if (len >= L_L && len <= L_T)
		return a ? (unsigned long)a->l : va_arg(*ap, unsigned long);
	unsigned v = a ? (unsigned)a->i : va_arg(*ap, unsigned);
	return len == L_HH ? (unsigned char)v : len == L_H ? (unsigned short)v : v;
}

static inline intmax_t arg_i(va_list *ap, const union arg *a, int len)
{
	if (len >= L_L && len <= L_T)
		return a ? a->l : va_arg(*ap, long);
	int v = a ? a->i : va_arg(*ap, int);
	return len == L_HH ? (signed char)v : len == L_H ? (short)v : v;
}

__attribute__((cold)) static void store_n(void *p, int len, long total)
{
	switch (len) {
	case L_HH: *(signed char *)p = total; break;
	case L_H: *(short *)p = total; break;
	case L_L: *(long *)p = total; break;
	case L_LL: *(long long *)p = total; break;
	case L_J: *(intmax_t *)p = total; break;
	case L_Z: *(ssize_t *)p = total; break;
	case L_T: *(ptrdiff_t *)p = total; break;
	default: *(int *)p = total;
	}
}

#ifndef PRINTF_INT_ONLY
/* %ls and %lc: at most n wide characters as the locale's multibyte bytes. C.UTF-8
 * encodes them all (wcrtomb); the C locale, as in glibc, only ASCII. The precision p
 * counts bytes and never cuts a character (C11 7.21.6.1): one that would not fit ends
 * the output, and characters past it are not looked at. */
__attribute__((cold)) static long put_wide(FILE *f, const wchar_t *ws, long n, long p, int fl, int w)
{
	char mb[MB_LEN_MAX];
	mbstate_t st = { 0 };
	int utf8 = __r3_utf8();
	long len = 0, i, k;

	for (i = 0; i < n && ws[i] && len < p; i++, len += k) {
		k = utf8 ? (long)wcrtomb(mb, ws[i], &st) : (unsigned)ws[i] < 0x80 ? 1 : -1;
		if (k < 0)
			return -2;
		if (k > p - len)
			break;
	}
	n = i;
	if (!(fl & LEFT))
		pad(f, ' ', w - len);
	for (i = 0; i < n; i++) {
		k = utf8 ? (long)wcrtomb(mb, ws[i], &st) : (mb[0] = ws[i], 1);
		out(f, mb, k);
	}
	if (fl & LEFT)
		pad(f, ' ', w - len);
	return len > w ? len : w;
}
#endif

static int num(const char **s)
{
	long n = 0;
	for (; (unsigned)**s - '0' < 10; ++*s)
		if (n <= INT_MAX)
			n = n * 10 + (**s - '0');
	return n > INT_MAX ? -1 : n;
}

/* The argument of a '*' (width or precision) at *s: the next one, or with numbered
 * arguments the one *m$ names (checked already); *s is left after it. */
static inline __attribute__((always_inline)) int star(const char **s, va_list *ap,
						      const union arg *args)
{
	int v;
	if (args) {
		++*s;
		v = args[num(s) - 1].i;
	} else {
		v = va_arg(*ap, int);
	}
	++*s;
	return v;
}

#ifndef PRINTF_INT_ONLY
static int positional(FILE *f, const char *fmt0, const char *spec, long total,
		      int saved_errno, va_list ap);
#endif

/* The format loop proper. args is null, and arguments come from ap, except for formats
 * with numbered arguments: at the first numbered conversion this stops, returns -3 and
 * leaves the conversion in *numbered and the output so far in *total; positional() then
 * checks the format, fetches every argument into args and calls this again from that
 * conversion on. */
static inline __attribute__((always_inline)) int run(FILE *f, const char *fmt, va_list *ap,
						     const union arg *args, long *total_,
						     int saved_errno, const char **numbered)
{
	long n, total = *total_;
	const char *spec;
	(void)saved_errno;

	for (;;) {
		const char *s = fmt;
		FIND_PCT(s);
		int fl = 0, w = 0, p = -1, len = L_NONE, c;
		const union arg *a = 0;

		out(f, fmt, s - fmt);
		total += s - fmt;
		if (total > INT_MAX)
			goto overflow;
		if (!*s)
			break;
		spec = s++;
		/* %n$: checked already, numbered 1 to NL_ARGMAX. */
		if (args && *s != '%') {
			a = &args[num(&s) - 1];
			s++;
		}
		for (unsigned k; (k = (unsigned char)*s - ' ') < sizeof flag_of && flag_of[k]; s++)
			fl |= flag_of[k];
		if (*s == '*') {
			/* *m$ means numbered arguments. */
			if (!args && (unsigned)s[1] - '0' < 10)
				goto numbered;
			if ((w = star(&s, ap, args)) < 0) {
				if (w == INT_MIN)
					goto overflow;
				fl |= LEFT;
				w = -w;
			}
		} else if ((w = num(&s)) < 0) {
			goto overflow;
		} else if (*s == '$' && !args) {
			goto numbered;
		}
		if (*s == '.') {
			s++;
			if (*s == '*') {
				if (!args && (unsigned)s[1] - '0' < 10)
					goto numbered;
				if ((p = star(&s, ap, args)) < 0)
					p = -1;
			} else if ((p = num(&s)) < 0) {
				goto overflow;
			}
		}
		/* Length: 'l' is the common one. */
		if (*s == 'l') {
			len = s[1] == 'l' ? (s++, L_LL) : L_L;
			s++;
		} else if ((unsigned)(unsigned char)*s - 'L' < sizeof len_of &&
			   (len = len_of[(unsigned char)*s - 'L'])) {
			if (*s++ == 'h' && *s == 'h') {
				s++;
				len = L_HH;
			}
		}
		if (fl & LEFT)
			fl &= ~ZERO;
		if (fl & PLUS)
			fl &= ~SPACE;
		c = *s++;
		switch ((unsigned)c - '%' < sizeof conv_of ? conv_of[c - '%'] : C_OTHER) {
		case C_D: {
			intmax_t v = arg_i(ap, a, len);
			c = 'd';
			n = put_int(f, v < 0 ? -(uintmax_t)v : (uintmax_t)v, v < 0, 'd', fl, w, p);
			break;
		}
		case C_U:
			n = put_int(f, arg_u(ap, a, len), 0, c, fl, w, p);
			break;
		case C_P: {
			void *v = a ? a->p : va_arg(*ap, void *);
			if (!v)
				n = put_str(f, "(nil)", 5, fl, w);
			else
				n = put_int(f, (uintptr_t)v, 0, 'x', fl | ALT, w, p);
			break;
		}
		case C_C:
#ifdef PRINTF_INT_ONLY
			if (len == L_L)
				goto unsupported;
#else
			if (len == L_L) {
				wchar_t wc = a ? (wint_t)a->i : va_arg(*ap, wint_t);
				n = wc ? put_wide(f, &wc, 1, LONG_MAX, fl, w) : put_str(f, "", 1, fl, w);
			} else
#endif
			{
				char ch = a ? a->i : va_arg(*ap, int);
				n = put_str(f, &ch, 1, fl, w);
			}
			break;
		case C_S:
#ifdef PRINTF_INT_ONLY
			if (len == L_L)
				goto unsupported;
#else
			if (len == L_L) {
				const wchar_t *ws = a ? a->p : va_arg(*ap, const wchar_t *);
				if (!ws)
					ws = L"(null)";
				n = put_wide(f, ws, LONG_MAX, p < 0 ? LONG_MAX : p, fl, w);
			} else
#endif
			{
				const char *str = a ? a->p : va_arg(*ap, const char *);
				/* glibc prints (null) only when the precision leaves room for it. */
				if (!str)
					str = p < 0 || p >= 6 ? "(null)" : "";
				n = put_str(f, str, str_len(str, p < 0 ? SIZE_MAX : (size_t)p), fl, w);
			}
			break;
		case C_N:
			store_n(a ? a->p : va_arg(*ap, void *), len, total);
			n = 0;
			break;
		case C_PCT:
			/* glibc ignores width and flags here. */
			out(f, "%", 1);
			n = 1;
			break;
#ifndef PRINTF_INT_ONLY
		case C_M: {
			const char *str = strerror(saved_errno);
			n = put_str(f, str, p < 0 ? strlen(str) : strnlen(str, p), fl, w);
			break;
		}
		case C_FP:
			if (len == L_LD)
				n = put_fp(f, a ? a->ld : va_arg(*ap, long double), 1, c, fl, w, p);
			else
				n = put_fp(f, a ? a->d : va_arg(*ap, double), 0, c, fl, w, p);
			break;
#else
		case C_M:
		case C_FP:
			goto unsupported;
#endif
		default:
			/* Not a conversion: print it as it stands, like glibc. */
			if (!c)
				s--;
			n = s - spec;
			out(f, spec, n);
			break;
		}
#ifndef PRINTF_INT_ONLY
		if (n == -2) {
			errno = EILSEQ;
			return -1;
		}
#endif
		if (n < 0 || (total += n) > INT_MAX)
			goto overflow;
		fmt = s;
	}
	return total;
overflow:
	errno = EOVERFLOW;
	return -1;
numbered:
	/* Only reached without args. */
	*numbered = spec;
	*total_ = total;
	return -3;
#ifdef PRINTF_INT_ONLY
unsupported:
	errno = EINVAL;
	return -1;
#endif
}

#ifndef PRINTF_INT_ONLY
/* --- numbered arguments (%n$, *m$) -------------------------------------------------- */

/* A format with numbered arguments, from its first conversion (spec) on: __printf_args
 * reads the whole format and fetches every argument, then run() formats with them. */
__attribute__((cold, noinline)) static int positional(FILE *f, const char *fmt0,
						      const char *spec, long total,
						      int saved_errno, va_list ap)
{
	union arg args[NL_ARGMAX];
	va_list aq;
	int r = -1;

	/* A copy: the fetching and run() take a va_list by address, and ap may be an
	 * array type. */
	va_copy(aq, ap);
	if (!__printf_args(fmt0, 0, args, &aq))
		r = run(f, spec, &aq, args, &total, saved_errno, 0);
	va_end(aq);
	return r;
}
#endif

int CORE(FILE *f, const char *fmt, va_list ap0)
{
	va_list ap;
	long total = 0;
	const char *spec = 0;
	int r;
#ifndef PRINTF_INT_ONLY
	int saved_errno = errno;
#else
	int saved_errno = 0;
#endif

	va_copy(ap, ap0);
	r = run(f, fmt, &ap, 0, &total, saved_errno, &spec);
	va_end(ap);
	if (r == -3) {
#ifndef PRINTF_INT_ONLY
		/* ap0 is untouched: every argument is still to come. */
		return positional(f, fmt, spec, total, saved_errno, ap0);
#else
		/* stdio.h's macros keep '$' formats for the full engine. */
		errno = EINVAL;
		return -1;
#endif
	}
	return r;
}
