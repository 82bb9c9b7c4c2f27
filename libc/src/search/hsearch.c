#include <search.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

/* One process-wide table with open addressing; its size is a power of two at
 * least twice the promised element count, so probes stay short. */
static ENTRY *tab;
static size_t mask, used;

static size_t hash(const char *s)
{
	size_t h = 5381;
	while (*s) h = h * 33 ^ (unsigned char)*s++;
	return h;
}

int hcreate(size_t n)
{
	size_t size = 8;
	while (size < 2 * n && size < ((size_t)-1 >> 2)) size *= 2;
	if (!(tab = calloc(size, sizeof *tab))) return 0;
	mask = size - 1;
	used = 0;
	return 1;
}

void hdestroy(void)
{
	free(tab);
	tab = 0;
	used = 0;
}

ENTRY *hsearch(ENTRY item, ACTION action)
{
	if (!tab) {
		errno = ESRCH;
		return 0;
	}
	size_t i = hash(item.key) & mask;
	for (size_t step = 1; tab[i].key; i = (i + step++) & mask)
		if (!strcmp(tab[i].key, item.key)) return &tab[i];
	if (action == FIND) {
		errno = ESRCH;
		return 0;
	}
	/* Keep at least a quarter free: a full table could not end a probe. */
	if (used + 1 > mask - mask / 4) {
		errno = ENOMEM;
		return 0;
	}
	tab[i] = item;
	used++;
	return &tab[i];
}
