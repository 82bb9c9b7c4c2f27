/* ring3's only collation order is the code point order of the C/POSIX locale, so
 * collating is comparing and the transformed string is the string itself. */
#include <wchar.h>

int wcscoll(const wchar_t *a, const wchar_t *b)
{
	return wcscmp(a, b);
}

size_t wcsxfrm(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	size_t len = wcslen(s);
	if (len < n) wmemcpy(d, s, len + 1);
	return len;
}
