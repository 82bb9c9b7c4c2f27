/* locale_utf8: setlocale's two locales ("C" and C.UTF-8) and how the multibyte
 * functions follow LC_CTYPE: names accepted and refused, setlocale("") from the
 * environment, LC_ALL's composite name taken back, MB_CUR_MAX and CODESET in each,
 * newlocale/uselocale per thread, then mbrtowc and its family in both locales with
 * errors and characters split across calls; wcwidth and the wctype functions in
 * both (samples, and C.UTF-8's classes consistent over every code point). Built against glibc too (its C.UTF-8):
 * what is ring3's choice (names it has no data for, canonical names, the byte-clean
 * C locale) is under __ring3__. */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static const size_t incomplete = (size_t)-2, ilseq = (size_t)-1;

static int is_utf8_name(const char *s)
{
	return s && (!strcmp(s, "C.UTF-8") || !strcmp(s, "C.utf8"));
}

static void names(void)
{
	CHECK(!strcmp(setlocale(LC_ALL, NULL), "C"));	/* programs start in "C" */
	CHECK(MB_CUR_MAX == 1);
	CHECK(!strcmp(nl_langinfo(CODESET), "ANSI_X3.4-1968"));
	CHECK(is_utf8_name(setlocale(LC_ALL, "C.UTF-8")));
	CHECK(MB_CUR_MAX >= 4);
	CHECK(!strcmp(nl_langinfo(CODESET), "UTF-8"));
	CHECK(is_utf8_name(setlocale(LC_CTYPE, NULL)));
	CHECK(setlocale(LC_ALL, "POSIX") && MB_CUR_MAX == 1);
	CHECK(is_utf8_name(setlocale(LC_CTYPE, "C.utf8")) && MB_CUR_MAX >= 4);
	/* a refused name changes nothing */
	CHECK(setlocale(LC_ALL, "no_such_locale") == NULL);
	CHECK(setlocale(LC_CTYPE, "de_DE.ISO-8859-1") == NULL);
	CHECK(setlocale(LC_ALL, "../../etc/passwd") == NULL);
	CHECK(is_utf8_name(setlocale(LC_CTYPE, NULL)));
	/* mixed categories: LC_ALL's name goes back in and restores the same mix */
	CHECK(setlocale(LC_ALL, "C") && setlocale(LC_CTYPE, "C.UTF-8"));
	char all[512];
	snprintf(all, sizeof all, "%s", setlocale(LC_ALL, NULL));
	CHECK(strchr(all, ';') != NULL);
	CHECK(setlocale(LC_ALL, "C") && MB_CUR_MAX == 1);
	CHECK(setlocale(LC_ALL, all) != NULL);
	CHECK(is_utf8_name(setlocale(LC_CTYPE, NULL)) && MB_CUR_MAX >= 4);
	CHECK(!strcmp(setlocale(LC_NUMERIC, NULL), "C"));
#ifdef __ring3__
	/* without locale data, any language_TERRITORY.UTF-8 is C.UTF-8 */
	CHECK(is_utf8_name(setlocale(LC_ALL, "en_US.UTF-8")) && MB_CUR_MAX == 4);
	CHECK(is_utf8_name(setlocale(LC_ALL, "de_DE.utf8")));
	CHECK(is_utf8_name(setlocale(LC_ALL, "sr_RS.UTF-8@latin")));
	CHECK(is_utf8_name(setlocale(LC_ALL, "fr.UTF-8")));
	CHECK(setlocale(LC_ALL, "en_US") == NULL);
	CHECK(setlocale(LC_ALL, "C.UTF-8@x") == NULL);
	CHECK(setlocale(LC_ALL, "e_US.UTF-8") == NULL);
	CHECK(setlocale(LC_ALL, "LC_CTYPE=C.UTF-8;LC_BOGUS=C") == NULL);
	CHECK(!strcmp(setlocale(LC_ALL, "C.utf8"), "C.UTF-8"));
	CHECK(!strcmp(all, "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;"
		"LC_MONETARY=C;LC_MESSAGES=C"));
#endif
	setlocale(LC_ALL, "C");
}

