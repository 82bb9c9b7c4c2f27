/* printf_mb: %ls and %lc in the byte printf family. In C.UTF-8 every character comes
 * out as its UTF-8 bytes; in the C locale only ASCII has a form and anything else is
 * EILSEQ. The precision of %ls counts bytes and never cuts a character; width counts
 * bytes too. Expected results are glibc's (this test also runs against it). */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#pragma GCC diagnostic ignored "-Wformat"

static int failed, count;
static char buf[128];

/* snprintf must return wantn, and when it succeeds write want. */
#define T(wantn, want, ...) check(__LINE__, wantn, want, snprintf(buf, sizeof buf, __VA_ARGS__))
/* It must fail with EILSEQ. */
#define BAD(...) do { errno = 0; check(__LINE__, -1, 0, snprintf(buf, sizeof buf, __VA_ARGS__)); \
	if (errno != EILSEQ) { printf("FAIL line %d: errno %d\n", __LINE__, errno); failed = 1; } } while (0)

static void check(int line, int wantn, const char *want, int n)
{
	count++;
	if (n != wantn || (want && strcmp(buf, want))) {
		printf("FAIL line %d: got %d \"%s\" want %d \"%s\"\n", line, n, n < 0 ? "" : buf,
		       wantn, want ? want : "");
		failed = 1;
	}
}

static void c_locale(void)
{
	T(5, "[abc]", "[%ls]", L"abc");
	T(7, "[  abc]", "[%5ls]", L"abc");
	T(4, "[ab]", "[%.2ls]", L"abc");
	T(3, "[x]", "[%lc]", (wint_t)L'x');
	BAD("[%ls]", L"a\xe9z");
	BAD("[%lc]", (wint_t)0xe9);
	BAD("[%lc]", (wint_t)0x20ac);
	/* Only the characters the precision reaches are converted. */
	T(3, "[a]", "[%.1ls]", L"a\xe9");
	T(2, "[]", "[%.0ls]", L"\xe9");
	BAD("[%.2ls]", L"a\xe9z");
	BAD("%d %ls", 5, L"\x100");
}

static void utf8_locale(void)
{
	/* volatile: GCC's idea of the result of "%lc" of a constant 0 is 0 bytes. */
	volatile wint_t nul = 0;
	T(6, "[a\xc3\xa9z]", "[%ls]", L"a\xe9z");
	T(4, "[\xc3\xa9]", "[%lc]", (wint_t)0xe9);
	T(5, "[\xe2\x82\xac]", "[%lc]", (wint_t)0x20ac);
	T(6, "[\xf0\x9f\x98\x80]", "[%lc]", (wint_t)0x1f600);
	T(11, "x\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80" "1", "x%ls%d", L"\xe9\x20ac\x1f600", 1);
	/* Precision in bytes: a character that would be cut is left out whole. */
	T(3, "[a]", "[%.2ls]", L"a\xe9z");
	T(5, "[a\xc3\xa9]", "[%.3ls]", L"a\xe9z");
	T(5, "[a\xc3\xa9]", "[%.4ls]", L"a\xe9\x20ac");
	T(8, "[a\xc3\xa9\xe2\x82\xac]", "[%.6ls]", L"a\xe9\x20ac");
	T(2, "[]", "[%.1ls]", L"\xe9");
	T(2, "[]", "[%.3ls]", L"\x1f600");
	T(6, "[\xf0\x9f\x98\x80]", "[%.*ls]", 4, L"\x1f600");
	/* Width in bytes, too. */
	T(8, "[ \xc3\xa9\xe2\x82\xac]", "[%6ls]", L"\xe9\x20ac");
	T(7, "[\xe2\x82\xac  ]", "[%-5lc]", (wint_t)0x20ac);
	T(4, "[\xc3\xa9]", "[%1ls]", L"\xe9");
	/* A NUL %lc is one byte. */
	T(3, "[", "[%lc]", nul);
	if (buf[1] || buf[2] != ']') { printf("FAIL %%lc of 0\n"); failed = 1; }
	/* Not a character: a surrogate. */
	BAD("[%ls]", L"a\xd800");
	/* Past the precision nothing is looked at. */
	T(3, "[a]", "[%.1ls]", L"a\xd800");
}

/* Through a stream (fprintf, dprintf) as well as into a buffer. */
static void streams(void)
{
	char b[32];
	FILE *f = tmpfile();
	int n;
	count++;
	if (!f || fprintf(f, "%ls|%3lc", L"\xe9\x20ac", (wint_t)0xe9) != 9 || fflush(f) ||
	    pread(fileno(f), b, sizeof b, 0) != 9 || memcmp(b, "\xc3\xa9\xe2\x82\xac| \xc3\xa9", 9)) {
		printf("FAIL fprintf\n");
		failed = 1;
	}
	n = f ? dprintf(fileno(f), "%.2ls", L"\x20ac") : -1;
	count++;
	if (n != 0) {
		printf("FAIL dprintf: %d\n", n);
		failed = 1;
	}
	if (f)
		fclose(f);
}

int main(void)
{
	c_locale();
	if (!setlocale(LC_ALL, "C.UTF-8")) {
		printf("FAIL no C.UTF-8 locale\n");
		return 1;
	}
	utf8_locale();
	streams();
	setlocale(LC_ALL, "C");
	c_locale();
	if (failed)
		return 1;
	printf("printf_mb: %d checks passed\n", count);
	return 0;
}
