/* Every character of a number (digits of any base, signs, "0x", '.', exponents,
 * inf/nan and the n-char-sequence of "nan(...)") is ASCII, so the wide parsers skip
 * leading wide white space and copy the run of such characters to a byte buffer for
 * strtol/strtod; a non-ASCII character ends the number. The run is copied whole (on
 * the heap when it is longer than the caller's stack buffer), because strtod needs
 * every digit to round correctly and strtol every digit to see an overflow. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <wctype.h>
#include "wcsnarrow.h"

static int numeric(wchar_t c)
{
	return c < 128 && c > 0 && (isalnum(c) || c == '+' || c == '-' || c == '.' ||
	                            c == '(' || c == ')' || c == '_');
}

/* Returns the copy (stack, heap, or 0 when the heap is exhausted: errno ENOMEM) and in
 * *start where in s it begins. */
char *__wcsnarrow(const wchar_t *s, const wchar_t **start, char *stack)
{
	while (iswspace(*s)) s++;
	*start = s;
	size_t n = 0;
	while (numeric(s[n])) n++;
	char *b = n < WCSNARROW_STACK ? stack : malloc(n + 1);
	if (!b) {
		errno = ENOMEM;
		return 0;
	}
	for (size_t i = 0; i < n; i++) b[i] = (char)s[i];
	b[n] = 0;
	return b;
}

/* The narrow end pointer maps back one to one; no conversion points at s itself. */
wchar_t *__wcsnarrow_end(const wchar_t *s, const wchar_t *start, const char *b, const char *end)
{
	return (wchar_t *)(end == b ? s : start + (end - b));
}

void __wcsnarrow_free(char *b, const char *stack)
{
	if (b != stack) free(b);
}
