/* memset: SSE2, or AVX2 when the CPU has it: overlapping unaligned stores from both
 * ends for short lengths, an aligned-store loop between an unaligned head and tail for
 * longer ones, and without AVX2 rep stosb (ERMS) for big ones. */
#include <string.h>
#include "cpu_x86.h"

#define STOSB_THRESHOLD 4096

static void *stosb(void *d, int c, size_t n)
{
	void *r = d;
	__asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
	return r;
}

AVX2 static void *memset_avx2(unsigned char *d, int c, size_t n)
{
	const v32 v = (v32){ 0 } + (unsigned char)c;
	unsigned char *e = d + n, *p;

	if (n <= 128) {	/* n > 64 */
		STORE32U(d, v), STORE32U(d + 32, v), STORE32U(e - 64, v), STORE32U(e - 32, v);
		return d;
	}
	STORE32U(d, v);
	p = (unsigned char *)(((uintptr_t)d + 32) & ~(uintptr_t)31);
	for (; e - p > 128; p += 128)
		STORE32(p, v), STORE32(p + 32, v), STORE32(p + 64, v), STORE32(p + 96, v);
	STORE32U(e - 128, v), STORE32U(e - 96, v), STORE32U(e - 64, v), STORE32U(e - 32, v);
	return d;
}

void *memset(void *dest, int c, size_t n)
{
	unsigned char *d = dest, *e = d + n, *p;
	v16 v;

	if (n <= 16) {
		uint64_t w = 0x0101010101010101ull * (unsigned char)c;
		if (n >= 8)
			*(u64u *)d = w, *(u64u *)(e - 8) = w;
		else if (n >= 4)
			*(u32u *)d = (uint32_t)w, *(u32u *)(e - 4) = (uint32_t)w;
		else if (n)
			d[0] = c, d[n / 2] = c, e[-1] = c;
		return dest;
	}
	v = (v16){ 0 } + (unsigned char)c;
	if (n <= 32) {
		STORE16U(d, v), STORE16U(e - 16, v);
		return dest;
	}
	if (n <= 64) {
		STORE16U(d, v), STORE16U(d + 16, v), STORE16U(e - 32, v), STORE16U(e - 16, v);
		return dest;
	}
	/* With AVX2 the store loop is at least as fast as rep stosb from 4 KiB to
	 * 16 MiB (measured on an AMD EPYC: 5-15% faster). */
	if (__x86_avx2)
		return memset_avx2(d, c, n);
	if (n >= STOSB_THRESHOLD)
		return stosb(d, c, n);
	STORE16U(d, v);
	p = (unsigned char *)(((uintptr_t)d + 16) & ~(uintptr_t)15);
	for (; e - p > 64; p += 64)
		STORE16(p, v), STORE16(p + 16, v), STORE16(p + 32, v), STORE16(p + 48, v);
	STORE16U(e - 64, v), STORE16U(e - 48, v), STORE16U(e - 32, v), STORE16U(e - 16, v);
	return dest;
}
