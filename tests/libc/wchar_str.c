/* wchar_str: the wide string functions against their definitions, checked on every
 * prefix/offset of a few strings (with non-ASCII characters) by comparing with the
 * obvious loop, plus the edge cases: empty sets and needles, truncation, padding, and
 * wcstok's saved place. */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

static int fails;
#define CHECK(c) do { if (!(c)) { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static const wchar_t *const strs[] = {
	L"", L"a", L"abc", L"abcabd", L"aab", L"\u00e9t\u00e9", L"x\u4e00y\u4e00z", L"ABCabc",
	L"hello, world", L"  \t a,b,,c ", L"\U0001F600\u00e9a",
};
#define NSTRS (sizeof strs / sizeof *strs)

static size_t ref_spn(const wchar_t *s, const wchar_t *set, int in)
{
	size_t i = 0;
	for (; s[i]; i++) {
		int found = 0;
		for (const wchar_t *p = set; *p; p++) found |= *p == s[i];
		if (found != in) break;
	}
	return i;
}

static const wchar_t *ref_str(const wchar_t *h, const wchar_t *n)
{
	size_t hl = wcslen(h), nl = wcslen(n);
	for (size_t i = 0; i + nl <= hl; i++)
		if (!wmemcmp(h + i, n, nl)) return h + i;
	return 0;
}

static void pairs(void)
{
	for (size_t i = 0; i < NSTRS; i++)
		for (size_t j = 0; j < NSTRS; j++)
			for (size_t off = 0; off <= wcslen(strs[i]); off++) {
				const wchar_t *s = strs[i] + off, *t = strs[j];
				CHECK(wcsspn(s, t) == ref_spn(s, t, 1));
				CHECK(wcscspn(s, t) == ref_spn(s, t, 0));
				size_t c = ref_spn(s, t, 0);
				CHECK(wcspbrk(s, t) == (s[c] ? s + c : 0));
				CHECK(wcsstr(s, t) == ref_str(s, t));
				int cmp = wcscmp(s, t);
				int coll = wcscoll(s, t);
				CHECK((cmp > 0) == (coll > 0) && (cmp < 0) == (coll < 0));
				for (size_t n = 0; n < 14; n++) {
					wchar_t buf[64];
					wcscpy(buf, s);
					CHECK(wcsncat(buf, t, n) == buf);
					size_t add = wcslen(t) < n ? wcslen(t) : n;
					CHECK(wcslen(buf) == wcslen(s) + add);
					CHECK(!wmemcmp(buf, s, wcslen(s)) && !wmemcmp(buf + wcslen(s), t, add));
					CHECK(wcsnlen(s, n) == (wcslen(s) < n ? wcslen(s) : n));
				}
			}
}

static void casecmp(void)
{
	CHECK(wcscasecmp(L"ABCabc", L"abcABC") == 0);
	CHECK(wcscasecmp(L"abc", L"ABD") < 0);
	CHECK(wcscasecmp(L"abd", L"ABC") > 0);
	CHECK(wcscasecmp(L"ab", L"ABC") < 0);
	CHECK(wcscasecmp(L"", L"") == 0);
	CHECK(wcsncasecmp(L"abcX", L"ABCy", 3) == 0);
	CHECK(wcsncasecmp(L"abcX", L"ABCy", 4) < 0);
	CHECK(wcsncasecmp(L"a", L"b", 0) == 0);
	CHECK(wcsncasecmp(L"ab", L"AB", 10) == 0);
	CHECK(wcscasecmp(L"_", L"A") < 0);
}

static void copies(void)
{
	wchar_t d[16];
	wmemset(d, L'#', 16);
	CHECK(wcpcpy(d, L"ab\u00e9") == d + 3 && !wcscmp(d, L"ab\u00e9") && d[4] == L'#');
	wmemset(d, L'#', 16);
	CHECK(wcpncpy(d, L"abc", 6) == d + 3 && !wmemcmp(d, L"abc\0\0\0#", 7));
	wmemset(d, L'#', 16);
	CHECK(wcpncpy(d, L"abcdef", 3) == d + 3 && !wmemcmp(d, L"abc#", 4));
	wmemset(d, L'#', 16);
	CHECK(wcpncpy(d, L"abc", 3) == d + 3 && d[3] == L'#');
	/* wcsnlen stops at n even when there is no terminator */
	const wchar_t unterminated[3] = { L'x', L'y', L'z' };
	CHECK(wcsnlen(unterminated, 3) == 3 && wcsnlen(unterminated, 2) == 2);
	/* wcsxfrm: the length, and the copy when it fits */
	wmemset(d, L'#', 16);
	CHECK(wcsxfrm(d, L"hello", 3) == 5); /* d is indeterminate then (C11 7.29.4.4.4) */
	CHECK(wcsxfrm(d, L"hello", 6) == 5 && !wcscmp(d, L"hello"));
	CHECK(wcsxfrm(0, L"abc", 0) == 3);
	wchar_t a[8], b[8];
	wcsxfrm(a, L"ab", 8);
	wcsxfrm(b, L"b", 8);
	CHECK(wcscmp(a, b) < 0 && wcscoll(L"ab", L"b") < 0);
	wcscpy(d, L"ab");
	CHECK(wcsncat(d, L"", 5) == d && !wcscmp(d, L"ab"));
	CHECK(wcsstr(L"abc", L"") != 0 && *wcsstr(L"abc", L"") == L'a');
	CHECK(wcsstr(L"", L"a") == 0);
	CHECK(wcspbrk(L"abc", L"") == 0 && wcsspn(L"abc", L"") == 0 && wcscspn(L"abc", L"") == 3);
}

static void tok(void)
{
	wchar_t s[] = L"  \t a,b,,c \u00e9x\u00e9 ";
	const wchar_t *sep = L" \t,\u00e9";
	wchar_t *save = 0, *t;
	const wchar_t *want[] = { L"a", L"b", L"c", L"x" };
	size_t n = 0;
	for (t = wcstok(s, sep, &save); t; t = wcstok(0, sep, &save)) {
		CHECK(n < 4 && !wcscmp(t, want[n]));
		n++;
	}
	CHECK(n == 4);
	CHECK(wcstok(0, sep, &save) == 0);
	wchar_t only[] = L",,,";
	CHECK(wcstok(only, L",", &save) == 0);
	/* two strings interleaved: the saved place is the caller's, not hidden state */
	wchar_t x[] = L"1 2", y[] = L"a b";
	wchar_t *sx, *sy;
	CHECK(!wcscmp(wcstok(x, L" ", &sx), L"1"));
	CHECK(!wcscmp(wcstok(y, L" ", &sy), L"a"));
	CHECK(!wcscmp(wcstok(0, L" ", &sx), L"2"));
	CHECK(!wcscmp(wcstok(0, L" ", &sy), L"b"));
	CHECK(!wcstok(0, L" ", &sx) && !wcstok(0, L" ", &sy));
}

int main(void)
{
	pairs();
	casecmp();
	copies();
	tok();
	printf("%s wchar_str\n", fails ? "FAIL" : "ok");
	return fails != 0;
}
