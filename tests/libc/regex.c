/* regex: BRE and ERE syntax, leftmost-longest matching, subexpressions,
 * back-references, brackets and classes, anchors with REG_NEWLINE/NOTBOL,
 * REG_ICASE, REG_NOSUB, and compile errors. */
#include <regex.h>
#include <stdio.h>
#include <string.h>

static int fails;

/* Match pat against s; want is "so,eo" of the whole match (or "-" for none),
 * and optionally of group 1. */
static void t(int line, const char *pat, int cf, const char *s, const char *want)
{
	regex_t re;
	regmatch_t m[3];
	char got[64];
	int r = regcomp(&re, pat, cf);
	if (r) {
		snprintf(got, sizeof got, "error %d", r);
	} else {
		r = regexec(&re, s, 3, m, 0);
		if (r) snprintf(got, sizeof got, "-");
		else if (strchr(want, ' '))
			snprintf(got, sizeof got, "%ld,%ld %ld,%ld", (long)m[0].rm_so, (long)m[0].rm_eo,
				(long)m[1].rm_so, (long)m[1].rm_eo);
		else snprintf(got, sizeof got, "%ld,%ld", (long)m[0].rm_so, (long)m[0].rm_eo);
		regfree(&re);
	}
	if (!strcmp(got, want)) printf("ok /%s/ on \"%s\" -> %s\n", pat, s, want);
	else {
		printf("FAIL line %d: /%s/ on \"%s\": got %s, want %s\n", line, pat, s, got, want);
		fails++;
	}
}
#define T(p, f, s, w) t(__LINE__, p, f, s, w)
#define E REG_EXTENDED

int main(void)
{
	T("abc", 0, "xxabcxx", "2,5");
	T("a.c", 0, "abc", "0,3");
	T("a*", 0, "aaab", "0,3");
	T("a*", 0, "baaa", "0,0");
	T("ba*", 0, "xbaaa", "1,5");
	T("a\\{2,3\\}", 0, "aaaa", "0,3");
	T("a\\{2\\}", 0, "a", "-");
	T("\\(ab\\)*c", 0, "ababc", "0,5 2,4");
	T("\\(a*\\)b\\1", 0, "aabaa", "0,5 0,2");
	T("\\(a*\\)b\\1$", 0, "aaba", "1,4 1,2");
	T("^ab", 0, "ab", "0,2");
	T("^ab", 0, "cab", "-");
	T("ab$", 0, "cab", "1,3");
	T("a^b", 0, "a^b", "0,3");
	T("a$b", 0, "a$b", "0,3");
	T("*a", 0, "x*a", "1,3");
	T("a\\|b", 0, "cb", "1,2");
	T("a\\+", 0, "caa", "1,3");
	T("a+", 0, "a+", "0,2");
	T("[abc]\\{2\\}", 0, "xcb", "1,3");
	T("[^abc]", 0, "abcd", "3,4");
	T("[]a]*", 0, "]a]b", "0,3");
	T("[a-c-]*", 0, "ab-c-d", "0,5");
	T("[[:digit:]]\\+", 0, "ab123c", "2,5");
	T("[[:alpha:][:digit:]]*", 0, "a1b2-", "0,4");
	T("x[[.-.]]y", 0, "x-y", "0,3");
	T("a|b", E, "xb", "1,2");
	T("(a|ab)(c|bcd)", E, "abcd", "0,4 0,1");
	T("a|ab|abc", E, "abcd", "0,3");
	T("(a+)(b+)?", E, "aab", "0,3 0,2");
	T("x(a|b)*y", E, "xababy", "0,6 4,5");
	T("a{2,}", E, "aaaaa", "0,5");
	T("a{,2}", E, "aaa", "0,2");
	T("a{1", E, "a{1", "error 9");
	T("()", E, "x", "0,0 0,0");
	T("(a*)+", E, "aab", "0,2 0,2");
	T("^$", E, "", "0,0");
	T("\\.", E, "a.b", "1,2");
	T("\\<foo\\>", E, "a foo b", "2,5");
	T("\\bfo", E, "xfo fo", "4,6");
	T("\\w+", E, "  hi_there!", "2,10");
	T("(.)\\1", E, "abccd", "2,4 2,3");
	T("ABC", E | REG_ICASE, "xabcx", "1,4");
	T("[a-c]+", E | REG_ICASE, "xAbCd", "1,4");
	T("^b", E | REG_NEWLINE, "a\nb", "2,3");
	T("a$", E | REG_NEWLINE, "a\nb", "0,1");
	T("a.b", E | REG_NEWLINE, "a\nb", "-");
	T("a[^x]b", E | REG_NEWLINE, "a\nb", "-");
	T("a.b", E, "a\nb", "0,3");
	T("(", E, "", "error 8");
	T("\\(", 0, "", "error 8");
	T("[a", 0, "", "error 7");
	T("a\\{1", 0, "", "error 9");
	T("\\1", 0, "", "error 6");
	T("[[:nope:]]", 0, "", "error 4");

	regex_t re;
	regcomp(&re, "^a", 0);
	int r = regexec(&re, "ab", 0, 0, REG_NOTBOL);
	printf(r == REG_NOMATCH ? "ok NOTBOL\n" : "FAIL NOTBOL\n");
	fails += r != REG_NOMATCH;
	regfree(&re);
	regcomp(&re, "b+", REG_EXTENDED | REG_NOSUB);
	r = regexec(&re, "abbb", 0, 0, 0);
	printf(r == 0 && re.re_nsub == 0 ? "ok NOSUB\n" : "FAIL NOSUB\n");
	fails += r != 0;
	regfree(&re);
	regcomp(&re, "(a)(b)", REG_EXTENDED);
	printf(re.re_nsub == 2 ? "ok re_nsub\n" : "FAIL re_nsub\n");
	fails += re.re_nsub != 2;
	regfree(&re);
	char buf[64];
	regerror(REG_EBRACK, 0, buf, sizeof buf);
	printf(buf[0] ? "ok regerror\n" : "FAIL regerror\n");
	return fails != 0;
}
