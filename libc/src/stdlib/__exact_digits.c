/* Exact binary-to-decimal expansion, shared by printf (which rounds the digits) and
 * strtod (which compares input against the digits of midpoints). */
#include <string.h>
#include "exact_decimal.h"

static const uint32_t pow5[14] = {
	1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125,
	244140625, 1220703125,
};

int __exact_digits(unsigned __int128 m, int e, char *d, int *point)
{
	uint32_t big[EXACT_LIMBS];
	int n = 0, i, nd = 0, scale = 0;
	uint32_t top;

	for (; !(m & 1); m >>= 1)
		e++;
	do {
		big[n++] = (uint32_t)(m % 1000000000);
		m /= 1000000000;
	} while (m);
	while (e > 0) {
		/* Times 2^k, k <= 29: each limb times 2^k plus carry stays below 2^64. */
		int k = e < 29 ? e : 29;
		uint64_t carry = 0;
		e -= k;
		for (i = 0; i < n; i++) {
			uint64_t t = ((uint64_t)big[i] << k) + carry;
			big[i] = t % 1000000000;
			carry = t / 1000000000;
		}
		if (carry)
			big[n++] = carry;
	}
	if (e < 0) {
		/* m / 2^k is m * 5^k / 10^k: multiply by 5^k and move the point k places. */
		scale = -e;
		while (e < 0) {
			int k = -e < 13 ? -e : 13;
			uint64_t carry = 0;
			e += k;
			for (i = 0; i < n; i++) {
				uint64_t t = (uint64_t)big[i] * pow5[k] + carry;
				big[i] = t % 1000000000;
				carry = t / 1000000000;
			}
			for (; carry; carry /= 1000000000)
				big[n++] = carry % 1000000000;
		}
	}
	/* The top limb without leading zeros, then nine digits for each of the rest. */
	{
		char tmp[10], *p = tmp + sizeof tmp;
		top = big[n - 1];
		do
			*--p = '0' + top % 10;
		while (top /= 10);
		nd = tmp + sizeof tmp - p;
		memcpy(d, p, nd);
	}
	for (i = n - 2; i >= 0; i--) {
		uint32_t v = big[i];
		int j;
		for (j = 8; j >= 0; j--, v /= 10)
			d[nd + j] = '0' + v % 10;
		nd += 9;
	}
	*point = nd - scale;
	while (nd > 1 && d[nd - 1] == '0')
		nd--;
	return nd;
}
