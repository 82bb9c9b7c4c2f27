#include <errno.h>
#include "pthread_impl.h"

/* There is no pthread_cancel, so no cancellation request can ever be pending: these
 * record the state a program asks for and testcancel has nothing to act on. */
static _Thread_local int cancel_state, cancel_type;

int pthread_setcancelstate(int state, int *old)
{
	if (state != PTHREAD_CANCEL_ENABLE && state != PTHREAD_CANCEL_DISABLE) return EINVAL;
	if (old) *old = cancel_state;
	cancel_state = state;
	return 0;
}

int pthread_setcanceltype(int type, int *old)
{
	if (type != PTHREAD_CANCEL_DEFERRED && type != PTHREAD_CANCEL_ASYNCHRONOUS) return EINVAL;
	if (old) *old = cancel_type;
	cancel_type = type;
	return 0;
}

void pthread_testcancel(void)
{
}

static int concurrency;

int pthread_getconcurrency(void)
{
	return concurrency;
}

int pthread_setconcurrency(int level)
{
	if (level < 0) return EINVAL;
	concurrency = level;
	return 0;
}
