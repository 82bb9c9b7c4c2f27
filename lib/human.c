/* Human-readable sizes like GNU's -h: powers of 1024, rounded up, one decimal below 10. */
#include <stdio.h>
#include "ring3.h"

char *human_size(char *buf, size_t len, unsigned long long n)
{
	static const char units[] = "KMGTPE";
	if (n < 1024) {
		snprintf(buf, len, "%llu", n);
		return buf;
	}
	int e = 0;
	unsigned long long base = 1024;
	while (e < 5 && n / base >= 1024) {
		base *= 1024;
		e++;
	}
	for (;;) {
		unsigned long long q = n / base, r = n % base;
		unsigned long long tenths = q * 10 + (r * 10 + base - 1) / base;
		if (tenths < 100) {
			snprintf(buf, len, "%llu.%llu%c", tenths / 10, tenths % 10, units[e]);
			return buf;
		}
		unsigned long long v = q + (r != 0);
		if (v >= 1024 && e < 5) {
			base *= 1024;
			e++;
			continue;
		}
		snprintf(buf, len, "%llu%c", v, units[e]);
		return buf;
	}
}
