#include "stdio_impl.h"

/* Streams opened at run time, for fflush(NULL) and exit. */
FILE *__ofl_head;
volatile int __ofl_lock;

void __ofl_add(FILE *f)
{
	LOCK(&__ofl_lock);
	f->prev = 0;
	f->next = __ofl_head;
	if (__ofl_head)
		__ofl_head->prev = f;
	__ofl_head = f;
	UNLOCK(&__ofl_lock);
}

void __ofl_remove(FILE *f)
{
	LOCK(&__ofl_lock);
	if (f->prev)
		f->prev->next = f->next;
	else if (__ofl_head == f)
		__ofl_head = f->next;
	if (f->next)
		f->next->prev = f->prev;
	f->prev = f->next = 0;
	UNLOCK(&__ofl_lock);
}