/* POSIX 8.2: LC_ALL, then LC_<category>, then LANG, then the C locale. */
static void environment(void)
{
	unsetenv("LC_ALL");
	unsetenv("LC_CTYPE");
	unsetenv("LANG");
	CHECK(!strcmp(setlocale(LC_ALL, ""), "C") && MB_CUR_MAX == 1);
	setenv("LANG", "C.UTF-8", 1);
	CHECK(setlocale(LC_ALL, "") && MB_CUR_MAX >= 4);
	CHECK(is_utf8_name(setlocale(LC_NUMERIC, NULL)));
	setenv("LC_CTYPE", "C", 1);
	CHECK(setlocale(LC_ALL, "") && MB_CUR_MAX == 1);
	CHECK(is_utf8_name(setlocale(LC_NUMERIC, NULL)));
	setenv("LC_ALL", "C.UTF-8", 1);
	CHECK(setlocale(LC_ALL, "") && MB_CUR_MAX >= 4);
	setenv("LC_ALL", "", 1);	/* empty counts as unset */
	CHECK(setlocale(LC_CTYPE, "") && MB_CUR_MAX == 1);
	setenv("LC_CTYPE", "no_such_locale", 1);
	CHECK(setlocale(LC_ALL, "") == NULL && MB_CUR_MAX == 1);
	unsetenv("LC_ALL");
	unsetenv("LC_CTYPE");
	unsetenv("LANG");
	setlocale(LC_ALL, "C");
}

/* uselocale: per thread, back to the global one with LC_GLOBAL_LOCALE */
static void objects(void)
{
	locale_t u = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	CHECK(u != (locale_t)0);
	CHECK(newlocale(LC_ALL_MASK, "no_such_locale", (locale_t)0) == (locale_t)0);
	CHECK(uselocale((locale_t)0) == LC_GLOBAL_LOCALE);
	CHECK(uselocale(u) == LC_GLOBAL_LOCALE);
	CHECK(MB_CUR_MAX >= 4 && uselocale((locale_t)0) == u);
	CHECK(!strcmp(setlocale(LC_CTYPE, NULL), "C"));	/* the global one is untouched */
	locale_t d = duplocale(u);
	CHECK(d != (locale_t)0);
	CHECK(uselocale(LC_GLOBAL_LOCALE) == u && MB_CUR_MAX == 1);
	freelocale(u);
	CHECK(uselocale(d) == LC_GLOBAL_LOCALE && MB_CUR_MAX >= 4);
	d = newlocale(LC_CTYPE_MASK, "C", d);	/* a base is changed in place */
	CHECK(d != (locale_t)0);
	uselocale(d);
	CHECK(MB_CUR_MAX == 1);
	uselocale(LC_GLOBAL_LOCALE);
	freelocale(d);
}

static void bytes(void)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	wchar_t w = 0;
	CHECK(mbrtowc(&w, "a", 1, &st) == 1 && w == 'a');
	CHECK(mbrtowc(&w, "", 1, &st) == 0 && w == 0);
	CHECK(btowc('a') == 'a' && wctob('a') == 'a' && btowc(EOF) == WEOF);
	char b[8];
	CHECK(wcrtomb(b, L'z', &st) == 1 && b[0] == 'z');
	CHECK(mbtowc(&w, "q", 1) == 1 && w == 'q' && mblen("", 1) == 0);
#ifdef __ring3__
	/* ring3's C locale is byte-clean: every byte is a character */
	CHECK(mbrtowc(&w, "\xe9", 1, &st) == 1 && w == 0xe9);
	CHECK(btowc(0xe9) == 0xe9 && wctob(0xe9) == 0xe9);
	CHECK(wcrtomb(b, 0xe9, &st) == 1 && (unsigned char)b[0] == 0xe9);
	const char *src = "h\xe9!";
	wchar_t ws[8];
	CHECK(mbsrtowcs(ws, &src, 8, &st) == 3 && ws[1] == 0xe9 && src == NULL);
