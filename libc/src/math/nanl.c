/* nanl(tag): strtold("NAN(tag)") as C11 7.12.11.2 says; a tag too long for the
 * buffer gives the plain quiet NaN. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

long double nanl(const char *tag)
{
	char buf[80] = "NAN(";
	size_t n = strlen(tag);
	if (n > sizeof buf - 6) return __builtin_nanl("");
	memcpy(buf + 4, tag, n);
	memcpy(buf + 4 + n, ")", 2);
	return strtold(buf, 0);
}
