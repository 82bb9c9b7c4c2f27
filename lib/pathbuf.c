/* pathbuf.c: the path of a tree walk, for messages and tests (find, rm, du). */
#include <string.h>
#include "ring3.h"

size_t path_push(struct pathbuf *p, const char *name)
{
	size_t old = p->len, n = strlen(name);
	if (p->len + n + 2 > p->cap)
		p->s = xrealloc(p->s, p->cap = (p->len + n + 2) * 2);
	if (p->len && p->s[p->len - 1] != '/')
		p->s[p->len++] = '/';
	memcpy(p->s + p->len, name, n + 1);
	p->len += n;
	return old;
}

void path_pop(struct pathbuf *p, size_t old)
{
	p->len = old;
	p->s[old] = 0;
}
