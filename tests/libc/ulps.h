/* ulps.h: the distance in ulps between two doubles, the count of doubles between
 * them (0 for two NaNs, huge for a NaN and a number), for the math tests. Needs
 * <math.h>, <stdint.h> and <string.h>. */
static double ulps(double got, double want)
{
	if (isnan(got) && isnan(want)) return 0;
	if (isnan(got) || isnan(want)) return 1e300;
	if (got == want) return 0;
	int64_t a, b;
	memcpy(&a, &got, 8);
	memcpy(&b, &want, 8);
	if (a < 0) a = INT64_MIN - a;
	if (b < 0) b = INT64_MIN - b;
	return a > b ? (double)((uint64_t)a - (uint64_t)b) : (double)((uint64_t)b - (uint64_t)a);
}
