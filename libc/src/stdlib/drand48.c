#include <stdlib.h>
#include <stdint.h>

/* POSIX fixes the generator: x' = (0x5DEECE66D x + 11) mod 2^48. */
static uint64_t x = 0x1234abcd330eULL;

static uint64_t step(void)
{
	x = (x * 0x5deece66dULL + 11) & ((1ULL << 48) - 1);
	return x;
}

void srand48(long seed)
{
	x = ((uint64_t)(uint32_t)seed << 16) | 0x330e;
}

double drand48(void)
{
	return (double)step() / (double)(1ULL << 48);
}

long lrand48(void)
{
	return step() >> 17;
}

long mrand48(void)
{
	return (int32_t)(step() >> 16);
}
