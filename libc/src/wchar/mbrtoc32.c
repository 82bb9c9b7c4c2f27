#include <uchar.h>
#include <errno.h>

/* UTF-8 to UTF-32 (Unicode 3.9, table 3-7: no overlong forms, no surrogates, nothing
 * above U+10FFFF). A character split across calls is kept in the state: __opaque[0]
 * holds the bits so far, __opaque[1] the bytes still wanted (bits 0-7) and the range
 * the next byte must fall in (lowest in bits 8-15, highest in 16-23); zero is the
 * initial state. The range check on the second byte rejects a sequence as soon as no
 * continuation could make it valid. */
size_t mbrtoc32(char32_t *restrict pc32, const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	if (!ps) ps = &internal;
	if (!s) {
		pc32 = 0;
		s = "";
		n = 1;
	}
	unsigned c = ps->__opaque[0], need = ps->__opaque[1] & 0xff;
	unsigned lo = ps->__opaque[1] >> 8 & 0xff, hi = ps->__opaque[1] >> 16 & 0xff;
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	if (!need) {
		if (!n) return (size_t)-2;
		unsigned b = p[i++];
		lo = 0x80, hi = 0xbf;
		if (b < 0x80) {
			if (pc32) *pc32 = b;
			return b != 0;
		} else if (b >= 0xc2 && b <= 0xdf) {
			c = b & 0x1f, need = 1;
		} else if (b >= 0xe0 && b <= 0xef) {
			c = b & 0x0f, need = 2;
			if (b == 0xe0) lo = 0xa0;	/* below: overlong */
			if (b == 0xed) hi = 0x9f;	/* above: surrogates */
		} else if (b >= 0xf0 && b <= 0xf4) {
			c = b & 0x07, need = 3;
			if (b == 0xf0) lo = 0x90;	/* below: overlong */
			if (b == 0xf4) hi = 0x8f;	/* above: past U+10FFFF */
		} else {
			goto ilseq;
		}
	}
	for (; i < n; i++) {
		unsigned b = p[i];
		if (b < lo || b > hi) goto ilseq;
		lo = 0x80, hi = 0xbf;
		c = c << 6 | (b & 0x3f);
		if (!--need) {
			ps->__opaque[0] = ps->__opaque[1] = 0;
			if (pc32) *pc32 = c;
			return i + 1;
		}
	}
	ps->__opaque[0] = c;
	ps->__opaque[1] = need | lo << 8 | hi << 16;
	return (size_t)-2;
ilseq:
	ps->__opaque[0] = ps->__opaque[1] = 0;
	errno = EILSEQ;
	return (size_t)-1;
}
