/* base64 encoding (RFC 4648) of a small buffer, for headers like HTTP Basic auth */
#include "ring3.h"

/* Encode n bytes of in into out, which needs 4 * ((n + 2) / 3) + 1 bytes; returns
 * the encoded length. */
size_t base64_encode(char *out, const void *in, size_t n)
{
	static const char a[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *s = in;
	char *o = out;
	for (; n; n -= n > 3 ? 3 : n, s += 3) {
		unsigned v = (unsigned)s[0] << 16 | (n > 1 ? s[1] << 8 : 0) | (n > 2 ? s[2] : 0);
		*o++ = a[v >> 18];
		*o++ = a[v >> 12 & 63];
		*o++ = n > 1 ? a[v >> 6 & 63] : '=';
		*o++ = n > 2 ? a[v & 63] : '=';
	}
	*o = 0;
	return o - out;
}
