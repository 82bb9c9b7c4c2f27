#include <errno.h>
#include <string.h>
#include "pthread_impl.h"

/* __s[0] stack size (0: default), __s[1] guard size, __s[2] detached, __s[3] guard
 * size given (else one page). */
int pthread_attr_init(pthread_attr_t *a)
{
	memset(a, 0, sizeof *a);
	return 0;
}

int pthread_attr_destroy(pthread_attr_t *a)
{
	return 0;
}

int pthread_attr_getdetachstate(const pthread_attr_t *a, int *state)
{
	*state = (int)a->__s[2];
	return 0;
}

int pthread_attr_setdetachstate(pthread_attr_t *a, int state)
{
	if (state != PTHREAD_CREATE_JOINABLE && state != PTHREAD_CREATE_DETACHED) return EINVAL;
	a->__s[2] = state;
	return 0;
}

int pthread_attr_getstacksize(const pthread_attr_t *restrict a, size_t *restrict size)
{
	*size = a->__s[0] ? a->__s[0] : DEFAULT_STACK_SIZE;
	return 0;
}

int pthread_attr_setstacksize(pthread_attr_t *a, size_t size)
{
	if (size < PTHREAD_STACK_MIN || size > (size_t)-1 / 4) return EINVAL;
	a->__s[0] = size;
	return 0;
}

int pthread_attr_getguardsize(const pthread_attr_t *restrict a, size_t *restrict size)
{
	*size = a->__s[3] ? a->__s[1] : __libc.page_size;
	return 0;
}

int pthread_attr_setguardsize(pthread_attr_t *a, size_t size)
{
	if (size > (size_t)-1 / 4) return EINVAL;
	a->__s[1] = size;
	a->__s[3] = 1;
	return 0;
}
