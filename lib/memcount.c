/* mem_count: how many times a byte occurs in a buffer, 16 bytes a step. wc -l and
 * friends call it on every block, where a memchr per line costs a call per line. */
#include <string.h>
#include "ring3.h"

/* GCC/clang vector extensions: SSE2 on x86_64, NEON on aarch64, plain code elsewhere. */
typedef unsigned char v16 __attribute__((vector_size(16)));

size_t mem_count(const void *buf, int c, size_t n)
{
	const unsigned char *p = buf;
	size_t total = 0;
	v16 want;
	for (int i = 0; i < 16; i++)
		want[i] = (unsigned char)c;
	while (n >= 16) {
		/* each lane counts up to 255 matches before it is added up */
		size_t steps = n / 16 < 255 ? n / 16 : 255;
		v16 acc = { 0 };
		for (size_t i = 0; i < steps; i++, p += 16) {
			v16 x;
			memcpy(&x, p, 16);
			acc -= (v16)(x == want);	/* a match is all ones: -1 */
		}
		n -= steps * 16;
		for (int i = 0; i < 16; i++)
			total += acc[i];
	}
	for (; n; n--)
		total += *p++ == (unsigned char)c;
	return total;
}
