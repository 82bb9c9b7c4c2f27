#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "env.h"

/* Strings setenv allocated, so they can be freed when replaced or unset; strings
 * from putenv or the kernel belong to someone else. */
static char **owned_strs;
static size_t n_owned, cap_owned;
/* The vector itself, once we had to grow it (the kernel's cannot be realloc'd). */
static char **our_vec;

void __env_release(char *s)
{
	for (size_t i = 0; i < n_owned; i++)
		if (owned_strs[i] == s) {
			owned_strs[i] = owned_strs[--n_owned];
			free(s);
			return;
		}
}

static int remember(char *s)
{
	if (n_owned == cap_owned) {
		size_t cap = cap_owned ? 2 * cap_owned : 16;
		char **p = realloc(owned_strs, cap * sizeof *p);
		if (!p) return -1;
		owned_strs = p;
		cap_owned = cap;
	}
	owned_strs[n_owned++] = s;
	return 0;
}

int __env_put(char *s, int owned)
{
	size_t len = strchrnul(s, '=') - s, i = 0;
	if (owned && remember(s)) goto nomem;
	if (__environ)
		for (; __environ[i]; i++)
			if (!strncmp(s, __environ[i], len) && __environ[i][len] == '=') {
				char *old = __environ[i];
				__environ[i] = s;
				__env_release(old);
				return 0;
			}
	/* Not present: append, growing a vector we own (realloc keeps its entries)
	 * or copying the kernel's into a new one. */
	int ours = __environ && __environ == our_vec;
	char **v = realloc(ours ? our_vec : 0, (i + 2) * sizeof *v);
	if (!v) {
		if (owned) n_owned--;
		goto nomem;
	}
	if (!ours && i) memcpy(v, __environ, i * sizeof *v);
	v[i] = s;
	v[i + 1] = 0;
	__environ = our_vec = v;
	return 0;
nomem:
	errno = ENOMEM;
	return -1;
}
