#include <wchar.h>

/* C11's wcstok keeps its place in *save, so it is reentrant (unlike strtok). */
wchar_t *wcstok(wchar_t *restrict s, const wchar_t *restrict sep, wchar_t **restrict save)
{
	if (!s && !(s = *save)) return 0;
	s += wcsspn(s, sep);
	if (!*s) {
		*save = 0;
		return 0;
	}
	wchar_t *e = s + wcscspn(s, sep);
	if (*e) *e++ = 0;
	else e = 0;
	*save = e;
	return s;
}
