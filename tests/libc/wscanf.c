/* wscanf: swscanf against sscanf on the same ASCII text and format (return value, every
 * stored value, %n), then the wide-only parts: %ls/%lc/%l[ store wide text, %s/%c store
 * multibyte text, widths count wide characters, fwscanf on a stream, EOF before the
 * first conversion, long digit strings. */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static int fails;
#define CHECK(c) do { if (!(c)) { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static void widen(wchar_t *w, const char *s)
{
	while ((*w++ = (unsigned char)*s++));
}

/* Each case: input, format with up to 3 conversions of one kind, compared through
 * sscanf with the same arguments. */
struct ints { const char *in, *fmt; };
static const struct ints int_cases[] = {
	{ "12 -34 +56", "%d %d %d" }, { "0x1f 017 9", "%i %i %i" }, { "ff 777 101", "%x %o %u" },
	{ "  42abc", "%d%n" }, { "12345", "%2d%3d" }, { "-", "%d" }, { "", "%d" }, { "   ", "%d" },
	{ "1,2,3", "%d,%d,%d" }, { "1, 2,x", "%d,%d,%d" }, { "7 8", "%*d %d" },
	{ "100%5", "%d%%%d" }, { "0X10 0x", "%x %x" }, { "abc", "%d" }, { "-12 12", "%u %d" },
	{ "2147483647 -2147483648", "%d %d" }, { "10 20", "%d%n %d" }, { "123456789", "%4i" },
};

static void ints(void)
{
	for (size_t i = 0; i < sizeof int_cases / sizeof *int_cases; i++) {
		const struct ints *c = &int_cases[i];
		int a[4] = { -1, -1, -1, -1 }, b[4] = { -1, -1, -1, -1 };
		wchar_t win[64], wfmt[64];
		widen(win, c->in);
		widen(wfmt, c->fmt);
		int rn = sscanf(c->in, c->fmt, &a[0], &a[1], &a[2], &a[3]);
		int rw = swscanf(win, wfmt, &b[0], &b[1], &b[2], &b[3]);
		if (rn != rw || memcmp(a, b, sizeof a)) {
			printf("FAIL swscanf(\"%s\", \"%s\") = %d %d %d %d, want %d %d %d %d\n", c->in,
			       c->fmt, rw, b[0], b[1], b[2], rn, a[0], a[1], a[2]);
			fails++;
		}
	}
	long long ll;
	short h;
	signed char hh;
	size_t z;
	CHECK(swscanf(L"-9223372036854775807 -3 300 77", L"%lld %hd %hhd %zu", &ll, &h, &hh, &z) == 4);
	CHECK(ll == -9223372036854775807LL && h == -3 && hh == 44 && z == 77);
	void *p = 0, *q = &ll;
	char pb[64];
	wchar_t wpb[64];
	snprintf(pb, sizeof pb, "%p", q);
	widen(wpb, pb);
	CHECK(swscanf(wpb, L"%p", &p) == 1 && p == q);
}

static void floats(void)
{
	static const char *const in[] = {
		"1.5", "-2.25e3", "0x1.8p1", "inf", "-infinity", "nan", "1e-400", ".5", "5.", "3.14abc",
		"1e400", "0.1", "123456789012345678901234567890", "+0.0",
	};
	for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
		wchar_t w[64];
		widen(w, in[i]);
		double a = -1, b = -1;
		float fa = -1, fb = -1;
		long double la = -1, lb = -1;
		int na = -1, nb = -1;
		int rn = sscanf(in[i], "%lf%n", &a, &na), rw = swscanf(w, L"%lf%n", &b, &nb);
		if (rn != rw || na != nb || memcmp(&a, &b, sizeof a)) {
			printf("FAIL swscanf(\"%s\", %%lf) = %d %a %d, want %d %a %d\n", in[i], rw, b, nb, rn, a, na);
			fails++;
		}
		rn = sscanf(in[i], "%f", &fa), rw = swscanf(w, L"%f", &fb);
		CHECK(rn == rw && !memcmp(&fa, &fb, sizeof fa));
		rn = sscanf(in[i], "%Lg", &la), rw = swscanf(w, L"%Lg", &lb);
		CHECK(rn == rw && (la == lb || (la != la && lb != lb)));
	}
	/* a width cuts the number */
	double d;
	int n;
	CHECK(swscanf(L"123.456", L"%4lf%n", &d, &n) == 1 && d == 123.0 && n == 4);
	/* every digit of a long mantissa counts */
	static wchar_t longnum[4100];
	longnum[0] = L'0', longnum[1] = L'.';
	for (int i = 2; i < 4090; i++) longnum[i] = L'0';
	wcscpy(longnum + 4090, L"1e4089");
	CHECK(swscanf(longnum, L"%lf", &d) == 1 && d == 1.0);
}

