#include <string.h>
#include <ctype.h>

/* GNU version ordering: digit runs compare numerically, except that runs with leading
 * zeros are taken as fractional parts and sort before plain integers. */
int strverscmp(const char *a, const char *b)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	size_t i, dp = 0, j;
	int z = 1;

	/* Find the first difference, remembering where the digit run around it began and
	 * whether that run so far is all zeros. */
	for (i = 0; l[i] == r[i]; i++) {
		int c = l[i];
		if (!c)
			return 0;
		if (!isdigit(c)) {
			dp = i + 1;
			z = 1;
		} else if (c != '0') {
			z = 0;
		}
	}

	if (l[dp] != '0' && r[dp] != '0') {
		/* Neither run has a leading zero: the longer run of digits is larger. */
		for (j = i; isdigit(l[j]); j++)
			if (!isdigit(r[j]))
				return 1;
		if (isdigit(r[j]))
			return -1;
	} else if (z && dp < i && (isdigit(l[i]) || isdigit(r[i]))) {
		/* Both have the same all-zero prefix: more zeros sort first. */
		return (unsigned char)(l[i] - '0') - (unsigned char)(r[i] - '0');
	}
	return l[i] - r[i];
}
