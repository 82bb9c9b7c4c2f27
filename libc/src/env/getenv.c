#include <stdlib.h>
#include <string.h>

extern char **__environ;

char *getenv(const char *name)
{
	size_t n = strchrnul(name, '=') - name;
	if (!n || name[n] || !__environ) return 0;
	for (char **e = __environ; *e; e++)
		if (!strncmp(name, *e, n) && (*e)[n] == '=')
			return *e + n + 1;
	return 0;
}
