/* strcmp: 16 (SSE2) or 64 (AVX2) bytes a step with unaligned loads while neither
 * string is that close to the end of its page; near a page end, byte by byte until the
 * boundary is passed, so nothing is read from a page the strings do not reach. */
#include <string.h>
#include "cpu_x86.h"

#define SAFE2(l, r, n) (PAGE_SAFE(l, n) && PAGE_SAFE(r, n))

/* byte by byte up to and over the nearer page end; 1 when the strings differ or end */
static int bytes(const unsigned char **pl, const unsigned char **pr, int *res)
{
	const unsigned char *l = *pl, *r = *pr;
	size_t k = 4096 - ((uintptr_t)l & 4095), kr = 4096 - ((uintptr_t)r & 4095);
	if (kr < k)
		k = kr;
	for (; k; k--, l++, r++)
		if (*l != *r || !*l) {
			*res = *l - *r;
			return 1;
		}
	*pl = l, *pr = r;
	return 0;
}

AVX2 static int strcmp_avx2(const unsigned char *l, const unsigned char *r)
{
	const v32 z = { 0 };
	int res;
	for (;;) {
		if (SAFE2(l, r, 64)) {
			v32 a0 = LOAD32U(l), a1 = LOAD32U(l + 32), b0 = LOAD32U(r), b1 = LOAD32U(r + 32);
			v32 x0 = (a0 != b0) | (a0 == z), x1 = (a1 != b1) | (a1 == z);
			if (MASK32(x0 | x1)) {
				uint64_t m = MASK32(x0) | (uint64_t)MASK32(x1) << 32;
				unsigned i = __builtin_ctzll(m);
				return l[i] - r[i];
			}
			l += 64, r += 64;
		} else if (bytes(&l, &r, &res))
			return res;
	}
}

int strcmp(const char *a, const char *b)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	const v16 z = { 0 };
	int res;

	if (SAFE2(l, r, 16)) {
		v16 x = LOAD16U(l), y = LOAD16U(r);
		unsigned m = MASK16((x != y) | (x == z));
		if (m) {
			m = __builtin_ctz(m);
			return l[m] - r[m];
		}
		l += 16, r += 16;
	}
	if (__x86_avx2)
		return strcmp_avx2(l, r);
	for (;;) {
		if (SAFE2(l, r, 16)) {
			v16 x = LOAD16U(l), y = LOAD16U(r);
			unsigned m = MASK16((x != y) | (x == z));
			if (m) {
				m = __builtin_ctz(m);
				return l[m] - r[m];
			}
			l += 16, r += 16;
		} else if (bytes(&l, &r, &res))
			return res;
	}
}
