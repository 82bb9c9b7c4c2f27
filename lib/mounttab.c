/* mounttab.c: mount table fields, shared by mount and umount. */
#include <string.h>
#include "ring3.h"

char *mnt_unescape(char *s)
{
	char *o = s;
	for (char *p = s; *p; p++) {
		if (p[0] == '\\' && p[1] >= '0' && p[1] <= '3' && p[2] >= '0' && p[2] <= '7' &&
		    p[3] >= '0' && p[3] <= '7') {
			*o++ = (p[1] - '0') * 64 + (p[2] - '0') * 8 + (p[3] - '0');
			p += 3;
		} else {
			*o++ = *p;
		}
	}
	*o = 0;
	return s;
}

int mnt_type_matches(const char *type, const char *want)
{
	if (!want)
		return 1;
	int neg = !strncmp(want, "no", 2);
	if (neg)
		want += 2;
	size_t len = strlen(type);
	for (const char *p = want; *p;) {
		size_t n = strcspn(p, ",");
		if (n == len && !strncmp(p, type, n))
			return !neg;
		p += n + (p[n] == ',');
	}
	return neg;
}
