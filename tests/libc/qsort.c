/* qsort and qsort_r: sorted and stable (equal keys keep their order) for element sizes
 * 1 to 40, including the 4 and 8 bytes that are moved without memcpy, many lengths
 * (the insertion-sorted short runs, the merges, scratch on the stack and from malloc),
 * runs already in order, and qsort_r's argument reaching the function. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fails;
/* elements: a key byte, then the original index (little-endian) in the rest */

static int by_key(const void *a, const void *b)
{
	return *(const unsigned char *)a - *(const unsigned char *)b;
}

static int by_key_r(const void *a, const void *b, void *calls)
{
	++*(long *)calls;
	return by_key(a, b);
}

static size_t index_of(const unsigned char *e, size_t size)
{
	size_t i = 0;
	for (size_t k = size; k > 1; k--)
		i = i << 8 | e[k - 1];
	return i;
}

static void check(size_t n, size_t size, int use_r, int sorted_input)
{
	unsigned char *v = malloc(n * size + 1);
	long calls = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char *e = v + i * size;
		e[0] = sorted_input ? (unsigned char)(i * 7 / (n + 1)) : (unsigned char)(rand() % 13);
		for (size_t k = 1, x = i; k < size; k++, x >>= 8)
			e[k] = (unsigned char)x;
	}
	if (use_r)
		qsort_r(v, n, size, by_key_r, &calls);
	else
		qsort(v, n, size, by_key);
	for (size_t i = 1; i < n; i++) {
		unsigned char *a = v + (i - 1) * size, *b = v + i * size;
		int bad = a[0] > b[0];
		/* stable: the index is known (and so comparable) when it fits in the element */
		if (a[0] == b[0] && (size - 1 >= sizeof(size_t) || n <= ((size_t)1 << 8 * (size - 1))))
			bad |= index_of(a, size) > index_of(b, size);
		if (bad) {
			if (fails++ < 10)
				printf("FAIL n %zu size %zu r %d sorted %d at %zu\n", n, size, use_r, sorted_input, i);
			break;
		}
	}
	if (use_r && n > 1 && !calls && fails++ < 10)
		printf("FAIL qsort_r n %zu: the function never saw its argument\n", n);
	free(v);
}

int main(void)
{
	static const size_t sizes[] = { 1, 2, 3, 4, 5, 8, 12, 16, 24, 40 };
	static const size_t big[] = { 100, 257, 1000, 4099, 30000 };

	for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
		for (size_t n = 0; n <= 70; n++)
			for (int r = 0; r < 2; r++)
				check(n, sizes[s], r, 0), check(n, sizes[s], r, 1);
		for (size_t b = 0; b < sizeof big / sizeof *big; b++)
			for (int r = 0; r < 2; r++)
				check(big[b], sizes[s], r, 0), check(big[b], sizes[s], r, 1);
	}
	printf("%s qsort\n", fails ? "FAILED" : "ok");
	return fails != 0;
}
