#include <stdint.h>
#include "unicode.h"

struct case_run {
	uint32_t start;
	uint8_t len, stride;
	int32_t delta;
};

#include "unicode_tables.h"

unsigned __r3_unicode_props(wint_t c)
{
	if (c >= 0x110000) return 0;
	/* the last run starting at or below c */
	size_t lo = 0, hi = sizeof unicode_props / sizeof *unicode_props;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (unicode_props[mid] >> 11 <= c) lo = mid;
		else hi = mid;
	}
	return unicode_props[lo] & 0x7ff;
}

wint_t __r3_unicode_case(wint_t c, int upper)
{
	const struct case_run *r = upper ? toupper_runs : tolower_runs;
	size_t lo = 0, hi = upper ? sizeof toupper_runs / sizeof *toupper_runs :
		sizeof tolower_runs / sizeof *tolower_runs;
	/* the last run starting at or below c; c is in it if a stride from its start */
	if (c < r[0].start) return c;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (r[mid].start <= c) lo = mid;
		else hi = mid;
	}
	uint32_t off = c - r[lo].start;
	if (off % r[lo].stride || off / r[lo].stride >= r[lo].len) return c;
	return c + r[lo].delta;
}
