#include <errno.h>
#include <stdlib.h>
#include "pthread_impl.h"

/* Handlers in registration order; prepare runs in reverse, parent and child in order. */
struct handler {
	void (*prepare)(void), (*parent)(void), (*child)(void);
	struct handler *next, *prev;
};
static struct handler *first, *last;
static volatile int lock;

int pthread_atfork(void (*prepare)(void), void (*parent)(void), void (*child)(void))
{
	struct handler *h = malloc(sizeof *h);
	if (!h) return ENOMEM;
	*h = (struct handler){ prepare, parent, child, 0, 0 };
	LOCK(&lock);
	h->prev = last;
	if (last) last->next = h;
	else first = h;
	last = h;
	UNLOCK(&lock);
	return 0;
}

void __fork_handlers(int when)
{
	if (when < 0) {
		LOCK(&lock);
		for (struct handler *h = last; h; h = h->prev)
			if (h->prepare) h->prepare();
		return;
	}
	for (struct handler *h = first; h; h = h->next) {
		void (*f)(void) = when ? h->child : h->parent;
		if (f) f();
	}
	if (when) lock = 0;
	else UNLOCK(&lock);
}
