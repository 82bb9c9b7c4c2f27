/* Numbered arguments (POSIX %n$ and *m$) in printf and scanf, byte and wide: reordering,
 * reuse, widths and precisions from arguments, every argument type, 64 arguments (ring3's
 * NL_ARGMAX), and the formats that are refused. Expected outputs are glibc's. */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <sys/types.h>

#pragma GCC diagnostic ignored "-Wpragmas"
#pragma GCC diagnostic ignored "-Wunknown-warning-option"
#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-extra-args"

/* 1 to 64, and pointers to v[0] to v[63]. */
#define A8(b) b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8
#define A64 A8(0), A8(8), A8(16), A8(24), A8(32), A8(40), A8(48), A8(56)
#define P8(b) &v[b], &v[b + 1], &v[b + 2], &v[b + 3], &v[b + 4], &v[b + 5], &v[b + 6], &v[b + 7]
#define P64 P8(0), P8(8), P8(16), P8(24), P8(32), P8(40), P8(48), P8(56)

static int failed, count;
static char buf[512];

#define T(n, want, ...) check(__LINE__, n, want, snprintf(buf, sizeof buf, __VA_ARGS__))

static void check(int line, int wantn, const char *want, int n)
{
	count++;
	if (n != wantn || strcmp(buf, want)) {
		printf("FAIL line %d: got %d \"%s\" want %d \"%s\"\n", line, n, buf, wantn, want);
		failed = 1;
	}
}

