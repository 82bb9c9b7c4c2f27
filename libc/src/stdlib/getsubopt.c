#include <stdlib.h>
#include <string.h>

/* Splits the next "name[=value]" off a comma-separated list and looks the name up. */
int getsubopt(char **opt, char *const *keys, char **val)
{
	char *s = *opt, *eq;
	size_t n;
	int i;

	*opt = strchrnul(s, ',');
	if (**opt)
		*(*opt)++ = 0;
	eq = strchr(s, '=');
	n = eq ? (size_t)(eq - s) : strlen(s);
	*val = eq ? eq + 1 : 0;
	for (i = 0; keys[i]; i++)
		if (!strncmp(keys[i], s, n) && !keys[i][n])
			return i;
	/* Unknown: the whole suboption is the value, as glibc does. */
	*val = s;
	return -1;
}
