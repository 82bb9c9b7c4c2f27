/* Fuzz target: regcomp, regexec, regerror, regfree.
 *
 * Input: a cflags byte (REG_EXTENDED, REG_ICASE, REG_NEWLINE), an eflags byte
 * (REG_NOTBOL, REG_NOTEOL), then pattern NUL subject (pattern cut at 128 bytes,
 * subject at 1024; both end at an unmapped page). Invariants:
 * - regcomp returns 0 or one of the REG_* error codes, and regerror's message for it
 *   fits, NUL-terminated, in small buffers without touching the bytes after them;
 * - on a match, pmatch[0] lies within the subject with rm_so <= rm_eo; every other
 *   pmatch is -1/-1 or lies within pmatch[0]; entries past re_nsub are -1/-1;
 * - the same pattern compiled with REG_NOSUB matches the same subjects;
 * - REG_STARTEND over the whole subject agrees with a plain regexec. */
#include <regex.h>
#include <stdint.h>
#include <string.h>
#include "libc_fuzz.h"

#define FAIL(what) fuzz_fail("fuzz-regex", what)
#define NM 12

static void check_regerror(int code, const regex_t *re)
{
	size_t need = regerror(code, re, NULL, 0);
	if (!need) FAIL("regerror returns 0");
	static unsigned char pat[64];
	if (!pat[0]) memset(pat, 0x5a, sizeof pat);
	for (size_t sz = 1; sz < 6; sz += 2) {
		char *b = fuzz_guarded(2, pat, sz + 8, 0);
		if (regerror(code, re, b, sz) != need) FAIL("regerror length depends on the buffer");
		size_t m = strnlen(b, sz);
		if (m >= sz) FAIL("regerror output not NUL-terminated within the buffer");
		for (size_t j = sz; j < sz + 8; j++)
			if ((unsigned char)b[j] != 0x5a) FAIL("regerror writes past the buffer");
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2) return 0;
	int cf = 0, ef = 0;
	if (data[0] & 1) cf |= REG_EXTENDED;
	if (data[0] & 2) cf |= REG_ICASE;
	if (data[0] & 4) cf |= REG_NEWLINE;
	if (data[1] & 1) ef |= REG_NOTBOL;
	if (data[1] & 2) ef |= REG_NOTEOL;
	data += 2, size -= 2;
	const uint8_t *nul = memchr(data, 0, size);
	size_t plen = nul ? (size_t)(nul - data) : size;
	size_t slen = nul ? size - plen - 1 : 0;
	if (plen > 128) plen = 128;
	if (slen > 1024) slen = 1024;
	const char *pat = fuzz_guarded(0, data, plen, 1);
	const char *subj = fuzz_guarded(1, nul ? nul + 1 : data, slen, 1);
	slen = strlen(subj);

	regex_t re, re2;
	int rc = regcomp(&re, pat, cf);
	if (rc < 0 || rc > REG_BADRPT || rc == REG_NOMATCH) FAIL("regcomp returns an unknown code");
	check_regerror(rc, rc ? NULL : &re);
	if (rc) return 0;
	regmatch_t pm[NM];
	memset(pm, 0x77, sizeof pm);
	int m = regexec(&re, subj, NM, pm, ef);
	if (m != 0 && m != REG_NOMATCH && m != REG_ESPACE) FAIL("regexec returns an unknown code");
	if (!m) {
		if (pm[0].rm_so < 0 || pm[0].rm_so > pm[0].rm_eo || (size_t)pm[0].rm_eo > slen)
			FAIL("pmatch[0] outside the subject or reversed");
		for (size_t i = 1; i < NM; i++) {
			if (pm[i].rm_so == -1 && pm[i].rm_eo == -1) continue;
			if (i > re.re_nsub) FAIL("pmatch set past re_nsub");
			if (pm[i].rm_so < pm[0].rm_so || pm[i].rm_so > pm[i].rm_eo || pm[i].rm_eo > pm[0].rm_eo)
				FAIL("a subexpression match outside the whole match or reversed");
		}
		regmatch_t se[NM];
		se[0].rm_so = 0, se[0].rm_eo = slen;
		int m3 = regexec(&re, subj, NM, se, ef | REG_STARTEND);
		if (m3 != m || se[0].rm_so != pm[0].rm_so || se[0].rm_eo != pm[0].rm_eo)
			FAIL("REG_STARTEND over the whole subject differs");
	}
	if (m != REG_ESPACE && !regcomp(&re2, pat, cf | REG_NOSUB)) {
		int m2 = regexec(&re2, subj, 0, NULL, ef);
		if (m2 != REG_ESPACE && m2 != m) FAIL("REG_NOSUB changes whether the subject matches");
		regfree(&re2);
	} else if (m != REG_ESPACE) {
		FAIL("pattern compiles without REG_NOSUB but not with it");
	}
	regfree(&re);
	return 0;
}
