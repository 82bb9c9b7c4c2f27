/* search: tsearch/tfind/tdelete/twalk on many sorted and shuffled keys (the tree
 * stays balanced: depth is checked), hsearch, lsearch/lfind, insque/remque. */
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static int cmp(const void *a, const void *b)
{
	long x = (long)a, y = (long)b;
	return x < y ? -1 : x > y;
}

static int maxdepth, count, ordered = 1;
static long last = -1;

static void visit(const void *n, VISIT v, int depth)
{
	if (depth > maxdepth) maxdepth = depth;
	if (v == postorder || v == leaf) {
		long k = (long)*(void *const *)n;
		if (k <= last) ordered = 0;
		last = k;
		count++;
	}
}

static int icmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

int main(void)
{
	void *root = NULL;
	int ok = 1;
	for (long i = 1; i <= 10000; i++) {
		void **p = tsearch((void *)i, &root, cmp);
		if (!p || *p != (void *)i) ok = 0;
	}
	CHECK(ok);
	CHECK(*(void **)tsearch((void *)5000L, &root, cmp) == (void *)5000L);	/* no duplicate */
	twalk(root, visit);
	CHECK(count == 10000 && ordered && maxdepth < 20);
	CHECK(tfind((void *)1234L, &root, cmp) != NULL && tfind((void *)10001L, &root, cmp) == NULL);
	ok = 1;
	for (long i = 2; i <= 10000; i += 2)
		if (!tdelete((void *)i, &root, cmp)) ok = 0;
	CHECK(ok);
	CHECK(tdelete((void *)2L, &root, cmp) == NULL);
	count = maxdepth = 0, last = -1, ordered = 1;
	twalk(root, visit);
	CHECK(count == 5000 && ordered && maxdepth < 20);
	CHECK(tfind((void *)3L, &root, cmp) && !tfind((void *)4L, &root, cmp));
	for (long i = 1; i <= 10000; i += 2) tdelete((void *)i, &root, cmp);
	CHECK(root == NULL);

	CHECK(hcreate(100) != 0);
	char keys[50][16];
	ok = 1;
	for (int i = 0; i < 50; i++) {
		snprintf(keys[i], sizeof keys[i], "k%d", i);
		ENTRY e = { keys[i], (void *)(long)i };
		if (!hsearch(e, ENTER)) ok = 0;
	}
	CHECK(ok);
	ENTRY q = { "k42", NULL };
	ENTRY *r = hsearch(q, FIND);
	CHECK(r && (long)r->data == 42);
	q.key = "nope";
	CHECK(hsearch(q, FIND) == NULL);
	hdestroy();

	int arr[10] = { 5, 3, 9 };
	size_t n = 3;
	int k = 9, k2 = 7;
	CHECK(lfind(&k, arr, &n, sizeof *arr, icmp) == &arr[2]);
	CHECK(lsearch(&k2, arr, &n, sizeof *arr, icmp) == &arr[3] && n == 4 && arr[3] == 7);

	struct q { struct q *next, *prev; int v; } a = { 0, 0, 1 }, b = { 0, 0, 2 }, c = { 0, 0, 3 };
	insque(&a, NULL);
	insque(&b, &a);
	insque(&c, &b);
	CHECK(a.next == &b && b.next == &c && c.prev == &b);
	remque(&b);
	CHECK(a.next == &c && c.prev == &a);
	return fails != 0;
}
