/* regex: BRE and ERE syntax, leftmost-longest matching and submatch offsets,
 * back-references, brackets and classes, anchors with REG_NEWLINE/NOTBOL/NOTEOL,
 * REG_ICASE, REG_NOSUB, REG_STARTEND, compile errors and their messages, and
 * patterns that would take exponential time in a backtracking matcher.
 * Every expectation is what glibc answers, so the test runs against both libcs. */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int fails;

static void check(int ok, const char *what)
{
	if (ok) printf("ok %s\n", what);
	else {
		printf("FAIL %s\n", what);
		fails++;
	}
}

/* Match pat against s; want is "so,eo" for the whole match then each group
 * (up to 4), "-" for no match, or "error N" for a compile error. */
static void t(int line, const char *pat, int cf, const char *s, const char *want)
{
	regex_t re;
	regmatch_t m[5];
	char got[128];
	int r = regcomp(&re, pat, cf);
	if (r) {
		snprintf(got, sizeof got, "error %d", r);
	} else {
		if (regexec(&re, s, 5, m, 0)) {
			snprintf(got, sizeof got, "-");
		} else {
			int n = snprintf(got, sizeof got, "%d,%d", (int)m[0].rm_so, (int)m[0].rm_eo);
			for (size_t g = 1; g <= re.re_nsub && g < 5; g++)
				n += snprintf(got + n, sizeof got - n, " %d,%d", (int)m[g].rm_so, (int)m[g].rm_eo);
		}
		/* the yes/no question (no positions wanted) must agree */
		int yes = !regexec(&re, s, 0, 0, 0);
		if (yes != (strcmp(want, "-") != 0)) {
			printf("FAIL line %d: /%s/ without positions says %s\n", line, pat, yes ? "match" : "no match");
			fails++;
		}
		regfree(&re);
	}
	if (!strcmp(got, want)) printf("ok /%s/ -> %s\n", pat, want);
	else {
		printf("FAIL line %d: /%s/ on \"%s\": got %s, want %s\n", line, pat, s, got, want);
		fails++;
	}
}
#define T(p, f, s, w) t(__LINE__, p, f, s, w)
#define B 0
#define E REG_EXTENDED

