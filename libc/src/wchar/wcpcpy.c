/* The stpcpy pair for wide strings: they return the end of what was written. */
#include <wchar.h>

wchar_t *wcpcpy(wchar_t *restrict d, const wchar_t *restrict s)
{
	while ((*d = *s++)) d++;
	return d;
}

/* Pads to n with terminators; returns d + wcsnlen(s, n). */
wchar_t *wcpncpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	size_t len = wcsnlen(s, n);
	wmemcpy(d, s, len);
	wmemset(d + len, 0, n - len);
	return d + len;
}
