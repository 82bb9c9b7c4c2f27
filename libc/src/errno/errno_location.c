#include <errno.h>
#include "tcb.h"

/* errno is a field of the thread control block: one %fs-relative load, no TLS
 * model questions, and it exists as soon as the thread pointer does. */
int *__errno_location(void)
{
	return &__tcb_self()->errno_val;
}
