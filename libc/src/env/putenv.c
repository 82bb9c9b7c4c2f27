#include <stdlib.h>
#include <string.h>
#include "env.h"

int putenv(char *s)
{
	/* "NAME" without '=' removes NAME, as glibc does. */
	if (!strchr(s, '=')) return unsetenv(s);
	return __env_put(s, 0);
}
