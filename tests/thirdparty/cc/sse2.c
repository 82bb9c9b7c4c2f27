/* x86 intrinsics from the compiler's headers: SSE2 integer adds, _mm_malloc (which
 * goes through ring3's stdlib.h: posix_memalign). */
#include <emmintrin.h>
#include <immintrin.h>
#include <x86intrin.h>
#include <stdint.h>
#include <stdio.h>

int main(void)
{
	int32_t *out = _mm_malloc(4 * sizeof *out, 16);
	if (!out || (uintptr_t)out % 16) return 1;
	__m128i a = _mm_set_epi32(4, 3, 2, 1), b = _mm_set1_epi32(10);
	_mm_store_si128((__m128i *)out, _mm_add_epi32(a, b));
	__m128d d = _mm_sqrt_pd(_mm_set_pd(16.0, 9.0));
	double r[2];
	_mm_storeu_pd(r, d);
	printf("%d %d %d %d %g %g\n", out[0], out[1], out[2], out[3], r[0], r[1]);
	_mm_free(out);
	return 0;
}
