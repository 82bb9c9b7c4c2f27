/* fnmatch: wildcards, brackets and classes, escapes, and the flags. */
#include <fnmatch.h>
#include <stdio.h>

static int fails;
#define T(p, s, f, want) do { int r = fnmatch(p, s, f) == 0; \
	if (r == (want)) printf("ok %s %s %s\n", p, s, #want); \
	else { printf("FAIL fnmatch(\"%s\", \"%s\", %s) line %d\n", p, s, #f, __LINE__); fails++; } } while (0)

int main(void)
{
	T("*", "anything", 0, 1);
	T("*", "", 0, 1);
	T("a*b", "ab", 0, 1);
	T("a*b", "axxb", 0, 1);
	T("a*b", "axxbc", 0, 0);
	T("a?c", "abc", 0, 1);
	T("a?c", "ac", 0, 0);
	T("*.c", "x.c", 0, 1);
	T("*.c", "x.h", 0, 0);
	T("[abc]x", "bx", 0, 1);
	T("[!abc]x", "bx", 0, 0);
	T("[^abc]x", "dx", 0, 1);
	T("[a-z]", "q", 0, 1);
	T("[a-z]", "Q", 0, 0);
	T("[]]", "]", 0, 1);
	T("[!]]", "a", 0, 1);
	T("[a-]", "-", 0, 1);
	T("[[:digit:]]*", "9lives", 0, 1);
	T("[[:alpha:][:digit:]]", "_", 0, 0);
	T("\\*", "*", 0, 1);
	T("\\*", "x", 0, 0);
	T("\\*", "\\*", FNM_NOESCAPE, 1);
	T("[", "[", 0, 1);
	T("a/*", "a/b", FNM_PATHNAME, 1);
	T("a*", "a/b", FNM_PATHNAME, 0);
	T("a?b", "a/b", FNM_PATHNAME, 0);
	T("a[/]b", "a/b", FNM_PATHNAME, 0);
	T("*", ".hidden", FNM_PERIOD, 0);
	T(".*", ".hidden", FNM_PERIOD, 1);
	T("a/*", "a/.x", FNM_PATHNAME | FNM_PERIOD, 0);
	T("a/*", "a/.x", FNM_PERIOD, 1);
	T("ABC", "abc", FNM_CASEFOLD, 1);
	T("a", "a/b/c", FNM_LEADING_DIR, 1);
	T("*x*y*z*", "axbyczd", 0, 1);
	T("*x*y*z*", "axbzcyd", 0, 0);
	return fails != 0;
}
