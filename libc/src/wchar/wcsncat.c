#include <wchar.h>

/* Appends at most n characters of s, then always a terminator. */
wchar_t *wcsncat(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	wchar_t *p = d + wcslen(d);
	for (; n && *s; n--) *p++ = *s++;
	*p = 0;
	return d;
}
