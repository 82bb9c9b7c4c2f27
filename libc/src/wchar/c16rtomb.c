#include <uchar.h>
#include <errno.h>

/* A high surrogate is kept in the state (__opaque[0]) and writes nothing; the low
 * surrogate that must follow completes the character. A lone half of a pair is
 * EILSEQ. */
size_t c16rtomb(char *restrict s, char16_t c, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	char buf[4];
	if (!ps) ps = &internal;
	if (!s) {
		s = buf;
		c = 0;
	}
	unsigned high = ps->__opaque[0];
	if (c >= 0xd800 && c <= 0xdbff) {
		if (high) goto ilseq;
		ps->__opaque[0] = c;
		return 0;
	}
	if (c >= 0xdc00 && c <= 0xdfff) {
		if (!high) goto ilseq;
		ps->__opaque[0] = 0;
		return c32rtomb(s, 0x10000 + ((high - 0xd800) << 10) + (c - 0xdc00), 0);
	}
	if (high) goto ilseq;
	return c32rtomb(s, c, 0);
ilseq:
	ps->__opaque[0] = 0;
	errno = EILSEQ;
	return (size_t)-1;
}
