/* memmove.h: the body of memmove and memcpy (SSE2, or AVX2 when the CPU has it),
 * inlined into both memmove.c and memcpy.c: a memcpy that jumped to memmove cost its
 * 1-64 byte calls a taken branch each, about 10% of their time. Up to 128 bytes (256
 * with AVX2) everything is loaded before anything is stored, with overlapping loads
 * from both ends, so any overlap is fine. Longer copies load the unaligned head and
 * tail first, run an aligned-store loop in the safe direction (forwards unless dest is
 * above src and overlaps it), and store head and tail last. Big disjoint copies use
 * non-temporal stores past NT_THRESHOLD. */
#include <string.h>
#include "cpu_x86.h"

#define NT_THRESHOLD (4u << 20)
#define NTSTORE(p, v) __asm__("vmovntdq %1, %0" : "=m"(*(v32 *)(void *)(p)) : "x"(v))

AVX2 static void *memmove_avx2(unsigned char *d, const unsigned char *s, size_t n)
{
	unsigned char *e = d + n;

	if (n <= 128) {
		v32 a = LOAD32U(s), b = LOAD32U(s + 32), c = LOAD32U(s + n - 64), f = LOAD32U(s + n - 32);
		STORE32U(d, a), STORE32U(d + 32, b), STORE32U(e - 64, c), STORE32U(e - 32, f);
		return d;
	}
	if (n <= 256) {
		v32 a = LOAD32U(s), b = LOAD32U(s + 32), c = LOAD32U(s + 64), f = LOAD32U(s + 96);
		v32 g = LOAD32U(s + n - 128), h = LOAD32U(s + n - 96), i = LOAD32U(s + n - 64), j = LOAD32U(s + n - 32);
		STORE32U(d, a), STORE32U(d + 32, b), STORE32U(d + 64, c), STORE32U(d + 96, f);
		STORE32U(e - 128, g), STORE32U(e - 96, h), STORE32U(e - 64, i), STORE32U(e - 32, j);
		return d;
	}
	if ((uintptr_t)d - (uintptr_t)s >= n) {	/* forwards */
		v32 head = LOAD32U(s);
		v32 t0 = LOAD32U(s + n - 128), t1 = LOAD32U(s + n - 96), t2 = LOAD32U(s + n - 64), t3 = LOAD32U(s + n - 32);
		size_t skew = 32 - ((uintptr_t)d & 31);
		unsigned char *p = d + skew;
		const unsigned char *q = s + skew;
		if (n >= NT_THRESHOLD && (uintptr_t)s - (uintptr_t)d >= n) {
			for (; e - p > 128; p += 128, q += 128) {
				v32 a = LOAD32U(q), b = LOAD32U(q + 32), c = LOAD32U(q + 64), f = LOAD32U(q + 96);
				NTSTORE(p, a);
				NTSTORE(p + 32, b);
				NTSTORE(p + 64, c);
				NTSTORE(p + 96, f);
			}
			__asm__ volatile("sfence" ::: "memory");
		} else {
			for (; e - p > 128; p += 128, q += 128) {
				v32 a = LOAD32U(q), b = LOAD32U(q + 32), c = LOAD32U(q + 64), f = LOAD32U(q + 96);
				STORE32(p, a), STORE32(p + 32, b), STORE32(p + 64, c), STORE32(p + 96, f);
			}
		}
		STORE32U(e - 128, t0), STORE32U(e - 96, t1), STORE32U(e - 64, t2), STORE32U(e - 32, t3);
		STORE32U(d, head);
	} else {	/* backwards */
		v32 h0 = LOAD32U(s), h1 = LOAD32U(s + 32), h2 = LOAD32U(s + 64), h3 = LOAD32U(s + 96);
		v32 tail = LOAD32U(s + n - 32);
		unsigned char *p = (unsigned char *)((uintptr_t)e & ~(uintptr_t)31);
		for (; p - d > 128; ) {
			const unsigned char *q = s + (p - d) - 128;
			v32 a = LOAD32U(q), b = LOAD32U(q + 32), c = LOAD32U(q + 64), f = LOAD32U(q + 96);
			p -= 128;
			STORE32(p, a), STORE32(p + 32, b), STORE32(p + 64, c), STORE32(p + 96, f);
		}
		STORE32U(d, h0), STORE32U(d + 32, h1), STORE32U(d + 64, h2), STORE32U(d + 96, h3);
		STORE32U(e - 32, tail);
	}
	return d;
}