int main(void)
{
	T("abc", B, "xxabcxx", "2,5");
	T("a.c", B, "abc", "0,3");
	T("a*", B, "aaab", "0,3");
	T("a*", B, "baaa", "0,0");
	T("ba*", B, "xbaaa", "1,5");
	T("a\\{2,3\\}", B, "aaaa", "0,3");
	T("a\\{2\\}", B, "a", "-");
	T("a\\{,2\\}", B, "aaa", "0,2");
	T("\\(ab\\)*c", B, "ababc", "0,5 2,4");
	T("\\(a*\\)b\\1", B, "aabaa", "0,5 0,2");
	T("\\(a*\\)b\\1$", B, "aaba", "1,4 1,2");
	T("\\(.\\)\\(.\\)\\2\\1", B, "xabbay", "1,5 1,2 2,3");
	T("\\([a-c]*\\)\\1", B, "abcabcx", "0,6 0,3");
	T("^ab", B, "ab", "0,2");
	T("^ab", B, "cab", "-");
	T("ab$", B, "cab", "1,3");
	T("a^b", B, "a^b", "0,3");
	T("a$b", B, "a$b", "0,3");
	T("*a", B, "x*a", "1,3");
	T("^*a", B, "*a", "0,2");
	T("\\(*a\\)", B, "*a", "0,2 0,2");
	T("a\\|b", B, "cb", "1,2");
	T("a\\+", B, "caa", "1,3");
	T("a\\?b", B, "xb", "1,2");
	T("a+", B, "a+", "0,2");
	T("a|b", B, "a|b", "0,3");
	T("[abc]\\{2\\}", B, "xcb", "1,3");
	T("[^abc]", B, "abcd", "3,4");
	T("[]a]*", B, "]a]b", "0,3");
	T("[^]a]", B, "]ab", "2,3");
	T("[a-c-]*", B, "ab-c-d", "0,5");
	T("[[:digit:]]\\+", B, "ab123c", "2,5");
	T("[[:alpha:][:digit:]]*", B, "a1b2-", "0,4");
	T("[[:space:]]", B, "a b", "1,2");
	T("[[:upper:]][[:lower:]]*", B, "xHello", "1,6");
	T("[[:punct:]]*", B, ".,;a", "0,3");
	T("[[:xdigit:]]*", B, "fF09g", "0,4");
	T("x[[.-.]]y", B, "x-y", "0,3");
	T("x[[=a=]]y", B, "xay", "0,3");
	T("\\.", B, "a.b", "1,2");
	T("\\*", B, "a*b", "1,2");
	T("\\\\", B, "a\\b", "1,2");
	T("\\<foo\\>", B, "a foo b", "2,5");
	T("\\bfo", B, "xfo fo", "4,6");
	T("o\\b", B, "foo bar", "2,3");
	T("\\Bo\\B", B, "foo bar", "1,2");
	T("\\w\\+", B, "  hi_there!", "2,10");
	T("\\W\\+", B, "ab, cd", "2,4");
	T("\\s\\+", B, "a  b", "1,3");
	T("\\S\\+", B, "  ab  ", "2,4");
	T("\\(a\\)\\(b\\)\\(c\\)", B, "abc", "0,3 0,1 1,2 2,3");
	T("\\(a\\|b\\)*c", B, "abac", "0,4 2,3");
	T("\\(\\(a\\)b\\)*", B, "abab", "0,4 2,4 2,3");
	T(".*", B, "abc", "0,3");
	T(".\\{3\\}", B, "abcd", "0,3");
	T("x*", B, "", "0,0");
	T("^$", B, "", "0,0");
	T("\\(^a\\)", B, "ab", "0,1 0,1");
	T("a\\{0\\}b", B, "ab", "1,2");
	T("\\(a\\)\\{2\\}", B, "aa", "0,2 1,2");
	T("a|b", E, "xb", "1,2");
	T("(a|ab)(c|bcd)", E, "abcd", "0,4 0,1 1,4");
	T("a|ab|abc", E, "abcd", "0,3");
	T("(a+)(b+)?", E, "aab", "0,3 0,2 2,3");
	T("x(a|b)*y", E, "xababy", "0,6 4,5");
	T("a{2,}", E, "aaaaa", "0,5");
	T("a{,2}", E, "aaa", "0,2");
	T("a{1,2}b", E, "aaab", "1,4");
	T("()", E, "x", "0,0 0,0");
	T("(a*)+", E, "aab", "0,2 0,2");
	T("(a*)*", E, "b", "0,0 0,0");
	T("(a*)*", E, "aab", "0,2 0,2");
	T("(a*){1,2}", E, "aa", "0,2 0,2");
	T("(a|b)?c", E, "c", "0,1 -1,-1");
	T("^$", E, "", "0,0");
	T("\\.", E, "a.b", "1,2");
	T("\\<foo\\>", E, "a foo b", "2,5");
	T("\\bfo", E, "xfo fo", "4,6");
	T("\\w+", E, "  hi_there!", "2,10");
	T("(.)\\1", E, "abccd", "2,4 2,3");
	T("([a-z]+)\\1", E, "xyzxyzw", "0,6 0,3");
	T("(a)|b", E, "b", "0,1 -1,-1");
	T("(a)|(b)", E, "b", "0,1 -1,-1 0,1");
	T("((a)|(b))+", E, "ab", "0,2 1,2 0,1 1,2");
	T("(a|b)+", E, "abba", "0,4 3,4");
	T("(ab|a)(bc|c)", E, "abc", "0,3 0,2 2,3");
	T("(a*)(b*)", E, "aabb", "0,4 0,2 2,4");
	T("(a*)(a*)", E, "aa", "0,2 0,2 2,2");
	T("(a?)((ab)?)", E, "ab", "0,2 0,0 0,2 0,2");
	T("[0-9]+\\.[0-9]*", E, "v1.25x", "1,5");
	T("[a-z]+@[a-z]+\\.com", E, "mail bob@example.com now", "5,20");
	T("^[^:]*:", E, "root:x:0", "0,5");
	T("(foo|foobar)x", E, "foobarx", "0,7 0,6");
	T("a{3}", E, "aaaa", "0,3");
	T("(ab){2}", E, "ababab", "0,4 2,4");
	T("a.c", E, "a\nc", "0,3");
	T("a)", E, "xa)", "1,3");
	T(")", E, ")", "0,1");
	T("a|", E, "b", "0,0");
	T("|a", E, "b", "0,0");
	T("a**", E, "aa", "0,2");
	T("a+*", E, "aa", "0,2");
	T("[[:alpha:]]+", E, "12ab34", "2,4");
	T("[^[:alpha:]]+", E, "ab12cd", "2,4");
	T("[a\\]]+", E, "a\\]", "1,3");
	T("x{0}y", E, "xy", "1,2");
	T("(^a|b)", E, "ab", "0,1 0,1");
	T("a$|b", E, "ab", "1,2");
	T("ABC", E | REG_ICASE, "xabcx", "1,4");
	T("[a-c]+", E | REG_ICASE, "xAbCd", "1,4");
	T("[^a]+", E | REG_ICASE, "AAbB", "2,4");
	T("\\(a\\)\\1", B | REG_ICASE, "aA", "0,2 0,1");
	T("^b", E | REG_NEWLINE, "a\nb", "2,3");
	T("a$", E | REG_NEWLINE, "a\nb", "0,1");
	T("a.b", E | REG_NEWLINE, "a\nb", "-");
	T("a[^x]b", E | REG_NEWLINE, "a\nb", "-");
	T("^$", E | REG_NEWLINE, "a\n\nb", "2,2");
	T("a.b", E, "a\nb", "0,3");
	T("\\(", B, "x", "error 8");
	T("\\)", B, "x", "error 8");
	T("a\\)", B, "x", "error 8");
	T("[a", B, "x", "error 7");
	T("[", B, "x", "error 2");
	T("[^", B, "x", "error 2");
	T("a\\{1", B, "x", "error 9");
	T("a\\{1,2", B, "x", "error 9");
	T("a\\{2,1\\}", B, "x", "error 10");
	T("a\\{x\\}", B, "x", "error 10");
	T("\\1", B, "x", "error 6");
	T("\\(a\\)\\2", B, "x", "error 6");
	T("[[:nope:]]", B, "x", "error 4");
	T("[b-a]", B, "x", "error 11");
	T("a**", B, "x", "error 13");
	T("\\{1\\}", B, "x", "error 13");
	T("a\\", B, "x", "error 5");
	T("(", E, "x", "error 8");
	T("a(b", E, "x", "error 8");
	T("*a", E, "x", "error 13");
	T("a|*b", E, "x", "error 13");
	T("(*a)", E, "x", "error 13");
	T("^*", E, "x", "error 13");
	T("$*", E, "x", "error 13");
	T("+a", E, "x", "error 13");
	T("a{1", E, "x", "error 9");
	T("a{x", E, "x", "error 9");
	T("a{2,1}", E, "x", "error 10");
	T("{", E, "x", "error 13");
	T("[a", E, "x", "error 7");
	T("[[:nope:]]", E, "x", "error 4");
	T("[z-a]", E, "x", "error 11");
	T("a\\", E, "x", "error 5");
	T("(a)\\2", E, "x", "error 6");

	regex_t re;
	regmatch_t m[3];
	int r;

	/* REG_NOTBOL, REG_NOTEOL */
	regcomp(&re, "^a", 0);
	check(regexec(&re, "ab", 0, 0, REG_NOTBOL) == REG_NOMATCH, "NOTBOL");
	regfree(&re);
	regcomp(&re, "^a", REG_NEWLINE);
	check(regexec(&re, "b\nab", 1, m, REG_NOTBOL) == 0 && m[0].rm_so == 2, "NOTBOL with REG_NEWLINE");
	regfree(&re);
	regcomp(&re, "b$", 0);
	check(regexec(&re, "ab", 0, 0, REG_NOTEOL) == REG_NOMATCH, "NOTEOL");
	regfree(&re);

	/* REG_NOSUB */
	regcomp(&re, "b+", REG_EXTENDED | REG_NOSUB);
	r = regexec(&re, "abbb", 0, 0, 0);
	check(r == 0, "NOSUB");
	regfree(&re);

	/* re_nsub */
	regcomp(&re, "(a)(b(c))", REG_EXTENDED);
	check(re.re_nsub == 3, "re_nsub");
	regfree(&re);

	/* REG_STARTEND: the subject is pmatch[0], NULs and all */
	regcomp(&re, "b.d", 0);
	m[0].rm_so = 2;
	m[0].rm_eo = 7;
	r = regexec(&re, "abbxd\0bzd", 1, m, REG_STARTEND);
	check(r == 0 && m[0].rm_so == 2 && m[0].rm_eo == 5, "STARTEND");
	m[0].rm_so = 0;
	m[0].rm_eo = 9;
	r = regexec(&re, "xxxxx\0bzd", 1, m, REG_STARTEND);
	check(r == 0 && m[0].rm_so == 6 && m[0].rm_eo == 9, "STARTEND past a NUL");
	regfree(&re);

	/* regerror: glibc's words */
	static const struct { int code; const char *msg; } msgs[] = {
		{ REG_NOMATCH, "No match" }, { REG_BADPAT, "Invalid regular expression" },
		{ REG_ECTYPE, "Invalid character class name" }, { REG_EESCAPE, "Trailing backslash" },
		{ REG_ESUBREG, "Invalid back reference" },
		{ REG_EBRACK, "Unmatched [, [^, [:, [., or [=" }, { REG_EPAREN, "Unmatched ( or \\(" },
		{ REG_EBRACE, "Unmatched \\{" }, { REG_BADBR, "Invalid content of \\{\\}" },
		{ REG_ERANGE, "Invalid range end" }, { REG_BADRPT, "Invalid preceding regular expression" },
	};
	for (size_t i = 0; i < sizeof msgs / sizeof *msgs; i++) {
		char buf[64];
		size_t n = regerror(msgs[i].code, 0, buf, sizeof buf);
		char what[96];
		snprintf(what, sizeof what, "regerror %d: %s", msgs[i].code, buf);
		check(!strcmp(buf, msgs[i].msg) && n == strlen(msgs[i].msg) + 1, what);
	}
	char small[5];
	size_t n = regerror(REG_EPAREN, 0, small, sizeof small);
	check(n == sizeof "Unmatched ( or \\(" && !strcmp(small, "Unma"), "regerror truncates");

	/* Linear time: patterns that make a backtracking matcher take forever. */
	size_t len = 100000;
	char *big = malloc(len + 2);
	memset(big, 'a', len);
	big[len] = 0;
	static const char *const slow[] = { "(a*)*b", "(a*)*(b|c)", "((a*)*|b)*c", "(x+x+)+y",
		/* glibc spends minutes on these two: only ours is held to them */
		"(a|a)*b", "(a+)+b" };
	size_t nslow = sizeof slow / sizeof *slow;
#ifdef __GLIBC__
	nslow -= 2;
#endif
	for (size_t i = 0; i < nslow; i++) {
		clock_t t0 = clock();
		regcomp(&re, slow[i], REG_EXTENDED);
		int r1 = regexec(&re, big, 2, m, 0);
		int r2 = regexec(&re, big, 0, 0, 0);
		regfree(&re);
		double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
		char what[96];
		snprintf(what, sizeof what, "%s on %zu a's: no match, fast", slow[i], len);
		check(r1 == REG_NOMATCH && r2 == REG_NOMATCH && secs < 10, what);
	}
	/* ... and a long match with submatches */
	big[len] = 'b';
	big[len + 1] = 0;
	regcomp(&re, "(a*)*b", REG_EXTENDED);
	r = regexec(&re, big, 2, m, 0);
	check(r == 0 && m[0].rm_so == 0 && m[0].rm_eo == (regoff_t)len + 1 && m[1].rm_so == 0 &&
		m[1].rm_eo == (regoff_t)len, "(a*)*b on a...ab: whole, \\1 = the a's");
	regfree(&re);
	/* a back-reference inside a loop that can match empty must end */
	regcomp(&re, "\\(a*\\)\\1*b", 0);
	r = regexec(&re, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaac", 1, m, 0);
	check(r == REG_NOMATCH, "\\(a*\\)\\1*b ends");
	regfree(&re);
	free(big);
	return fails != 0;
}
