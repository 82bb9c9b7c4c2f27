#include <stdlib.h>
#include <inttypes.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>

/* The magnitude of the number at s, saturated at ULLONG_MAX (*over then set); *neg says
 * whether a minus sign came first. *end is where parsing stopped, s if no digits. */
static unsigned long long parse(const char *s, char **end, int base, int *neg, int *over)
{
	const unsigned char *p = (const void *)s;
	unsigned long long v = 0;
	int any = 0;

	*neg = *over = 0;
	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		if (end)
			*end = (char *)s;
		return 0;
	}
	while (isspace(*p))
		p++;
	if (*p == '-' || *p == '+')
		*neg = *p++ == '-';
	/* "0x" counts as a prefix only when a hex digit follows; else it is just "0". */
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' && isxdigit(p[2])) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = *p == '0' ? 8 : 10;
	}
	for (;; p++, any = 1) {
		unsigned d = *p;
		if (d - '0' < 10)
			d -= '0';
		else if ((d | 32) - 'a' < 26)
			d = (d | 32) - 'a' + 10;
		else
			break;
		if (d >= (unsigned)base)
			break;
		if (v > (ULLONG_MAX - d) / base)
			*over = 1;
		else
			v = v * base + d;
	}
	if (end)
		*end = (char *)(any ? (const char *)p : s);
	return *over ? ULLONG_MAX : v;
}

/* Signed: the magnitude may reach max + 1 when negative. */
static long long to_signed(unsigned long long v, int neg, int over, long long max)
{
	if (over || v > (unsigned long long)max + neg) {
		errno = ERANGE;
		return neg ? -max - 1 : max;
	}
	return neg ? (long long)-v : (long long)v;
}

/* Unsigned: a minus sign negates in the unsigned type, as C requires. */
static unsigned long long to_unsigned(unsigned long long v, int neg, int over,
				      unsigned long long max)
{
	if (over || v > max) {
		errno = ERANGE;
		return max;
	}
	return neg ? -v & max : v;
}

long strtol(const char *restrict s, char **restrict end, int base)
{
	int neg, over;
	unsigned long long v = parse(s, end, base, &neg, &over);
	return to_signed(v, neg, over, LONG_MAX);
}

long long strtoll(const char *restrict s, char **restrict end, int base)
{
	int neg, over;
	unsigned long long v = parse(s, end, base, &neg, &over);
	return to_signed(v, neg, over, LLONG_MAX);
}

intmax_t strtoimax(const char *restrict s, char **restrict end, int base)
{
	return strtoll(s, end, base);
}

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
	int neg, over;
	unsigned long long v = parse(s, end, base, &neg, &over);
	return to_unsigned(v, neg, over, ULONG_MAX);
}

unsigned long long strtoull(const char *restrict s, char **restrict end, int base)
{
	int neg, over;
	unsigned long long v = parse(s, end, base, &neg, &over);
	return to_unsigned(v, neg, over, ULLONG_MAX);
}

uintmax_t strtoumax(const char *restrict s, char **restrict end, int base)
{
	return strtoull(s, end, base);
}
