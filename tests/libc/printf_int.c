/* The integer-only printf path (stdio.h's printf/fprintf/sprintf/snprintf macros and
 * __printf_int and friends): it prints exactly what the full printf prints, the macros
 * send only literal integer-only formats to it, and every argument is evaluated once.
 * With the host's libc only the through-the-macro behaviour is checked. */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <wchar.h>

#pragma GCC diagnostic ignored "-Wpragmas"
#pragma GCC diagnostic ignored "-Wunknown-warning-option"
#pragma GCC diagnostic ignored "-Wformat-truncation"
#pragma GCC diagnostic ignored "-Wformat-zero-length"

static int failed, count;
static char b1[512];

static void expect(int line, int n, const char *want)
{
	count++;
	if (n != (int)strlen(want) || strcmp(b1, want)) {
		printf("FAIL line %d: got %d \"%s\" want \"%s\"\n", line, n, b1, want);
		failed = 1;
	}
}

static void ok(int line, int cond)
{
	count++;
	if (!cond) {
		printf("FAIL line %d\n", line);
		failed = 1;
	}
}

#ifdef __R3_PF_INT
static char b2[512];

static void same(int line, int n1, int n2)
{
	count++;
	if (n1 != n2 || strcmp(b1, b2)) {
		printf("FAIL line %d: %d \"%s\" but the full printf %d \"%s\"\n", line, n1, b1, n2, b2);
		failed = 1;
	}
}

/* Odd formats on purpose (unknown conversions, a lone %, huge widths). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-extra-args"
#pragma GCC diagnostic ignored "-Wformat-overflow"

/* The integer path against the full one, on the same arguments. */
#define C(...) same(__LINE__, __snprintf_int(b1, sizeof b1, __VA_ARGS__), \
		    (snprintf)(b2, sizeof b2, __VA_ARGS__))
/* The macros' choice for a literal: 1 = the integer path. */
#define ROUTE(want, lit) ok(__LINE__, __R3_PF_INT(lit) == (want))

