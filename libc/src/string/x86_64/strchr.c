/* strchr: strchrnul's body (strchrnul.h), then whether it stopped on c or on the end. */
#include "strchrnul.h"

AVX2 static char *strchr_avx2(const char *s, int c)
{
	char *r = strchrnul_avx2(s, c);
	return *(unsigned char *)r == (unsigned char)c ? r : 0;
}

char *strchr(const char *s, int c)
{
	char *r;

	/* expected: the AVX2 body is then one jump away, not a branch and a jump */
	if (__builtin_expect(__x86_avx2, 1))
		return strchr_avx2(s, c);
	r = strchrnul_sse2(s, c);
	return *(unsigned char *)r == (unsigned char)c ? r : 0;
}
