/* cpu.c: x86_64 feature detection for the string functions: __x86_avx2 is set when the
 * CPU has AVX2 and the kernel saves the YMM state (OSXSAVE, XCR0 bits 1-2). */
#include "cpu_x86.h"

int __x86_avx2;

static void cpuid(unsigned leaf, unsigned sub, unsigned r[4])
{
	__asm__("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(sub));
}

__attribute__((__constructor__)) static void cpu_init(void)
{
	unsigned r[4], lo, hi;

	cpuid(0, 0, r);
	if (r[0] < 7)
		return;
	cpuid(1, 0, r);
	if (!(r[2] & (1u << 27)) || !(r[2] & (1u << 28)))	/* OSXSAVE, AVX */
		return;
	__asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
	if ((lo & 6) != 6)
		return;
	cpuid(7, 0, r);
	__x86_avx2 = (r[1] >> 5) & 1;
}