#endif
	errno = 0;
	CHECK(wcrtomb(b, 0x4e00, &st) == ilseq && errno == EILSEQ);
}

static void utf8(void)
{
	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	mbstate_t st;
	memset(&st, 0, sizeof st);
	wchar_t w = 0;
	CHECK(mbrtowc(&w, "\xc3\xa9", 2, &st) == 2 && w == 0xe9);
	CHECK(mbrtowc(&w, "\xf0\x9f\x98\x80", 4, &st) == 4 && w == 0x1f600);
	/* split: (size_t)-2 and the state keeps the start */
	CHECK(mbrtowc(&w, "\xe4", 1, &st) == incomplete && !mbsinit(&st));
	CHECK(mbrtowc(&w, "\xb8", 1, &st) == incomplete);
	CHECK(mbrtowc(&w, "\x80zz", 3, &st) == 1 && w == 0x4e00 && mbsinit(&st));
	CHECK(mbrlen("\xe4\xb8", 2, &st) == incomplete && mbrlen("\x80", 1, &st) == 1);
	CHECK(mbrlen("\xe4\xb8", 2, NULL) == incomplete && mbrlen("\x80", 1, NULL) == 1);
	/* NULL s is mbrtowc(NULL, "", 1): fine between characters, an error inside one */
	CHECK(mbrtowc(NULL, NULL, 0, &st) == 0 && mbsinit(&st));
	CHECK(mbrtowc(&w, "\xe4", 1, &st) == incomplete && mbrtowc(NULL, NULL, 0, &st) == ilseq);
	/* errors: stray continuation, overlong, bad second byte; then what glibc lets
	 * through and RFC 3629 does not: surrogates, past U+10FFFF */
	const char *bad[] = { "\x80", "\xc0\xaf", "\xe4z",
#ifdef __ring3__
		"\xed\xa0\x80", "\xf4\x90\x80\x80",
#endif
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		memset(&st, 0, sizeof st);
		errno = 0;
		CHECK(mbrtowc(&w, bad[i], strlen(bad[i]), &st) == ilseq && errno == EILSEQ);
	}
	memset(&st, 0, sizeof st);
	memset(&st, 0, sizeof st);
	char b[8];
	CHECK(wcrtomb(b, 0x20ac, &st) == 3 && !memcmp(b, "\xe2\x82\xac", 3));
	CHECK(wcrtomb(b, 0x10ffff, &st) == 4 && !memcmp(b, "\xf4\x8f\xbf\xbf", 4));
	errno = 0;
	CHECK(wcrtomb(b, 0xd800, &st) == ilseq && errno == EILSEQ);
#ifdef __ring3__
	errno = 0;
	CHECK(wcrtomb(b, 0x110000, &st) == ilseq && errno == EILSEQ);
#endif
	CHECK(wcrtomb(NULL, 0x4e00, &st) == 1);
	/* btowc/wctob: only ASCII is a single byte */
	CHECK(btowc('a') == 'a' && btowc(0xe9) == WEOF && btowc(EOF) == WEOF);
	CHECK(wctob('a') == 'a' && wctob(0xe9) == EOF);
	/* the non-restartable ones: no shift state, an incomplete character is an error */
	CHECK(mblen(NULL, 0) == 0 && mbtowc(NULL, NULL, 0) == 0 && wctomb(NULL, 0) == 0);
	CHECK(mbtowc(&w, "\xe2\x82\xac", 3) == 3 && w == 0x20ac);
	CHECK(mblen("\xe2\x82\xac", 3) == 3 && mblen("", 1) == 0);
	errno = 0;
	CHECK(mbtowc(&w, "\xe2\x82", 2) == -1);
	errno = 0;
	CHECK(mbtowc(&w, "\xff", 1) == -1 && errno == EILSEQ);
	CHECK(wctomb(b, 0xe9) == 2 && !memcmp(b, "\xc3\xa9", 2));
	CHECK(wctomb(b, 0xdfff) == -1);
	/* strings */
	const char *in = "a\xc3\xa9\xe4\xb8\x80\xf0\x9f\x98\x80";
	wchar_t ws[16];
	CHECK(mbstowcs(NULL, in, 0) == 4);
	CHECK(mbstowcs(ws, in, 16) == 4 && ws[0] == 'a' && ws[1] == 0xe9 && ws[2] == 0x4e00 &&
		ws[3] == 0x1f600 && ws[4] == 0);
	CHECK(mbstowcs(ws, "a\xffz", 16) == (size_t)-1);
	char out[32];
	CHECK(wcstombs(NULL, ws, 0) == strlen(in));
	CHECK(wcstombs(out, ws, sizeof out) == strlen(in) && !strcmp(out, in));
	/* a character that does not fit is not written in part */
	memset(out, 'x', sizeof out);
	CHECK(wcstombs(out, ws, 5) == 3 && out[3] == 'x');
	const wchar_t *wp = ws;
	memset(&st, 0, sizeof st);
	CHECK(wcsrtombs(out, &wp, 4, &st) == 3 && wp == ws + 2);
	CHECK(wcsnrtombs(out, &wp, 1, sizeof out, &st) == 3 && wp == ws + 3 &&
		!memcmp(out, "\xe4\xb8\x80", 3));
	const wchar_t bad_ws[] = { 'a', 0xd800, 0 };
	wp = bad_ws;
	errno = 0;
	CHECK(wcsrtombs(out, &wp, sizeof out, &st) == ilseq && errno == EILSEQ && wp == bad_ws + 1);
	/* mbsnrtowcs stops after nms bytes, in the middle of a character: kept in the state */
	const char *src = in;
	memset(&st, 0, sizeof st);
	CHECK(mbsnrtowcs(ws, &src, 5, 16, &st) == 2 && src == in + 5 && !mbsinit(&st));
	CHECK(mbsrtowcs(ws, &src, 16, &st) == 2 && ws[0] == 0x4e00 && ws[1] == 0x1f600 &&
		src == NULL && mbsinit(&st));
	src = in;
	CHECK(mbsrtowcs(ws, &src, 2, &st) == 2 && src == in + 3);
	src = "ok\xe4\xb8";	/* incomplete before the end: an error */
	errno = 0;
	CHECK(mbsrtowcs(ws, &src, 16, &st) == ilseq && errno == EILSEQ);
	setlocale(LC_CTYPE, "C");
}

