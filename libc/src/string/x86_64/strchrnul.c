/* strchrnul: SSE2, or AVX2 when the CPU has it (strchrnul.h). */
#include "strchrnul.h"

AVX2 static char *strchrnul_avx2_(const char *s, int c)
{
	return strchrnul_avx2(s, c);
}

char *strchrnul(const char *s, int c)
{
	/* expected: the AVX2 body is then one jump away, not a branch and a jump */
	if (__builtin_expect(__x86_avx2, 1))
		return strchrnul_avx2_(s, c);
	return strchrnul_sse2(s, c);
}
