/* The span family: how far s goes before (cspn, pbrk) or while (spn) its characters are
 * in set. Sets are short in practice, so each character is looked up with wcschr. */
#include <wchar.h>

size_t wcsspn(const wchar_t *s, const wchar_t *set)
{
	const wchar_t *p = s;
	while (*p && wcschr(set, *p)) p++;
	return p - s;
}

size_t wcscspn(const wchar_t *s, const wchar_t *set)
{
	const wchar_t *p = s;
	while (*p && !wcschr(set, *p)) p++;
	return p - s;
}

wchar_t *wcspbrk(const wchar_t *s, const wchar_t *set)
{
	s += wcscspn(s, set);
	return *s ? (wchar_t *)s : 0;
}