static void compare(void)
{
	int n1 = -1, n2 = -2;
	signed char hh1 = 0, hh2 = 1;
	short h1 = 0, h2 = 1;
	long l1 = 0, l2 = 1;
	long long ll1 = 0, ll2 = 1;
	intmax_t j1 = 0, j2 = 1;
	ssize_t z1 = 0, z2 = 1;
	ptrdiff_t t1 = 0, t2 = 1;

	C("plain text, no conversion");
	C("");
	C("%d|%i|%u|%o|%x|%X", 0, -1, 4000000000u, 8u, 255u, 255u);
	C("%d|%d|%d", 2147483647, -2147483647 - 1, 42);
	C("%5d|%-5d|%05d|%+d|% d|%+05d|%- 5d|%+-6d|", 42, 42, -42, 7, 7, 7, 3, 3);
	C("%.3d|%.0d|%5.0d|%-+6.3d|%#.0o|%.0x|%.0u", 5, 0, 0, -5, 0u, 0u, 0u);
	C("%*d|%-*d|%*d|%.*d|%.*d|%*.*d", 6, 1, 6, 2, -6, 3, 4, 5, -1, 6, 8, 3, 7);
	C("%hhd|%hhu|%hhx|%hd|%hu|%ho", 300, 300, 511, 70000, 70000, 70000);
	C("%ld|%lu|%lx|%lo|%lld|%llu|%llX", -9223372036854775807L - 1, 18446744073709551615UL,
	  0xdeadbeefUL, 8UL, -1LL, 18446744073709551615ULL, 0xabcdefULL);
	C("%jd|%ju|%zu|%zd|%zx|%td|%tx", (intmax_t)-5, (uintmax_t)5, (size_t)17, (ssize_t)-3,
	  (size_t)255, (ptrdiff_t)-9, (ptrdiff_t)16);
	C("%qd|%Zu", 12LL, (size_t)13);
	C("%o|%#o|%#o|%#x|%#X|%#5x|%#05x|%-#8x|%#.5o|%#x", 8u, 8u, 0u, 255u, 255u, 15u, 15u, 15u,
	  8u, 0u);
	C("%'d|%'u", 1234567, 7654321u);
	C("%c|%5c|%-5c|%c%c", 'a', 'b', 'c', 0, 'd');
	C("%s|%5s|%-5s|%.2s|%5.1s|%-6.3s|%.0s|%s", "abc", "ab", "ab", "abcdef", "xyz", "hello",
	  "gone", "");
	C("%s|%.3s|%.6s|%10s", (char *)0, (char *)0, (char *)0, (char *)0);
	C("%p|%p|%20p|%-20p|%p", (void *)0, (void *)0x1234, (void *)0xabc, (void *)0xabc,
	  (void *)&n1);
	C("100%%|%5%|%-%|%%d", 0);
	C("%k|%y|%", 1);
	C("%+u|% x|%+o", 5u, 6u, 7u);
	C("%0*d|%-0*d", 5, 42, 5, 42);
	C("%2147483647d", 1);
	C("%.2147483648d", 1);

	/* %n, every length, in both paths. */
	same(__LINE__, __snprintf_int(b1, sizeof b1, "abc%ndef%n", &n1, &n1),
	     (snprintf)(b2, sizeof b2, "abc%ndef%n", &n2, &n2));
	ok(__LINE__, n1 == 6 && n2 == 6);
	same(__LINE__, __snprintf_int(b1, sizeof b1, "a%hhnb%hnc%lnd%llne%jnf%znf%tn", &hh1, &h1,
				      &l1, &ll1, &j1, &z1, &t1),
	     (snprintf)(b2, sizeof b2, "a%hhnb%hnc%lnd%llne%jnf%znf%tn", &hh2, &h2, &l2, &ll2,
			&j2, &z2, &t2));
	ok(__LINE__, hh1 == 1 && h1 == 2 && l1 == 3 && ll1 == 4 && j1 == 5 && z1 == 6 && t1 == 7);
	ok(__LINE__, hh1 == hh2 && h1 == h2 && l1 == l2 && ll1 == ll2 && j1 == j2 && z1 == z2 &&
		     t1 == t2);

	/* Truncation, a zero size, and sprintf. */
	same(__LINE__, __snprintf_int(b1, 5, "%d-%s", 123456, "xyz"),
	     (snprintf)(b2, 5, "%d-%s", 123456, "xyz"));
	b1[0] = b2[0] = 'q';
	same(__LINE__, __snprintf_int(b1, 0, "%d", 99), (snprintf)(b2, 0, "%d", 99));
	same(__LINE__, __sprintf_int(b1, "%08x|%s", 0xbeefu, "sp"), (sprintf)(b2, "%08x|%s", 0xbeefu, "sp"));

	/* A format this path cannot print is refused, not misprinted. */
	errno = 0;
	ok(__LINE__, __snprintf_int(b1, sizeof b1, "%f", 1.0) == -1 && errno == EINVAL);
	errno = 0;
	ok(__LINE__, __snprintf_int(b1, sizeof b1, "%m") == -1 && errno == EINVAL);
	errno = 0;
	ok(__LINE__, __snprintf_int(b1, sizeof b1, "%ls", L"x") == -1 && errno == EINVAL);
	errno = 0;
	ok(__LINE__, __snprintf_int(b1, sizeof b1, "%lc", (wint_t)'x') == -1 && errno == EINVAL);

	/* What the macros send where. */
	ROUTE(1, "hello, %s %d\n");
	ROUTE(1, "");
	ROUTE(1, "no conversion at all");
	ROUTE(1, "%-08.3lld|%+5hhx|%#zo|%*.*s");
	ROUTE(1, "%p|%c|%n|%%|%ju|%td|%'d|%5%");
	ROUTE(1, "%lu|%hu|%qd|%Zu|%li|%lX|%hhi");
	ROUTE(1, "%%f is literal text here");
	/* 32 bytes with the terminator is the most the macros look at. */
	ROUTE(1, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxx%d");
	ROUTE(0, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%d");
	ROUTE(0, "%f");
	ROUTE(0, "%d %e");
	ROUTE(0, "%.17g");
	ROUTE(0, "%A");
	ROUTE(0, "%Lf");
	ROUTE(0, "%Ld");
	ROUTE(0, "%m");
	ROUTE(0, "%ls");
	ROUTE(0, "%lc");
	ROUTE(0, "%llc");
	ROUTE(0, "%5ls");
	ROUTE(0, "%S");
	ROUTE(0, "%C");
	ROUTE(0, "%1$d");
	ROUTE(0, "%*1$d");
	ROUTE(0, "trailing %");
	ROUTE(0, "%k");
	ROUTE(0, "%d\0%f");
	ROUTE(0, "caf\xc3\xa9 %\xc3\xa9");
	ROUTE(1, "caf\xc3\xa9 %s");
	{
		/* A pointer's sizeof says nothing of its string, even a known one. */
		const char *p = "%d";
		ROUTE(0, p);
	}
}

#pragma GCC diagnostic pop

/* fprintf and printf on a stream: the same bytes through both paths. */
static void streams(void)
{
	FILE *a = tmpfile(), *b = tmpfile();
	size_t na, nb;
	int ra, rb;

	if (!a || !b) {
		ok(__LINE__, 0);
		return;
	}
	ra = __fprintf_int(a, "%s=%-6d|%#x|%c|%%|%5.2s\n", "k", -12, 255u, 'z', "abc");
	rb = (fprintf)(b, "%s=%-6d|%#x|%c|%%|%5.2s\n", "k", -12, 255u, 'z', "abc");
	ok(__LINE__, ra == rb && ra > 0);
	/* Unbuffered: the call borrows a buffer, as vfprintf does. */
	setvbuf(a, 0, _IONBF, 0);
	setvbuf(b, 0, _IONBF, 0);
	ra = __fprintf_int(a, "%0300d\n", 5);
	rb = (fprintf)(b, "%0300d\n", 5);
	ok(__LINE__, ra == rb && ra == 301);
	rewind(a);
	rewind(b);
	na = fread(b1, 1, sizeof b1 - 1, a);
	nb = fread(b2, 1, sizeof b2 - 1, b);
	b1[na] = b2[nb] = 0;
	same(__LINE__, (int)na, (int)nb);
	fclose(a);
	fclose(b);
	/* A read-only stream fails the same way. */
	a = fopen("/dev/null", "r");
	if (a) {
		errno = 0;
		ra = __fprintf_int(a, "%d", 1);
		ok(__LINE__, ra == -1 && ferror(a));
		fclose(a);
	}
}
#endif

/* Through the macros (or the host's functions): what needs the full printf still
 * works, and each argument is evaluated once. */
static void through_macros(void)
{
	const char *fmts[] = { "%d|%s", "%x" };
	char bufs[2][16];
	FILE *f;
	int k = 0, j = 0, m = 0, n;

	n = snprintf(b1, sizeof b1, "%.3f|%e|%g|%a", 1.5, 100.0, 0.0001, 1.0);
	expect(__LINE__, n, "1.500|1.000000e+02|0.0001|0x1p+0");
	errno = ENOENT;
	n = snprintf(b1, sizeof b1, "%m");
	expect(__LINE__, n, strerror(ENOENT));
	n = snprintf(b1, sizeof b1, "%ls|%lc", L"wide", (wint_t)'c');
	expect(__LINE__, n, "wide|c");
	n = snprintf(b1, sizeof b1, "%d and %f", 3, 0.25);
	expect(__LINE__, n, "3 and 0.250000");
	n = snprintf(b1, sizeof b1, "%-5d|%s|%lu", 42, "int", 7UL);
	expect(__LINE__, n, "42   |int|7");
	n = sprintf(b1, "%s %d", "sprintf", -1);
	expect(__LINE__, n, "sprintf -1");
	/* Formats that are not literals. */
	n = snprintf(b1, sizeof b1, fmts[1], 255u);
	expect(__LINE__, n, "ff");
	{
		static const char arr[] = "%d %s";
		n = snprintf(b1, sizeof b1, arr, 1, "x");
		expect(__LINE__, n, "1 x");
	}

	/* Once each: the format, the destination, the size, the arguments. */
	n = snprintf(b1, sizeof b1, fmts[j++], ++k, "s");
	expect(__LINE__, n, "1|s");
	ok(__LINE__, j == 1 && k == 1);
	n = snprintf(bufs[m++], (j++, sizeof bufs[0]), "%d", ++k);
	ok(__LINE__, m == 1 && j == 2 && k == 2 && n == 1 && !strcmp(bufs[0], "2"));
	n = sprintf(bufs[m++], "%d", ++j);
	ok(__LINE__, m == 2 && j == 3 && n == 1 && !strcmp(bufs[1], "3"));
	n = snprintf(b1, sizeof b1, "%f", (double)++k);
	expect(__LINE__, n, "3.000000");
	ok(__LINE__, k == 3);
	f = tmpfile();
	if (f) {
		FILE *fs[] = { f, 0 };
		int i = 0;
		n = fprintf(fs[i++], "%d%s", ++k, "x");
		ok(__LINE__, i == 1 && k == 4 && n == 2);
		n = fprintf(fs[--i], "%.1f", (double)k++);
		ok(__LINE__, i == 0 && k == 5 && n == 3);
		rewind(f);
		n = (int)fread(b1, 1, sizeof b1 - 1, f);
		b1[n] = 0;
		expect(__LINE__, n, "4x4.0");
		fclose(f);
	}
	/* The parenthesised name is the function itself; so is its address. */
	{
		int (*fp)(char *, size_t, const char *, ...) = &snprintf;
		n = fp(b1, sizeof b1, "%d", 5);
		expect(__LINE__, n, "5");
		n = (snprintf)(b1, sizeof b1, "%d", 6);
		expect(__LINE__, n, "6");
	}
	/* printf itself: flushed into stdout, which the test's output is anyway. */
	fflush(stdout);
}

int main(void)
{
#ifdef __R3_PF_INT
	compare();
	streams();
#endif
	through_macros();
	if (failed)
		return 1;
	printf("printf_int: %d checks passed\n", count);
	return 0;
}