static void widths(void)
{
	/* C: printable ASCII is one column, nothing else is printable */
	CHECK(wcwidth('a') == 1 && wcwidth(0) == 0 && wcwidth(7) == -1);
	CHECK(wcwidth(0xe9) == -1 && wcwidth(0x4e00) == -1);
	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	CHECK(wcwidth('a') == 1 && wcwidth(0) == 0);
	CHECK(wcwidth(7) == -1 && wcwidth(0x7f) == -1 && wcwidth(0x9f) == -1);	/* controls */
	CHECK(wcwidth(0x2028) == -1 && wcwidth(0x378) == -1 && wcwidth(0x10ffff) == -1);
	CHECK(wcwidth(-5) == -1 && wcwidth(0x110000) == -1);
	CHECK(wcwidth(0xe9) == 1 && wcwidth(0x416) == 1 && wcwidth(0xe000) == 1);
	CHECK(wcwidth(0x300) == 0 && wcwidth(0x20dd) == 0);	/* combining Mn, Me */
	CHECK(wcwidth(0x200b) == 0 && wcwidth(0x200d) == 0 && wcwidth(0xfeff) == 0);	/* format */
	CHECK(wcwidth(0xad) == 1 && wcwidth(0x600) == 1);	/* visible format characters */
	CHECK(wcwidth(0x1160) == 0 && wcwidth(0xd7b0) == 0);	/* Hangul medial vowels */
	CHECK(wcwidth(0x4e00) == 2 && wcwidth(0xac00) == 2 && wcwidth(0xff01) == 2);	/* wide */
	CHECK(wcwidth(0x3000) == 2 && wcwidth(0x20000) == 2 && wcwidth(0x3248) == 2);
	CHECK(wcwidth(0x1f600) == 2 && wcwidth(0x1f1e6) == 1);	/* emoji; regional indicator */
	const wchar_t s[] = { 'a', 0xe9, 0x4e00, 0x301, 0x1f600, 7, 0 };
	CHECK(wcswidth(s, 5) == 6 && wcswidth(s, 2) == 2 && wcswidth(s, 6) == -1);
	setlocale(LC_CTYPE, "C");
}

