#include <stdlib.h>

/* glibc's rand_r: three steps of its LCG, 11 + 10 + 10 bits. */
int rand_r(unsigned *seed)
{
	unsigned next = *seed;
	int result;

	next = next * 1103515245 + 12345;
	result = (next / 65536) % 2048;
	next = next * 1103515245 + 12345;
	result = (result << 10) ^ (next / 65536) % 1024;
	next = next * 1103515245 + 12345;
	result = (result << 10) ^ (next / 65536) % 1024;
	*seed = next;
	return result;
}
