/* The wide floating parsers: strtod and friends on an ASCII copy (see __wcsnarrow.c). */
#include <stdlib.h>
#include "wcsnarrow.h"

#define WIDE(name, type, narrow) \
type name(const wchar_t *restrict s, wchar_t **restrict end) \
{ \
	char stack[WCSNARROW_STACK], *e; \
	const wchar_t *start; \
	char *b = __wcsnarrow(s, &start, stack); \
	if (!b) { \
		if (end) *end = (wchar_t *)s; \
		return 0; \
	} \
	type r = narrow(b, &e); \
	if (end) *end = __wcsnarrow_end(s, start, b, e); \
	__wcsnarrow_free(b, stack); \
	return r; \
}

WIDE(wcstof, float, strtof)
WIDE(wcstod, double, strtod)
WIDE(wcstold, long double, strtold)
