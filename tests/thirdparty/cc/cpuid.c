/* cpuid.h (the compiler's): leaf 0's vendor string, leaf 1's SSE2 bit (always set on
 * x86_64). Prints the vendor for the caller to compare with /proc/cpuinfo. */
#include <cpuid.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	unsigned a, b, c, d;
	char vendor[13];
	if (!__get_cpuid(0, &a, &b, &c, &d) || (unsigned)__get_cpuid_max(0, 0) != a) return 1;
	memcpy(vendor, &b, 4);
	memcpy(vendor + 4, &d, 4);
	memcpy(vendor + 8, &c, 4);
	vendor[12] = 0;
	if (!__get_cpuid(1, &a, &b, &c, &d)) return 1;
	printf("%s sse2=%d\n", vendor, !!(d & bit_SSE2));
	return 0;
}
