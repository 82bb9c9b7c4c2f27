#include <stdlib.h>
#include "libc.h"

/* In a set-id program the environment belongs to a less trusted user. */
char *secure_getenv(const char *name)
{
	return __libc.secure ? 0 : getenv(name);
}
