#include <search.h>
#include <stdlib.h>

/* An AVL tree: sorted input (inode numbers, say) cannot degrade it into a list.
 * The key is the node's first member, which is what the returned pointers
 * point at. */
struct node {
	const void *key;
	struct node *a[2];
	int h;
};

typedef int (*cmpfn)(const void *, const void *);

static int height(const struct node *n)
{
	return n ? n->h : 0;
}

static void fix(struct node *n)
{
	int l = height(n->a[0]), r = height(n->a[1]);
	n->h = 1 + (l > r ? l : r);
}

/* d = 1 turns x's left child into the root of the subtree, d = 0 the right one. */
static struct node *rotate(struct node *x, int d)
{
	struct node *c = x->a[!d];
	x->a[!d] = c->a[d];
	c->a[d] = x;
	fix(x);
	fix(c);
	return c;
}

static struct node *balance(struct node *n)
{
	fix(n);
	int b = height(n->a[0]) - height(n->a[1]);
	if (b > 1) {
		if (height(n->a[0]->a[0]) < height(n->a[0]->a[1])) n->a[0] = rotate(n->a[0], 0);
		return rotate(n, 1);
	}
	if (b < -1) {
		if (height(n->a[1]->a[1]) < height(n->a[1]->a[0])) n->a[1] = rotate(n->a[1], 1);
		return rotate(n, 0);
	}
	return n;
}

void *tfind(const void *key, void *const *root, cmpfn cmp)
{
	if (!root) return 0;
	for (struct node *n = *root; n; ) {
		int c = cmp(key, n->key);
		if (!c) return n;
		n = n->a[c > 0];
	}
	return 0;
}

static struct node *insert(struct node *n, struct node *new, cmpfn cmp)
{
	if (!n) return new;
	int c = cmp(new->key, n->key);
	n->a[c > 0] = insert(n->a[c > 0], new, cmp);
	return balance(n);
}

void *tsearch(const void *key, void **root, cmpfn cmp)
{
	if (!root) return 0;
	struct node *n = tfind(key, root, cmp);
	if (n) return n;
	if (!(n = malloc(sizeof *n))) return 0;
	n->key = key;
	n->a[0] = n->a[1] = 0;
	n->h = 1;
	*root = insert(*root, n, cmp);
	return n;
}

static struct node *delmin(struct node *n, struct node **min)
{
	if (!n->a[0]) {
		*min = n;
		return n->a[1];
	}
	n->a[0] = delmin(n->a[0], min);
	return balance(n);
}

static struct node *del(struct node *n, const void *key, cmpfn cmp)
{
	int c = cmp(key, n->key);
	if (c) {
		n->a[c > 0] = del(n->a[c > 0], key, cmp);
		return balance(n);
	}
	struct node *r;
	if (!n->a[0] || !n->a[1]) {
		r = n->a[0] ? n->a[0] : n->a[1];
	} else {
		/* Two children: the in-order successor takes this place. */
		n->a[1] = delmin(n->a[1], &r);
		r->a[0] = n->a[0];
		r->a[1] = n->a[1];
		r = balance(r);
	}
	free(n);
	return r;
}

/* Returns the deleted node's parent, or the root itself when the root went. */
void *tdelete(const void *restrict key, void **restrict root, cmpfn cmp)
{
	if (!root || !*root) return 0;
	struct node *parent = 0;
	for (struct node *n = *root; ; ) {
		if (!n) return 0;
		int c = cmp(key, n->key);
		if (!c) break;
		parent = n;
		n = n->a[c > 0];
	}
	*root = del(*root, key, cmp);
	return parent ? (void *)parent : *root ? *root : (void *)root;
}

static void walk(const struct node *n, void (*fn)(const void *, VISIT, int), int depth)
{
	if (!n->a[0] && !n->a[1]) {
		fn(n, leaf, depth);
		return;
	}
	fn(n, preorder, depth);
	if (n->a[0]) walk(n->a[0], fn, depth + 1);
	fn(n, postorder, depth);
	if (n->a[1]) walk(n->a[1], fn, depth + 1);
	fn(n, endorder, depth);
}

void twalk(const void *root, void (*fn)(const void *, VISIT, int))
{
	if (root && fn) walk(root, fn, 0);
}

void tdestroy(void *root, void (*freekey)(void *))
{
	struct node *n = root;
	if (!n) return;
	tdestroy(n->a[0], freekey);
	tdestroy(n->a[1], freekey);
	if (freekey) freekey((void *)n->key);
	free(n);
}
