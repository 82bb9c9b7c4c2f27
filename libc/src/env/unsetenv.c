#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "env.h"

int unsetenv(const char *name)
{
	size_t n = strchrnul(name, '=') - name;
	if (!n || name[n]) {
		errno = EINVAL;
		return -1;
	}
	if (!__environ) return 0;
	char **r = __environ, **w = __environ;
	for (; *r; r++) {
		if (!strncmp(name, *r, n) && (*r)[n] == '=') __env_release(*r);
		else *w++ = *r;
	}
	*w = 0;
	return 0;
}