static inline void *move(void *dest, const void *src, size_t n)
{
	unsigned char *d = dest, *e = d + n;
	const unsigned char *s = src;

	if (n <= 16) {
		if (n >= 8) {
			uint64_t a = *(const u64u *)s, b = *(const u64u *)(s + n - 8);
			*(u64u *)d = a, *(u64u *)(e - 8) = b;
		} else if (n >= 4) {
			uint32_t a = *(const u32u *)s, b = *(const u32u *)(s + n - 4);
			*(u32u *)d = a, *(u32u *)(e - 4) = b;
		} else if (n) {
			unsigned char a = s[0], b = s[n / 2], c = s[n - 1];
			d[0] = a, d[n / 2] = b, e[-1] = c;
		}
		return dest;
	}
	if (n <= 32) {
		v16 a = LOAD16U(s), b = LOAD16U(s + n - 16);
		STORE16U(d, a), STORE16U(e - 16, b);
		return dest;
	}
	if (n <= 64) {
		v16 a = LOAD16U(s), b = LOAD16U(s + 16), c = LOAD16U(s + n - 32), f = LOAD16U(s + n - 16);
		STORE16U(d, a), STORE16U(d + 16, b), STORE16U(e - 32, c), STORE16U(e - 16, f);
		return dest;
	}
	if (__x86_avx2)
		return memmove_avx2(d, s, n);
	if (n <= 128) {
		v16 a = LOAD16U(s), b = LOAD16U(s + 16), c = LOAD16U(s + 32), f = LOAD16U(s + 48);
		v16 g = LOAD16U(s + n - 64), h = LOAD16U(s + n - 48), i = LOAD16U(s + n - 32), j = LOAD16U(s + n - 16);
		STORE16U(d, a), STORE16U(d + 16, b), STORE16U(d + 32, c), STORE16U(d + 48, f);
		STORE16U(e - 64, g), STORE16U(e - 48, h), STORE16U(e - 32, i), STORE16U(e - 16, j);
		return dest;
	}
	if ((uintptr_t)d - (uintptr_t)s >= n) {	/* forwards */
		v16 head = LOAD16U(s);
		v16 t0 = LOAD16U(s + n - 64), t1 = LOAD16U(s + n - 48), t2 = LOAD16U(s + n - 32), t3 = LOAD16U(s + n - 16);
		size_t skew = 16 - ((uintptr_t)d & 15);
		unsigned char *p = d + skew;
		const unsigned char *q = s + skew;
		for (; e - p > 64; p += 64, q += 64) {
			v16 a = LOAD16U(q), b = LOAD16U(q + 16), c = LOAD16U(q + 32), f = LOAD16U(q + 48);
			STORE16(p, a), STORE16(p + 16, b), STORE16(p + 32, c), STORE16(p + 48, f);
		}
		STORE16U(e - 64, t0), STORE16U(e - 48, t1), STORE16U(e - 32, t2), STORE16U(e - 16, t3);
		STORE16U(d, head);
	} else {	/* backwards */
		v16 h0 = LOAD16U(s), h1 = LOAD16U(s + 16), h2 = LOAD16U(s + 32), h3 = LOAD16U(s + 48);
		v16 tail = LOAD16U(s + n - 16);
		unsigned char *p = (unsigned char *)((uintptr_t)e & ~(uintptr_t)15);
		for (; p - d > 64; ) {
			const unsigned char *q = s + (p - d) - 64;
			v16 a = LOAD16U(q), b = LOAD16U(q + 16), c = LOAD16U(q + 32), f = LOAD16U(q + 48);
			p -= 64;
			STORE16(p, a), STORE16(p + 16, b), STORE16(p + 32, c), STORE16(p + 48, f);
		}
		STORE16U(d, h0), STORE16U(d + 16, h1), STORE16U(d + 32, h2), STORE16U(d + 48, h3);
		STORE16U(e - 16, tail);
	}
	return dest;
}
