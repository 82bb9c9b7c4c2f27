/* Counts with GNU multiplier suffixes, as head, tail, split and friends take them. */
#include <string.h>
#include "ring3.h"

int parse_size(const char *s, unsigned long long *out)
{
	static const char units[] = "KMGTPEZY";
	unsigned long long v = 0;
	const char *p = s;
	if (*p < '0' || *p > '9')
		return -1;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (v > (~0ULL - 9) / 10)
			return -1;
		v = v * 10 + (unsigned)(*p - '0');
	}
	unsigned long long mult = 1;
	if (*p == 'b') {
		mult = 512;
		p++;
	} else if (*p && strchr(units, *p == 'k' ? 'K' : *p)) {
		int e = (int)(strchr(units, *p == 'k' ? 'K' : *p) - units) + 1;
		unsigned base = 1024;
		p++;
		if (*p == 'B') {
			base = 1000;
			p++;
		} else if (p[0] == 'i' && p[1] == 'B') {
			p += 2;
		}
		while (e--) {
			if (mult > ~0ULL / base)
				return -1;
			mult *= base;
		}
	}
	if (*p)
		return -1;
	if (v && mult > ~0ULL / v)
		return -1;
	*out = v * mult;
	return 0;
}
