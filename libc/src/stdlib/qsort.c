#include <stdlib.h>
#include <string.h>
#include <stdint.h>

/* A stable merge sort, as glibc's qsort is in practice, so that programs comparing
 * only part of an element get the same order in every build. It needs n * size bytes
 * of scratch; when that cannot be had, heapsort (in place, also O(n log n)) runs. */

typedef int (*cmp_r)(const void *, const void *, void *);

struct ctx {
	size_t size;
	cmp_r cmp;
	void *arg;
	char *tmp;
};

static void merge_sort(struct ctx *c, char *b, size_t n)
{
	size_t n1 = n / 2, sz = c->size;
	char *l, *r, *lend, *rend, *t;

	if (n <= 1)
		return;
	if (n <= 8) {
		/* Insertion sort for short runs: stable, and cheap in swaps. */
		size_t i, j;
		for (i = 1; i < n; i++) {
			for (j = i; j && c->cmp(b + (j - 1) * sz, b + i * sz, c->arg) > 0; j--)
				;
			if (j != i) {
				memcpy(c->tmp, b + i * sz, sz);
				memmove(b + (j + 1) * sz, b + j * sz, (i - j) * sz);
				memcpy(b + j * sz, c->tmp, sz);
			}
		}
		return;
	}
	merge_sort(c, b, n1);
	merge_sort(c, b + n1 * sz, n - n1);
	l = b;
	lend = r = b + n1 * sz;
	rend = b + n * sz;
	/* Already in order: nothing to merge. */
	if (c->cmp(r - sz, r, c->arg) <= 0)
		return;
	t = c->tmp;
	while (l < lend && r < rend) {
		if (c->cmp(l, r, c->arg) <= 0) {
			memcpy(t, l, sz);
			l += sz;
		} else {
			memcpy(t, r, sz);
			r += sz;
		}
		t += sz;
	}
	/* What is left of the right run is already in place. */
	memcpy(t, l, lend - l);
	t += lend - l;
	memcpy(b, c->tmp, t - c->tmp);
}

static void swap(char *a, char *b, size_t n)
{
	char t;
	for (; n; n--) {
		t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

static void sift(struct ctx *c, char *b, size_t root, size_t n)
{
	size_t sz = c->size, child;

	while ((child = 2 * root + 1) < n) {
		if (child + 1 < n && c->cmp(b + child * sz, b + (child + 1) * sz, c->arg) < 0)
			child++;
		if (c->cmp(b + root * sz, b + child * sz, c->arg) >= 0)
			return;
		swap(b + root * sz, b + child * sz, sz);
		root = child;
	}
}

static void heap_sort(struct ctx *c, char *b, size_t n)
{
	size_t i;

	for (i = n / 2; i--;)
		sift(c, b, i, n);
	for (i = n; i-- > 1;) {
		swap(b, b + i * c->size, c->size);
		sift(c, b, 0, i);
	}
}

void qsort_r(void *base, size_t n, size_t size, cmp_r cmp, void *arg)
{
	char stack[1024];
	struct ctx c = { size, cmp, arg, stack };

	if (n < 2 || !size)
		return;
	if (n > SIZE_MAX / size) {
		heap_sort(&c, base, n);
		return;
	}
	if (n * size > sizeof stack && !(c.tmp = malloc(n * size))) {
		heap_sort(&c, base, n);
		return;
	}
	merge_sort(&c, base, n);
	if (c.tmp != stack)
		free(c.tmp);
}

static int call(const void *a, const void *b, void *cmp)
{
	return ((int (*)(const void *, const void *))cmp)(a, b);
}

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	qsort_r(base, n, size, call, (void *)cmp);
}
