#include <string.h>

/* Like glibc, *save is left pointing into the string (at its end once the tokens are
 * used up), never null: callers take "the rest of the line" from it. */
char *strtok_r(char *restrict s, const char *restrict sep, char **restrict save)
{
	if (!s && !(s = *save))
		return 0;
	s += strspn(s, sep);
	if (!*s) {
		*save = s;
		return 0;
	}
	char *end = s + strcspn(s, sep);
	if (*end)
		*end++ = 0;
	*save = end;
	return s;
}
