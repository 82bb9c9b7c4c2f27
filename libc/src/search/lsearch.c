#include <search.h>
#include <string.h>

void *lfind(const void *key, const void *base, size_t *n, size_t size,
	int (*cmp)(const void *, const void *))
{
	const char *p = base;
	for (size_t i = 0; i < *n; i++, p += size)
		if (!cmp(key, p)) return (void *)p;
	return 0;
}

void *lsearch(const void *key, void *base, size_t *n, size_t size,
	int (*cmp)(const void *, const void *))
{
	void *p = lfind(key, base, n, size, cmp);
	if (p) return p;
	p = (char *)base + *n * size;
	memcpy(p, key, size);
	++*n;
	return p;
}

/* Queue elements start with forward and backward pointers. */
struct link {
	struct link *next, *prev;
};

void insque(void *elem, void *pred)
{
	struct link *e = elem, *p = pred;
	if (!p) {
		e->next = e->prev = 0;
		return;
	}
	e->next = p->next;
	e->prev = p;
	p->next = e;
	if (e->next) e->next->prev = e;
}

void remque(void *elem)
{
	struct link *e = elem;
	if (e->next) e->next->prev = e->prev;
	if (e->prev) e->prev->next = e->next;
}
