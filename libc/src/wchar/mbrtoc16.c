#include <uchar.h>

/* Through mbrtoc32; a character past U+FFFF comes out as a surrogate pair: the high
 * half from the call that reads it, the low half from the next call, which reads
 * nothing and returns (size_t)-3 (C11 7.28.1.1). The low half waits in the state,
 * flagged by a bit mbrtoc32's partial-character state never uses. */
#define LOW_PENDING 0x80000000u

size_t mbrtoc16(char16_t *restrict pc16, const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	if (!ps) ps = &internal;
	if (!s) {
		pc16 = 0;
		s = "";
		n = 1;
	}
	if (ps->__opaque[1] & LOW_PENDING) {
		if (pc16) *pc16 = ps->__opaque[0];
		ps->__opaque[0] = ps->__opaque[1] = 0;
		return (size_t)-3;
	}
	char32_t c;
	size_t r = mbrtoc32(&c, s, n, ps);
	if (r > 4) return r;	/* (size_t)-1 or -2 */
	if (c > 0xffff) {
		c -= 0x10000;
		ps->__opaque[0] = 0xdc00 | (c & 0x3ff);
		ps->__opaque[1] = LOW_PENDING;
		c = 0xd800 | c >> 10;
	}
	if (pc16) *pc16 = c;
	return r;
}
