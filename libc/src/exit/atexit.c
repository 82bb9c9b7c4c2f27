#include <stdlib.h>
#include "libc.h"

/* Handlers live in blocks: the first is static (ATEXIT_MAX promises 32), later ones
 * come from malloc. Each block holds one batch; they run newest first. */
#define PER 32

struct block {
	struct block *prev;
	void (*fn[PER])(void *);
	void *arg[PER];
};

static struct block first, *head;
static int used;	/* slots used in head */

int __cxa_atexit(void (*fn)(void *), void *arg, void *dso)
{
	if (!head) head = &first;
	if (used == PER) {
		struct block *b = calloc(1, sizeof *b);
		if (!b) return -1;
		b->prev = head;
		head = b;
		used = 0;
	}
	head->fn[used] = fn;
	head->arg[used] = arg;
	used++;
	return 0;
}

static void call_plain(void *f)
{
	((void (*)(void))f)();
}

int atexit(void (*fn)(void))
{
	return __cxa_atexit(call_plain, (void *)fn, 0);
}

/* Each handler is removed before it runs, so a handler that calls exit (undefined,
 * but common) or registers another one cannot loop forever. */
void __run_atexit(void)
{
	while (head) {
		while (used > 0) {
			used--;
			void (*fn)(void *) = head->fn[used];
			fn(head->arg[used]);
		}
		if (!head->prev) break;
		head = head->prev;
		used = PER;
	}
}