static void classes(void)
{
	/* C: only ASCII has a class or a case */
	CHECK(iswalpha('a') && !iswalpha(0xe9) && towupper(0xe9) == 0xe9 && towupper('a') == 'A');
	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	CHECK(iswalpha(0xe9) && iswalpha(0x3b1) && iswalpha(0x416) && iswalpha(0x4e00));
	CHECK(iswalpha(0x345) && iswalpha(0x660) && iswalnum(0x660));	/* Other_Alphabetic; digits */
	CHECK(!iswalpha(0x300) && !iswalpha(0x2014) && !iswalpha(0x1f600));
	CHECK(!iswdigit(0x660) && iswdigit('7') && !iswxdigit(0xff21));	/* digits are 0-9 only */
	CHECK(iswupper(0xc9) && !iswlower(0xc9) && iswlower(0xe9) && !iswupper(0xe9));
	CHECK(iswlower(0xdf) && iswlower(0xaa) && iswupper(0x1f130) && iswupper(0x1c5));
	CHECK(iswspace(0x2003) && iswspace(0x3000) && iswspace(0x2028) && !iswspace(0xa0));
	CHECK(iswblank(0x3000) && !iswblank(0x2028) && !iswblank(0x202f));
	CHECK(iswcntrl(0x85) && iswcntrl(0x2028) && !iswcntrl(0x200b));
	CHECK(iswprint(0xa0) && iswprint(0x3000) && !iswprint(0x2028) && !iswprint(0x378));
	CHECK(iswgraph(0x4e00) && !iswgraph(0x3000) && iswpunct(0x2014) && iswpunct(0x300));
	CHECK(iswpunct(0x1f600) && !iswpunct(0x4e00));
	CHECK(iswctype(0x4e00, wctype("alpha")) && !iswctype(0x4e00, wctype("upper")));
	CHECK(towupper(0xe9) == 0xc9 && towlower(0xc9) == 0xe9 && towlower(0x130) == 0x69);
	CHECK(towupper(0x131) == 0x49 && towupper(0xdf) == 0xdf && towlower(0x1e9e) == 0xdf);
	CHECK(towupper(0x3c2) == 0x3a3 && towlower(0x3a3) == 0x3c3 && towupper(0x1f80) == 0x1f88);
	CHECK(towupper(0x1c5) == 0x1c4 && towlower(0x1c5) == 0x1c6 && towupper(0x10428) == 0x10400);
	CHECK(towupper(0x4e00) == 0x4e00 && towupper(0x10ffff) == 0x10ffff);
	CHECK(towctrans(0x3b1, wctrans("toupper")) == 0x391);
	/* over every code point: the classes hold together as C11 7.30.2 asks */
	unsigned bad = 0;
	for (wint_t c = 0; c < 0x110000; c++) {
		int w = wcwidth(c);
		bad += w < -1 || w > 2;
		bad += !!iswgraph(c) != (iswprint(c) && !iswspace(c));
		bad += !!iswpunct(c) != (iswgraph(c) && !iswalnum(c));
		bad += iswcntrl(c) && iswprint(c);
		bad += (w > 0 && !iswprint(c)) || (w < 0 && iswprint(c) && c >= 0x20);
		bad += towupper(c) != c && !iswlower(c);
		bad += towlower(c) != c && !iswupper(c);
	}
	CHECK(bad == 0);
	setlocale(LC_CTYPE, "C");
}

int main(void)
{
	names();
	environment();
	objects();
	bytes();
	utf8();
	widths();
	classes();
	if (fails) printf("%d FAILED\n", fails);
	return fails != 0;
}
