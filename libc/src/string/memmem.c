#include <string.h>

/* Two-byte rolling check to skip quickly, then memcmp: O(n*m) in the worst case but
 * cheap for the short needles applets use. */
void *memmem(const void *hay, size_t hn, const void *needle, size_t nn)
{
	const unsigned char *h = hay, *n = needle, *end;

	if (!nn)
		return (void *)h;
	if (hn < nn)
		return 0;
	end = h + hn - nn + 1;
	for (; h < end; h++) {
		h = memchr(h, *n, end - h);
		if (!h)
			return 0;
		if (!memcmp(h + 1, n + 1, nn - 1))
			return (void *)h;
	}
	return 0;
}
