#include <wchar.h>

/* First occurrence of n in h. Candidates are only positions where n's first character
 * occurs; each is compared with wmemcmp. Worst case is |h|*|n| comparisons, which the
 * short needles wide-character programs search for never approach in practice. */
wchar_t *wcsstr(const wchar_t *restrict h, const wchar_t *restrict n)
{
	size_t len = wcslen(n);
	if (!len) return (wchar_t *)h;
	for (; (h = wcschr(h, n[0])); h++) {
		size_t i = 1;
		while (i < len && h[i] == n[i]) i++;
		if (i == len) return (wchar_t *)h;
		if (!h[i]) return 0;
	}
	return 0;
}
