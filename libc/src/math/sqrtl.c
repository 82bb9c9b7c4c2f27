/* sqrtl correctly rounded for either long double format, on the significand: the
 * digit-by-digit integer square root keeps its remainder below twice the root, so
 * __int128 holds every step even for binary128's 113 bits (which has no sqrt
 * instruction; the x87 one would do on x86_64, this is the same result). */
#include <math.h>
#include <errno.h>
#include "../internal/ldbits.h"

/* m goes to [2^SQ_A, 2^(SQ_A+2)) with SQ_A even, then q = floor(sqrt(m * 2^SQ_K)) has
 * LD_FRAC + 2 bits: the significand and a rounding bit. */
#define SQ_A (LD_FRAC + (LD_FRAC & 1))
#define SQ_K (2 * LD_FRAC + 2 - SQ_A)

long double sqrtl(long double x)
{
	if (isnan(x)) return x + x;
	if (x < 0) {
		errno = EDOM;
		return NAN;
	}
	if (x == 0 || isinf(x)) return x;
	int se;
	unsigned __int128 m = __ld_split(x, &se);
	int e = se ? se : 1;	/* denormals have the smallest normal's exponent */
	for (; !(m >> LD_FRAC); e--) m <<= 1;
	/* x = m * 2^e2 */
	int e2 = e - 16383 - LD_FRAC - (SQ_A - LD_FRAC);
	m <<= SQ_A - LD_FRAC;
	if (e2 & 1) {
		m <<= 1;
		e2--;
	}
	unsigned __int128 q = 0, r = 0;
	for (int k = 2 * LD_FRAC + 2; k >= 0; k -= 2) {	/* bits k+1, k of m * 2^SQ_K */
		r = r << 2 | (k >= SQ_K ? m >> (k - SQ_K) & 3 : 0);
		unsigned __int128 t = q << 2 | 1;
		if (r >= t) {
			r -= t;
			q = q << 1 | 1;
		} else q <<= 1;
	}
	/* round to nearest, ties (which can not happen for a square root) to even */
	unsigned __int128 s = q >> 1;
	if ((q & 1) && (r || (s & 1))) s++;
	/* sqrt(x) = s * 2^((e2 - SQ_K) / 2 + 1), s in [2^LD_FRAC, 2^(LD_FRAC+1)] */
	int be = (e2 - SQ_K) / 2 + 1 + LD_FRAC + 16383;
	if (s >> (LD_FRAC + 1)) {
		s >>= 1;
		be++;
	}
	return __ld_join((ldm_t)s, be);
}
