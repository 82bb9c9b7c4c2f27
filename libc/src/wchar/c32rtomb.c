#include <uchar.h>
#include <errno.h>

/* UTF-32 to UTF-8: 1 to 4 bytes. Surrogates and values past U+10FFFF are not
 * characters. UTF-8 needs no shift state, so ps is not used. */
size_t c32rtomb(char *restrict s, char32_t c, mbstate_t *restrict ps)
{
	if (!s) return 1;
	if ((c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff) {
		errno = EILSEQ;
		return (size_t)-1;
	}
	if (c < 0x80) {
		s[0] = c;
		return 1;
	}
	size_t len = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
	for (size_t i = len - 1; i > 0; i--, c >>= 6) s[i] = 0x80 | (c & 0x3f);
	s[0] = (0xff00 >> len & 0xff) | c;	/* the lead byte: len one-bits, a zero, the rest */
	return len;
}
