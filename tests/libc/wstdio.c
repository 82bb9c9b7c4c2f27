/* wstdio: wide character streams and wide formatting. fputwc/fgetwc/ungetwc/fgetws/
 * fputws on a tmpfile (bytes on the file are the locale's multibyte encoding),
 * orientation through fwide, fwprintf, and swprintf's formats against expected wide
 * strings: width and precision count wide characters, %s decodes multibyte text,
 * %ls/%c/%lc, numbers as printf, and a result that does not fit is -1. */
#include <errno.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

static int fails;
#define CHECK(c) do { if (!(c)) { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

/* swprintf into a big buffer must give exactly want (and return its length) */
#define SW(want, ...) do { wchar_t b_[256]; int r_ = swprintf(b_, 256, __VA_ARGS__); \
	if (r_ != (int)wcslen(want) || wcscmp(b_, want)) { \
		printf("FAIL line %d: swprintf gave %d \"%ls\"\n", __LINE__, r_, r_ >= 0 ? b_ : L""); fails++; } } while (0)

/* What is on the file, read through its descriptor: reading it through the stream would
 * mix byte and wide calls, which C leaves undefined. The stream is rewound after. */
static ssize_t bytes(FILE *f, char *b, size_t n)
{
	fflush(f);
	ssize_t r = pread(fileno(f), b, n, 0);
	rewind(f);
	return r;
}

static void orientation(void)
{
	FILE *f = tmpfile();
	CHECK(f && fwide(f, 0) == 0);
	CHECK(fwide(f, -1) < 0 && fwide(f, 1) < 0 && fwide(f, 0) < 0);
	fclose(f);
	f = tmpfile();
	CHECK(fputwc(L'a', f) == L'a' && fwide(f, 0) > 0 && fwide(f, -1) > 0);
	fclose(f);
	f = tmpfile();
	CHECK(fwide(f, 5) > 0 && fwide(f, 0) > 0);
	fclose(f);
	/* The first byte I/O makes a stream byte-oriented, for good (C11 7.29.3.5). */
	f = tmpfile();
	CHECK(putc('a', f) == 'a' && fwide(f, 0) < 0 && fwide(f, 1) < 0 && fwide(f, 0) < 0);
	fclose(f);
	f = tmpfile();
	CHECK(fputs("ab", f) >= 0 && fwide(f, 0) < 0);
	fclose(f);
	f = tmpfile();
	CHECK(fprintf(f, "%d", 1) == 1 && fwide(f, 0) < 0);
	fclose(f);
	f = tmpfile();	/* unbuffered: fprintf lends it a buffer for the call */
	CHECK(f && setvbuf(f, 0, _IONBF, 0) == 0 && fprintf(f, "%s", "x") == 1 && fwide(f, 0) < 0);
	fclose(f);
	f = tmpfile();
	CHECK(fwrite("abc", 1, 3, f) == 3 && fwide(f, 0) < 0);
	rewind(f);
	CHECK(fwide(f, 1) < 0);
	fclose(f);
	f = tmpfile();
	CHECK(getc(f) == EOF && fwide(f, 0) < 0 && fwide(f, 1) < 0);
	fclose(f);
	f = tmpfile();
	char b[4];
	CHECK(fgets(b, sizeof b, f) == NULL && fwide(f, 0) < 0);
	fclose(f);
	f = tmpfile();
	CHECK(fread(b, 1, 1, f) == 0 && fwide(f, 0) < 0);
	fclose(f);
#ifdef __ring3__
	/* C11 7.21.2 lists ungetc among the byte I/O functions; glibc's leaves it unoriented. */
	f = tmpfile();
	CHECK(ungetc('x', f) == 'x' && fwide(f, 0) < 0);
	fclose(f);
#endif
	/* The first wide I/O makes it wide, also for reading, and a later byte call (C leaves
	 * that undefined) does not turn it round. */
	f = tmpfile();
	CHECK(fgetwc(f) == WEOF && fwide(f, 0) > 0 && fwide(f, -1) > 0);
	fclose(f);
	f = tmpfile();
	CHECK(ungetwc(L'x', f) == L'x' && fwide(f, 0) > 0);
	fclose(f);
	f = tmpfile();
	CHECK(fwprintf(f, L"%d", 1) == 1 && fwide(f, 0) > 0);
	rewind(f);
	CHECK(fwide(f, -1) > 0);
	fclose(f);
	f = tmpfile();
	int n = 0;
	CHECK(fwscanf(f, L"%d", &n) == EOF && fwide(f, 0) > 0);
	fclose(f);
}

