/* Fuzz target: fnmatch.
 *
 * Input: a flags byte (any mix of FNM_NOESCAPE, FNM_PATHNAME, FNM_PERIOD,
 * FNM_LEADING_DIR, FNM_CASEFOLD), then pattern NUL string (each cut at 256 bytes and
 * ending at an unmapped page). The driver's 5-second alarm catches a runaway match.
 * Invariants:
 * - the result is 0 or FNM_NOMATCH;
 * - a match stays a match with "*" appended to the pattern, and with FNM_CASEFOLD added
 *   (unless the pattern has a negated bracket);
 * - the string, every character quoted ("\c", or "[c]" under FNM_NOESCAPE), matches
 *   itself as a pattern; and, with no special characters in it, the pattern matches
 *   exactly the strings equal to it (without FNM_CASEFOLD and FNM_LEADING_DIR);
 * - "*" matches every string when neither FNM_PATHNAME nor FNM_PERIOD is given. */
#include <fnmatch.h>
#include <stdint.h>
#include <string.h>
#include "libc_fuzz.h"

#define FAIL(what) fuzz_fail("fuzz-fnmatch", what)

static char quoted[1100], starred[300];

static int fm(const char *p, const char *s, int fl)
{
	int r = fnmatch(p, s, fl);
	if (r != 0 && r != FNM_NOMATCH) FAIL("result neither 0 nor FNM_NOMATCH");
	return r;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!size) return 0;
	int fl = 0, b = data[0];
	if (b & 1) fl |= FNM_NOESCAPE;
	if (b & 2) fl |= FNM_PATHNAME;
	if (b & 4) fl |= FNM_PERIOD;
	if (b & 8) fl |= FNM_LEADING_DIR;
	if (b & 16) fl |= FNM_CASEFOLD;
	data++, size--;
	const uint8_t *nul = memchr(data, 0, size);
	size_t plen = nul ? (size_t)(nul - data) : size;
	size_t slen = nul ? size - plen - 1 : 0;
	if (plen > 256) plen = 256;
	if (slen > 256) slen = 256;
	const char *p = fuzz_guarded(0, data, plen, 1);
	const char *s = fuzz_guarded(1, nul ? nul + 1 : data, slen, 1);
	slen = strlen(s);

	int r = fm(p, s, fl);
	/* (not with a negated bracket: [!a-z] matches Q, but not once Q is folded; and
	 * with glibc, whose folded ranges are ranges of folded ends, only without ranges) */
	int ranges = 0;
#ifndef __ring3__
	ranges = strchr(p, '[') && strchr(p, '-');
#endif
	if (!r && !ranges && !strstr(p, "[!") && !strstr(p, "[^") && fm(p, s, fl | FNM_CASEFOLD))
		FAIL("a match is lost with FNM_CASEFOLD");
	memcpy(starred, p, plen);
	memcpy(starred + plen, "*", 2);
	if (!r && fm(starred, s, fl)) FAIL("a match is lost with * appended to the pattern");

	size_t q = 0;
	for (size_t i = 0; i < slen; i++) {
		unsigned char c = s[i];
		if (!(fl & FNM_NOESCAPE)) quoted[q++] = '\\', quoted[q++] = c;
		else if (c == '/' || !strchr("*?[\\", c)) quoted[q++] = c;
		else quoted[q++] = '[', quoted[q++] = c, quoted[q++] = ']';
	}
	quoted[q] = 0;
	if (fm(quoted, s, fl)) FAIL("the quoted string does not match itself");

	if (!strpbrk(p, "*?[\\") && !(fl & (FNM_CASEFOLD | FNM_LEADING_DIR))
	    && (r == 0) != (strcmp(p, s) == 0))
		FAIL("a pattern without special characters is not a plain comparison");
	if (!(fl & (FNM_PATHNAME | FNM_PERIOD)) && fm("*", s, fl)) FAIL("* does not match everything");
	return 0;
}
