#include <stdlib.h>
#include "stdio_impl.h"

int fclose(FILE *f)
{
	FLOCK(f);
	int r = __fflush_one(f);

	r |= f->close(f);
	if (f->flags & F_PERM) {
		/* stdin/stdout/stderr stay usable objects, but dead. */
		f->flags |= F_NORD | F_NOWR;
		f->rpos = f->rend = f->wbase = f->wpos = f->wend = 0;
		FUNLOCK(f);
		return r;
	}
	FUNLOCK(f);
	__ofl_remove(f);
	free(f->alloc);
	free(f);
	return r;
}