static void ascii_stream(void)
{
	FILE *f = tmpfile();
	CHECK(fputws(L"hi there\nline two\n", f) >= 0);
	CHECK(putwc(L'x', f) == L'x');
	char raw[64];
	ssize_t n = bytes(f, raw, sizeof raw);
	CHECK(n == 19 && !memcmp(raw, "hi there\nline two\nx", 19));
	rewind(f);
	CHECK(fgetwc(f) == L'h' && getwc(f) == L'i');
	CHECK(ungetwc(L'Q', f) == L'Q' && fgetwc(f) == L'Q');
	CHECK(ungetwc(WEOF, f) == WEOF);
	wchar_t line[32];
	CHECK(fgetws(line, 32, f) == line && !wcscmp(line, L" there\n"));
	CHECK(fgetws(line, 5, f) == line && !wcscmp(line, L"line"));
	CHECK(fgetws(line, 32, f) == line && !wcscmp(line, L" two\n"));
	CHECK(fgetws(line, 32, f) == line && !wcscmp(line, L"x"));
	CHECK(fgetws(line, 32, f) == 0 && feof(f));
	CHECK(fgetwc(f) == WEOF);
	/* ungetwc clears end of file */
	CHECK(ungetwc(L'z', f) == L'z' && !feof(f) && fgetwc(f) == L'z');
	fclose(f);
}

static void utf8_stream(void)
{
	FILE *f = tmpfile();
	const wchar_t *text = L"\u00e9t\u00e9 \u4e00\U0001F600!";
	CHECK(fputws(text, f) >= 0);
	char raw[64];
	ssize_t n = bytes(f, raw, sizeof raw);
	CHECK(n == 14 && !memcmp(raw, "\xc3\xa9t\xc3\xa9 \xe4\xb8\x80\xf0\x9f\x98\x80!", 14));
	rewind(f);
	for (const wchar_t *p = text; *p; p++) CHECK(fgetwc(f) == (wint_t)*p);
	CHECK(fgetwc(f) == WEOF && feof(f));
	/* a pushed-back character comes back whole, however many bytes it takes */
	CHECK(ungetwc(L'\u4e00', f) == L'\u4e00' && fgetwc(f) == L'\u4e00');
	fclose(f);
	/* bytes that are not UTF-8 are EILSEQ */
	f = tmpfile();
	CHECK(write(fileno(f), "a\xff" "b", 3) == 3);
	rewind(f);
	CHECK(fgetwc(f) == L'a');
	errno = 0;
	CHECK(fgetwc(f) == WEOF && errno == EILSEQ);
	fclose(f);
	/* fwprintf writes the locale's encoding */
	f = tmpfile();
	CHECK(fwprintf(f, L"%ls|%3lc|%d", L"\u00e9", (wint_t)L'\u4e00', 42) == 8);
	n = bytes(f, raw, sizeof raw);
	CHECK(n == 11 && !memcmp(raw, "\xc3\xa9|  \xe4\xb8\x80|42", 11));
	fclose(f);
}