static void text(void)
{
	char s[32], t[32];
	wchar_t ws[32];
	CHECK(swscanf(L"  hello world", L"%s %31s", s, t) == 2 && !strcmp(s, "hello") && !strcmp(t, "world"));
	CHECK(swscanf(L"abcdef", L"%3s", s) == 1 && !strcmp(s, "abc"));
	CHECK(swscanf(L"xyz", L"%ls", ws) == 1 && !wcscmp(ws, L"xyz"));
	memset(s, '#', sizeof s);
	CHECK(swscanf(L" ab", L"%c%c", &s[0], &s[1]) == 2 && s[0] == ' ' && s[1] == 'a' && s[2] == '#');
	wchar_t wc[3] = { 0, 0, L'#' };
	CHECK(swscanf(L"pq", L"%2lc", wc) == 1 && wc[0] == L'p' && wc[1] == L'q' && wc[2] == L'#');
	CHECK(swscanf(L"abc123def", L"%[a-c]%[0-9]%n", s, t, &(int){ 0 }) == 2 && !strcmp(s, "abc") && !strcmp(t, "123"));
	CHECK(swscanf(L"key=value;", L"%[^=]=%l[^;]", s, ws) == 2 && !strcmp(s, "key") && !wcscmp(ws, L"value"));
	CHECK(swscanf(L"]]x", L"%[]]", s) == 1 && !strcmp(s, "]]"));
	CHECK(swscanf(L"a-b", L"%[-a]", s) == 1 && !strcmp(s, "a-"));
	CHECK(swscanf(L"x", L"%[0-9]", s) == 0);
	CHECK(swscanf(L"", L"%s", s) == EOF);
	CHECK(swscanf(L"  ", L" %c", s) == EOF);
	CHECK(swscanf(L"abc", L"abd%d", &(int){ 0 }) == 0);
	CHECK(swscanf(L"ab", L"abc%d", &(int){ 0 }) == EOF);
	int a = 0, b = 0;
	CHECK(swscanf(L"5 x", L"%d %d", &a, &b) == 1 && a == 5);
}

static void utf8(void)
{
	wchar_t ws[16];
	char s[32];
	int n = 0;
	CHECK(swscanf(L"\u00e9t\u00e9 \u4e00\u4e01x", L"%ls %2ls%n", ws, ws + 8, &n) == 2);
	CHECK(!wcscmp(ws, L"\u00e9t\u00e9") && !wcscmp(ws + 8, L"\u4e00\u4e01") && n == 6);
	CHECK(swscanf(L"\u00e9t\u00e9!", L"%2s", s) == 1 && !strcmp(s, "\xc3\xa9t"));
	CHECK(swscanf(L"\u4e00", L"%c", s) == 1 && !memcmp(s, "\xe4\xb8\x80", 3));
	CHECK(swscanf(L"\u00e9\u00e9\u00e8", L"%l[\u00e9]", ws) == 1 && !wcscmp(ws, L"\u00e9\u00e9"));
	/* a stream: bytes are decoded, and what a conversion reads past is given back */
	FILE *f = tmpfile();
	CHECK(f && fputws(L"\u00e9t\u00e9 42 3.5rest\n", f) >= 0);
	rewind(f);
	double d = 0;
	int i = 0;
	CHECK(fwscanf(f, L"%ls %d %lf", ws, &i, &d) == 3 && !wcscmp(ws, L"\u00e9t\u00e9") && i == 42 && d == 3.5);
	CHECK(fgetwc(f) == L'r');
	CHECK(fwscanf(f, L"%ls", ws) == 1 && !wcscmp(ws, L"est"));
	CHECK(fwscanf(f, L"%ls", ws) == EOF);
	CHECK(fwide(f, 0) > 0);
	fclose(f);
}

int main(void)
{
	ints();
	floats();
	text();
	if (setlocale(LC_ALL, "C.UTF-8")) utf8();
	else printf("note: no C.UTF-8 locale: the non-ASCII checks did not run\n");
	printf("%s wscanf\n", fails ? "FAIL" : "ok");
	return fails != 0;
}
