#include <wchar.h>
#include <stdlib.h>

size_t wcslen(const wchar_t *s)
{
	const wchar_t *p = s;
	while (*p) p++;
	return p - s;
}

int wcscmp(const wchar_t *a, const wchar_t *b)
{
	for (; *a == *b && *a; a++, b++);
	return *a < *b ? -1 : *a > *b;
}

int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n && *a == *b && *a; a++, b++, n--);
	return !n ? 0 : *a < *b ? -1 : *a > *b;
}

wchar_t *wcscpy(wchar_t *restrict d, const wchar_t *restrict s)
{
	wchar_t *r = d;
	while ((*d++ = *s++));
	return r;
}

wchar_t *wcsncpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	wchar_t *r = d;
	for (; n && *s; n--) *d++ = *s++;
	for (; n; n--) *d++ = 0;
	return r;
}

wchar_t *wcscat(wchar_t *restrict d, const wchar_t *restrict s)
{
	wcscpy(d + wcslen(d), s);
	return d;
}

wchar_t *wcschr(const wchar_t *s, wchar_t c)
{
	for (; *s != c; s++)
		if (!*s) return 0;
	return (wchar_t *)s;
}

wchar_t *wcsrchr(const wchar_t *s, wchar_t c)
{
	const wchar_t *r = 0;
	do if (*s == c) r = s;
	while (*s++);
	return (wchar_t *)r;
}

wchar_t *wcsdup(const wchar_t *s)
{
	size_t n = wcslen(s) + 1;
	wchar_t *d = malloc(n * sizeof *d);
	return d ? wmemcpy(d, s, n) : 0;
}

wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n)
{
	for (; n; n--, s++)
		if (*s == c) return (wchar_t *)s;
	return 0;
}

int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n; n--, a++, b++)
		if (*a != *b) return *a < *b ? -1 : 1;
	return 0;
}

wchar_t *wmemcpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	for (size_t i = 0; i < n; i++) d[i] = s[i];
	return d;
}

wchar_t *wmemmove(wchar_t *d, const wchar_t *s, size_t n)
{
	if (d < s)
		for (size_t i = 0; i < n; i++) d[i] = s[i];
	else
		while (n--) d[n] = s[n];
	return d;
}

wchar_t *wmemset(wchar_t *d, wchar_t c, size_t n)
{
	for (size_t i = 0; i < n; i++) d[i] = c;
	return d;
}
