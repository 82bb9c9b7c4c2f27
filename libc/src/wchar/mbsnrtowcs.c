#include <wchar.h>
#include <string.h>

/* Character by character through mbrtowc, so it follows the locale. At most nms bytes
 * are read: a character they leave incomplete stays in the state. Counting alone
 * (ws null) works on a copy of the state, as glibc does, so it changes nothing. */
size_t mbsnrtowcs(wchar_t *restrict ws, const char **restrict src, size_t nms, size_t len,
	mbstate_t *restrict st)
{
	static mbstate_t internal;
	mbstate_t copy;
	const char *s = *src;
	size_t n = 0;
	if (!st) st = &internal;
	if (!ws) {
		copy = *st;
		st = &copy;
	}
	for (; !ws || n < len; n++) {
		wchar_t wc;
		size_t r = mbrtowc(&wc, s, nms, st);
		if (r == (size_t)-1) {
			if (ws) *src = s;
			return r;
		}
		if (r == (size_t)-2) {
			s += nms;
			break;
		}
		if (ws) ws[n] = wc;
		if (!r) {
			if (ws) *src = 0;
			return n;
		}
		s += r;
		nms -= r;
	}
	if (ws) *src = s;
	return n;
}

size_t mbsrtowcs(wchar_t *restrict ws, const char **restrict src, size_t len, mbstate_t *restrict st)
{
	return mbsnrtowcs(ws, src, (size_t)-1, len, st);
}
