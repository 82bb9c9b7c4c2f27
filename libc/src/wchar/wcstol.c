/* The wide integer parsers: strtol and friends on an ASCII copy (see __wcsnarrow.c). */
#include <inttypes.h>
#include <stdlib.h>
#include "wcsnarrow.h"

#define WIDE(name, type, narrow) \
type name(const wchar_t *restrict s, wchar_t **restrict end, int base) \
{ \
	char stack[WCSNARROW_STACK], *e; \
	const wchar_t *start; \
	char *b = __wcsnarrow(s, &start, stack); \
	if (!b) { \
		if (end) *end = (wchar_t *)s; \
		return 0; \
	} \
	type r = narrow(b, &e, base); \
	if (end) *end = __wcsnarrow_end(s, start, b, e); \
	__wcsnarrow_free(b, stack); \
	return r; \
}

WIDE(wcstol, long, strtol)
WIDE(wcstoll, long long, strtoll)
WIDE(wcstoul, unsigned long, strtoul)
WIDE(wcstoull, unsigned long long, strtoull)
WIDE(wcstoimax, intmax_t, strtoimax)
WIDE(wcstoumax, uintmax_t, strtoumax)