static void formats(int utf8)
{
	SW(L"", L"");
	SW(L"plain", L"plain");
	SW(L"100%", L"100%%");
	SW(L"42 -7 +3  5 0005", L"%d %i %+d %2d %04d", 42, -7, 3, 5, 5);
	SW(L"ff FF 0x1f 17 4294967295", L"%x %X %#x %o %u", 255, 255, 31, 15, 4294967295u);
	SW(L"-9223372036854775808 18446744073709551615", L"%lld %llu", (long long)INT64_MIN, (unsigned long long)UINT64_MAX);
	SW(L"-1 65535 127 -1", L"%hhd %hu %jd %zd", 255, 65535, (intmax_t)127, (ssize_t)-1);
	SW(L"1.500000 1.5e+00 0.25 0x1p+0", L"%f %.1e %g %a", 1.5, 1.5, 0.25, 1.0);
	SW(L"  3.14|3.14  |", L"%*.*f|%-*.2f|", 6, 2, 3.14159, 6, 3.14159);
	SW(L"1.0000000000", L"%.10Lf", 1.0L);
	SW(L"[abc] [  abc] [abc  ] [ab]", L"[%s] [%5s] [%-5s] [%.2s]", "abc", "abc", "abc", "abc");
	SW(L"[xyz] [  xyz] [x]", L"[%ls] [%5ls] [%.1ls]", L"xyz", L"xyz", L"xyz");
	SW(L"[a] [  b] [c  ]", L"[%c] [%3c] [%-3lc]", 'a', 'b', (wint_t)L'c');
	SW(L"[   7]", L"[%*d]", 4, 7);
	SW(L"[7   ]", L"[%*d]", -4, 7);
	int n1 = -1;
	long n2 = -1;
	SW(L"abcdef", L"abc%ndef%ln", &n1, &n2);
	CHECK(n1 == 3 && n2 == 6);
	/* %p agrees with printf's */
	char pn[64];
	wchar_t pw[64], pwant[64];
	void *ptr = &n1;
	int pl = snprintf(pn, sizeof pn, "%p", ptr);
	for (int i = 0; i <= pl; i++) pwant[i] = (unsigned char)pn[i];
	CHECK(swprintf(pw, 64, L"%p", ptr) == pl && !wcscmp(pw, pwant));
	if (!utf8) return;
	/* width and precision count characters, not bytes */
	SW(L"[  \u00e9t\u00e9] [\u00e9t] [\u4e00\U0001F600 ]", L"[%5s] [%.2s] [%-3ls]",
	   "\xc3\xa9t\xc3\xa9", "\xc3\xa9t\xc3\xa9", L"\u4e00\U0001F600");
	SW(L"[   \u00e9t\u00e9] [\u00e9]", L"[%6ls] [%.1ls]", L"\u00e9t\u00e9", L"\u00e9t\u00e9");
	SW(L"[  \u4e00]", L"[%3lc]", (wint_t)L'\u4e00');
	SW(L"\u00e9 42", L"\u00e9 %d", 42);
	wchar_t b[16];
	errno = 0;
	CHECK(swprintf(b, 16, L"%s", "a\xff") < 0 && errno == EILSEQ);
}

static void truncation(void)
{
	wchar_t b[8];
	wmemset(b, L'#', 8);
	CHECK(swprintf(b, 4, L"%d", 1234) < 0);
	CHECK(swprintf(b, 5, L"%d", 1234) == 4 && !wcscmp(b, L"1234"));
	CHECK(swprintf(b, 3, L"abcdef") < 0);
	CHECK(swprintf(b, 8, L"%ls", L"abcdefgh") < 0);
	CHECK(swprintf(b, 8, L"%ls", L"abcdefg") == 7 && !wcscmp(b, L"abcdefg"));
}

/* open_wmemstream: the buffer and size follow every flush; characters longer than one
 * byte survive being split between two flushes of the byte buffer. */
static void wmemstream(int utf8)
{
	wchar_t *buf = 0;
	size_t size = 1;
	FILE *f = open_wmemstream(&buf, &size);
	CHECK(f != 0);
	CHECK(fflush(f) == 0 && buf && size == 0);
	CHECK(fwide(f, 0) > 0);
	CHECK(fwprintf(f, L"%d-%ls", 12, L"ab") == 5 && fflush(f) == 0);
	CHECK(size == 5 && !wcscmp(buf, L"12-ab"));
	wchar_t c = utf8 ? L'\u4e00' : L'z';
	for (int i = 0; i < 5000; i++) CHECK(fputwc(c, f) == (wint_t)c);
	CHECK(fclose(f) == 0);
	CHECK(size == 5005 && wcslen(buf) == 5005 && !wmemcmp(buf, L"12-ab", 5));
	size_t same = 0;
	for (size_t i = 5; i < size; i++) same += buf[i] == c;
	CHECK(same == 5000);
	free(buf);
}

int main(void)
{
	orientation();
	ascii_stream();
	formats(0);
	truncation();
	wmemstream(0);
	int utf8 = setlocale(LC_ALL, "C.UTF-8") != 0;
	if (utf8) {
		utf8_stream();
		formats(1);
		wmemstream(1);
	} else {
		printf("note: no C.UTF-8 locale: the non-ASCII checks did not run\n");
	}
	printf("%s wstdio\n", fails ? "FAIL" : "ok");
	return fails != 0;
}