#define CHECK(cond) do { count++; if (!(cond)) { \
	printf("FAIL line %d: %s\n", __LINE__, #cond); failed = 1; } } while (0)

#ifdef __ring3__
/* Through a volatile pointer: the compiler would otherwise work out (its own idea of)
 * the result of an undefined format at compile time. */
static const char *F(const char *fmt)
{
	const char *volatile v = fmt;
	return v;
}
#endif

static void print(void)
{
	int n1 = -1, n2 = -1;
	signed char hhn = 0;
	long long lln = 0;
	int x;

	T(3, "b a", "%2$s %1$s", "a", "b");
	T(6, "    7|", "%1$*2$d|", 7, 5);
	T(11, "x=3 y=4 x=3", "x=%1$d y=%2$d x=%1$d", 3, 4);
	T(14, "[ab   ][   cd]", "[%2$-*1$s][%3$*1$s]", 5, "ab", "cd");
	T(14, "   3.14|3.1416", "%1$*2$.*3$f|%1$.*4$f", 3.14159, 7, 2, 4);
	T(10, "0042|  42|", "%1$.*2$d|%1$*3$d|", 42, 4, 4);
	/* A negative width argument means '-'; a negative precision none at all. */
	T(13, "7   |1.500000", "%1$*2$d|%3$.*4$f", 7, -4, 1.5, -1);
	/* Every length of integer. */
	T(26, "-1|-2|-3|-4|-5|6|-7|-8|200", "%1$hhd|%2$hd|%3$d|%4$ld|%5$lld|%6$zu|%7$jd|%8$td|%9$hhu",
	  -1, -2, -3, -4L, -5LL, (size_t)6, (intmax_t)-7, (ptrdiff_t)-8, 456);
	T(54, "65535|ff|777|18446744073709551615|-9223372036854775808",
	  "%1$hu|%2$x|%3$o|%4$lu|%5$lld", 65535, 255, 0777, ULONG_MAX, LLONG_MIN);
#if __LDBL_MANT_DIG__ == 64 || __LDBL_MANT_DIG__ == 113
	T(31, "1.5e+300|0.1|2.5|c|(nil)|0x10|%", "%1$g|%2$.1Lf|%3$.1f|%4$c|%5$p|%6$p|%%",
	  1.5e300, 0.125L, 2.5, 'c', (void *)0, (void *)16);
#endif
	T(17, "1 2 3 4 5 6 7 8 9", "%1$d %2$d %3$d %4$d %5$d %6$d %7$d %8$d %9$d",
	  1, 2, 3, 4, 5, 6, 7, 8, 9);
	T(17, "9 8 7 6 5 4 3 2 1", "%9$d %8$d %7$d %6$d %5$d %4$d %3$d %2$d %1$d",
	  1, 2, 3, 4, 5, 6, 7, 8, 9);
	/* Types mixed in both orders: the fetches must follow the argument list. */
	T(22, "x 2.5 1 -99999999999 y", "%5$c %4$.1f %1$d %2$lld %3$s", 1, -99999999999LL, "y",
	  2.5, 'x');
	T(12, "abc123456def", "abc%2$d%1$d%3$sdef%4$n", 456, 123, "", &n1);
	CHECK(n1 == 12);
	T(5, "ab|cd", "ab%2$n|cd%1$lln%3$hhn", &lln, &n2, &hhn);
	CHECK(n2 == 2 && lln == 5 && hhn == 5);
	/* Literal text before the first conversion, %% anywhere. */
	T(12, "100% 2 of 1%", "100%% %2$d of %1$d%%", 1, 2);
	/* Through the stream functions too, with long double and a wide string. */
	FILE *f = fopen("/dev/null", "w");
	CHECK(f && fprintf(f, "%2$Lg %1$ls", L"wide", 2.0L) == 6);
	if (f)
		fclose(f);

	/* Past nine, and as many as NL_ARGMAX (at least 64 here) allows: "%64$d,%63$d,...". */
	T(20, "10 9 8 7 6 5 4 3 2 1", "%10$d %9$d %8$d %7$d %6$d %5$d %4$d %3$d %2$d %1$d",
	  1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
	CHECK(NL_ARGMAX >= 64);
	{
		char fmt[64 * 8], want[64 * 8], *p = fmt, *w = want;
		for (int i = 64; i >= 1; i--) {
			p += sprintf(p, "%%%d$d,", i);
			w += sprintf(w, "%d,", i);
		}
		CHECK(snprintf(buf, sizeof buf, fmt, A64) == w - want && !strcmp(buf, want));
	}

	/* Formats mixing numbered and unnumbered conversions, numbers out of range, and
	 * gaps have undefined behaviour; ring3 refuses them (glibc prints something). */
#ifdef __ring3__
	x = snprintf(buf, sizeof buf, F("%1$d %d"), 1, 2);
	CHECK(x == -1 && errno == EINVAL);
	errno = 0;
	x = snprintf(buf, sizeof buf, F("%d %1$d"), 1, 2);
	CHECK(x == -1 && errno == EINVAL);
	errno = 0;
	x = snprintf(buf, sizeof buf, F("%1$*d"), 1, 2);
	CHECK(x == -1 && errno == EINVAL);
	errno = 0;
	x = snprintf(buf, sizeof buf, F("%*1$d"), 1, 2);
	CHECK(x == -1 && errno == EINVAL);
	errno = 0;
	x = snprintf(buf, sizeof buf, F("%d %.*1$d"), 1, 2);
	CHECK(x == -1 && errno == EINVAL);
	errno = 0;
	x = snprintf(buf, sizeof buf, F("%1$d %3$d"), 1, 2, 3);
	CHECK(x == -1 && errno == EINVAL);
	errno = 0;
	x = snprintf(buf, sizeof buf, F("%0$d"), 1);
	CHECK(x == -1 && errno == EINVAL);
	errno = 0;
	x = snprintf(buf, sizeof buf, F("%1$d %1$s"), 1);
	CHECK(x == -1 && errno == EINVAL);
	/* One past NL_ARGMAX, as an argument or as a width. */
	{
		char fmt[32];
		snprintf(fmt, sizeof fmt, "%%%d$d", NL_ARGMAX + 1);
		errno = 0;
		x = snprintf(buf, sizeof buf, F(fmt), 1);
		CHECK(x == -1 && errno == EINVAL);
		snprintf(fmt, sizeof fmt, "%%1$*%d$d", NL_ARGMAX + 1);
		errno = 0;
		x = snprintf(buf, sizeof buf, F(fmt), 1, 2);
		CHECK(x == -1 && errno == EINVAL);
		snprintf(fmt, sizeof fmt, "%%1$d %%%d$d", NL_ARGMAX + 1);
		errno = 0;
		CHECK(sscanf("1 2", fmt, &x, &x) == EOF && errno == EINVAL);
	}
	/* The integer-only engine, which stdio.h's macros never give a '$' format. */
	errno = 0;
	x = __snprintf_int(buf, sizeof buf, "%2$d %1$d", 1, 2);
	CHECK(x == -1 && errno == EINVAL);
	errno = 0;
	x = __snprintf_int(buf, sizeof buf, "%*1$d", 1, 2);
	CHECK(x == -1 && errno == EINVAL);
#else
	(void)x;
#endif
}

/* The wide printf and scanf: the same formats, the same argument fetching. */
static void wide(void)
{
	wchar_t wb[512];
	int a = 0, b = 0, v[64];
	long l = 0;
	double d = 0;
	wchar_t ws[16] = L"";
	char s[16] = "";

	CHECK(swprintf(wb, 512, L"%2$ls %1$s", "a", L"b") == 3 && !wcscmp(wb, L"b a"));
	CHECK(swprintf(wb, 512, L"[%2$-*1$ls][%3$*1$s]", 5, L"ab", "cd") == 14 &&
	      !wcscmp(wb, L"[ab   ][   cd]"));
	CHECK(swprintf(wb, 512, L"%1$*2$.*3$f|%1$.*4$f", 3.14159, 7, 2, 4) == 14 &&
	      !wcscmp(wb, L"   3.14|3.1416"));
	CHECK(swprintf(wb, 512, L"%1$hhd|%2$hd|%3$d|%4$ld|%5$lld|%6$zu|%7$jd|%8$td|%9$hhu|%10$x",
		       -1, -2, -3, -4L, -5LL, (size_t)6, (intmax_t)-7, (ptrdiff_t)-8, 456, 255u) == 29 &&
	      !wcscmp(wb, L"-1|-2|-3|-4|-5|6|-7|-8|200|ff"));
	CHECK(swprintf(wb, 512, L"%5$lc %4$.1Lf %1$d %2$lld %3$c %6$p%%", 1, -99999999999LL, 'y',
		       2.5L, (wint_t)L'x', (void *)16) == 28 &&
	      !wcscmp(wb, L"x 2.5 1 -99999999999 y 0x10%"));
	CHECK(swprintf(wb, 512, L"ab%2$n|cd%1$ln", &l, &a) == 5 && a == 2 && l == 5);
	{
		wchar_t fmt[64 * 8], want[64 * 8], *p = fmt, *w = want;
		for (int i = 64; i >= 1; i--) {
			p += swprintf(p, 8, L"%%%d$d,", i);
			w += swprintf(w, 8, L"%d,", i);
		}
		CHECK(swprintf(wb, 512, fmt, A64) == w - want && !wcscmp(wb, want));
	}
	CHECK(swscanf(L"12 34", L"%2$d %1$d", &a, &b) == 2 && a == 34 && b == 12);
	CHECK(swscanf(L"x 7 2.5 99 w", L"%3$s %1$ld %4$lf %2$d %5$ls%6$n", &l, &a, s, &d, ws, &b) == 5 &&
	      !strcmp(s, "x") && l == 7 && d == 2.5 && a == 99 && !wcscmp(ws, L"w") && b == 12);
	CHECK(swscanf(L"1 2 3", L"%*d %2$d %1$d", &a, &b) == 2 && a == 3 && b == 2);
	{
		wchar_t fmt[64 * 8], in[64 * 8], *p = fmt, *w = in;
		for (int i = 64; i >= 1; i--) {
			p += swprintf(p, 8, L"%%%d$d ", i);
			w += swprintf(w, 8, L"%d ", i);
		}
		int ok = swscanf(in, fmt, P64) == 64;
		for (int i = 0; i < 64; i++)
			ok &= v[i] == i + 1;
		CHECK(ok);
	}
#ifdef __ring3__
	errno = 0;
	CHECK(swprintf(wb, 512, L"%1$d %d", 1, 2) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(swprintf(wb, 512, L"%d %1$d", 1, 2) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(swprintf(wb, 512, L"%1$d %3$d", 1, 2, 3) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(swprintf(wb, 512, L"%1$d %1$s", 1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(swprintf(wb, 512, L"%*1$d", 1, 2) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(swprintf(wb, 512, L"%65$d", 1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(swscanf(L"1 2", L"%1$d %d", &a, &b) == EOF && errno == EINVAL);
	errno = 0;
	CHECK(swscanf(L"1 2", L"%d %1$d", &a, &b) == EOF && errno == EINVAL);
	errno = 0;
	CHECK(swscanf(L"1", L"%65$d", &a) == EOF && errno == EINVAL);
#endif
}

static void scan(void)
{
	int a = 0, b = 0, n = 0;
	long l = 0;
	double d = 0;
	char s[16] = "";

	CHECK(sscanf("12 34", "%2$d %1$d", &a, &b) == 2 && a == 34 && b == 12);
	CHECK(sscanf("x 7 2.5 99", "%3$s %1$ld %4$lf %2$d%5$n", &l, &a, s, &d, &n) == 4 &&
	      !strcmp(s, "x") && l == 7 && d == 2.5 && a == 99 && n == 10);
	/* Assignment suppression takes no argument. */
	CHECK(sscanf("1 2 3", "%*d %2$d %1$d", &a, &b) == 2 && a == 3 && b == 2);
	CHECK(sscanf("1 2 3 4 5 6 7 8 9", "%9$d %8$d %7$d %6$d %5$d %4$d %3$d %2$d %1$d",
		     &n, &n, &n, &n, &n, &n, &n, &n, &a) == 9 && a == 1 && n == 9);
	{
		int v[64], ok;
		char fmt[64 * 8], in[64 * 8], *p = fmt, *w = in;
		for (int i = 64; i >= 1; i--) {
			p += sprintf(p, "%%%d$d ", i);
			w += sprintf(w, "%d ", i);
		}
		ok = sscanf(in, fmt, P64) == 64;
		for (int i = 0; i < 64; i++)
			ok &= v[i] == i + 1;
		CHECK(ok);
	}
#ifdef __ring3__
	errno = 0;
	CHECK(sscanf("1 2", F("%1$d %d"), &a, &b) == EOF && errno == EINVAL);
	errno = 0;
	CHECK(sscanf("1 2", F("%d %1$d"), &a, &b) == EOF && errno == EINVAL);
	errno = 0;
	CHECK(sscanf("1", F("%0$d"), &a) == EOF && errno == EINVAL);
#endif
}

int main(void)
{
	print();
	scan();
	wide();
	if (failed)
		return 1;
	printf("printf_pos: %d checks passed\n", count);
	return 0;
}
