#include <stdlib.h>
#include <stdint.h>

/* The same additive generator as glibc's random() (TYPE_3: 31 words, taps 3 apart,
 * seeded by a Park-Miller sequence, the first 310 outputs dropped), so seeded sequences
 * match across builds. k is the rear tap; the front one is 3 words ahead. */
static uint32_t r[31];
static int k;
static int seeded;

void srandom(unsigned seed)
{
	int i;
	int32_t w;

	if (!seed)
		seed = 1;
	r[0] = seed;
	for (i = 1; i < 31; i++) {
		/* 16807 * r[i-1] mod (2^31 - 1) without overflow (Schrage). */
		int32_t prev = r[i - 1], hi = prev / 127773, lo = prev % 127773;
		w = 16807 * lo - 2836 * hi;
		if (w < 0)
			w += 2147483647;
		r[i] = w;
	}
	k = 0;
	seeded = 1;
	for (i = 0; i < 310; i++)
		random();
}

long random(void)
{
	uint32_t v;

	if (!seeded)
		srandom(1);
	v = r[(k + 3) % 31] += r[k];
	k = (k + 1) % 31;
	return v >> 1;
}

int rand(void)
{
	return random();
}

void srand(unsigned seed)
{
	srandom(seed);
}
