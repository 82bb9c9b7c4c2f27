/* Fuzz target: strtod, strtof, strtold.
 *
 * The input (cut at 512 bytes) is a NUL-terminated string whose NUL sits just below an
 * unmapped page, so reading past it faults. Invariants, for each of the three:
 * - endptr lies within the string; no conversion (endptr == start) gives 0;
 * - parsing just the consumed prefix again gives the same bits and consumes all of it;
 * - the value printed with %.17g (%.9g, %.21Lg) or %a (%La) parses back to the same
 *   bits (NaNs only to a NaN);
 * - ERANGE comes only with an infinite, zero or subnormal result.
 * strtold is skipped when strtod over- or underflows (see below). */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "libc_fuzz.h"

#define FAIL(what) fuzz_fail("fuzz-strtod", what)

static int same_d(double a, double b) { return isnan(a) ? isnan(b) : !memcmp(&a, &b, sizeof a); }
static int same_f(float a, float b) { return isnan(a) ? isnan(b) : !memcmp(&a, &b, sizeof a); }
/* only the 10 significant bytes of a long double */
static int same_ld(long double a, long double b) { return isnan(a) ? isnan(b) : !memcmp(&a, &b, 10); }

static char prefix[520], text[128];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 512) size = 512;
	const uint8_t *nul = memchr(data, 0, size);
	if (nul) size = nul - data;
	char *s = fuzz_guarded(1, data, size, 1), *end;

	errno = 0;
	double d = strtod(s, &end);
	int err = errno, derr = err;
	if (end < s || end > s + size) FAIL("strtod: endptr outside the string");
	if (end == s && !same_d(d, 0.0)) FAIL("strtod: no conversion but not 0");
	if (err == ERANGE && !(isinf(d) || fabs(d) < DBL_MIN)) FAIL("strtod: ERANGE on a normal result");
	memcpy(prefix, s, end - s);
	prefix[end - s] = 0;
	char *e2;
	double d2 = strtod(prefix, &e2);
	if (e2 != prefix + (end - s) || !same_d(d, d2)) FAIL("strtod: the consumed prefix parses differently");
	snprintf(text, sizeof text, "%.17g", d);
	if (!same_d(strtod(text, &e2), d) || *e2) FAIL("strtod: %.17g does not round-trip");
	snprintf(text, sizeof text, "%a", d);
	if (!same_d(strtod(text, &e2), d) || *e2) FAIL("strtod: %a does not round-trip");

	errno = 0;
	float f = strtof(s, &end);
	err = errno;
	if (end < s || end > s + size) FAIL("strtof: endptr outside the string");
	if (end == s && !same_f(f, 0.0f)) FAIL("strtof: no conversion but not 0");
	if (err == ERANGE && !(isinf(f) || fabsf(f) < FLT_MIN)) FAIL("strtof: ERANGE on a normal result");
	memcpy(prefix, s, end - s);
	prefix[end - s] = 0;
	if (!same_f(strtof(prefix, &e2), f) || e2 != prefix + (end - s)) FAIL("strtof: the consumed prefix parses differently");
	snprintf(text, sizeof text, "%.9g", f);
	if (!same_f(strtof(text, &e2), f) || *e2) FAIL("strtof: %.9g does not round-trip");

	/* strtold takes up to a second on values outside double's range (its exact
	 * comparison expands m * 2^e to thousands of digits): skip those. */
	if (derr == ERANGE && (d == 0 || isinf(d)))
		return 0;
	errno = 0;
	long double ld = strtold(s, &end);
	err = errno;
	if (end < s || end > s + size) FAIL("strtold: endptr outside the string");
	if (end == s && !same_ld(ld, 0.0L)) FAIL("strtold: no conversion but not 0");
	if (err == ERANGE && !(isinf(ld) || fabsl(ld) < LDBL_MIN)) FAIL("strtold: ERANGE on a normal result");
	memcpy(prefix, s, end - s);
	prefix[end - s] = 0;
	if (!same_ld(strtold(prefix, &e2), ld) || e2 != prefix + (end - s)) FAIL("strtold: the consumed prefix parses differently");
	snprintf(text, sizeof text, "%.21Lg", ld);
	if (!same_ld(strtold(text, &e2), ld) || *e2) FAIL("strtold: %.21Lg does not round-trip");
	snprintf(text, sizeof text, "%La", ld);
	if (!same_ld(strtold(text, &e2), ld) || *e2) FAIL("strtold: %La does not round-trip");
	return 0;
}
