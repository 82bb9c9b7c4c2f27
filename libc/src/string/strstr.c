#include <string.h>

/* Two-Way string matching (Crochemore-Perrin): linear time, constant space. */

/* Maximal suffix of n[0..len) under the ordering chosen by rev; returns its start and
 * stores the period of that suffix. */
static size_t max_suffix(const unsigned char *n, size_t len, int rev, size_t *period)
{
	size_t ms = (size_t)-1, j = 0, k = 1, p = 1;

	while (j + k < len) {
		unsigned char a = n[j + k], b = n[ms + k];
		if (rev ? a > b : a < b) {
			j += k;
			k = 1;
			p = j - ms;
		} else if (a == b) {
			if (k == p) {
				j += p;
				k = 1;
			} else {
				k++;
			}
		} else {
			ms = j++;
			k = p = 1;
		}
	}
	*period = p;
	return ms + 1;
}

static char *two_way(const unsigned char *h, const unsigned char *n, size_t nl)
{
	size_t p1, p2, ms1, ms2, ms, p, mem = 0, mem0, j;
	const unsigned char *hend = h + strnlen((const char *)h, nl);

	ms1 = max_suffix(n, nl, 0, &p1);
	ms2 = max_suffix(n, nl, 1, &p2);
	if (ms1 > ms2) {
		ms = ms1;
		p = p1;
	} else {
		ms = ms2;
		p = p2;
	}

	if (memcmp(n, n + p, ms)) {
		/* Not periodic: shift by the larger half after a mismatch. */
		p = (ms > nl - ms ? ms : nl - ms) + 1;
		mem0 = 0;
	} else {
		mem0 = nl - p;
	}

	for (;;) {
		/* Extend the known haystack end lazily so we never scan past its terminator. */
		if ((size_t)(hend - h) < nl) {
			size_t grow = nl | 64;
			const unsigned char *z = memchr(hend, 0, grow);
			if (z) {
				if ((size_t)(z - h) < nl)
					return 0;
				hend = z;
			} else {
				hend += grow;
			}
		}
		/* Right half. */
		for (j = ms > mem ? ms : mem; j < nl && n[j] == h[j]; j++)
			;
		if (j < nl) {
			h += j - ms + 1;
			mem = 0;
			continue;
		}
		/* Left half. */
		for (j = ms; j > mem && n[j - 1] == h[j - 1]; j--)
			;
		if (j <= mem)
			return (char *)h;
		h += p;
		mem = mem0;
	}
}

char *strstr(const char *h, const char *n)
{
	if (!n[0])
		return (char *)h;
	h = strchr(h, *n);
	if (!h || !n[1])
		return (char *)h;
	return two_way((const void *)h, (const void *)n, strlen(n));
}
