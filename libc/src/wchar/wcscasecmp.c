/* Case-blind comparison through towlower, as POSIX specifies for the current locale. */
#include <wchar.h>
#include <wctype.h>

int wcsncasecmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n; n--, a++, b++) {
		wint_t x = towlower(*a), y = towlower(*b);
		if (x != y) return x < y ? -1 : 1;
		if (!*a) break;
	}
	return 0;
}

int wcscasecmp(const wchar_t *a, const wchar_t *b)
{
	return wcsncasecmp(a, b, (size_t)-1);
}
