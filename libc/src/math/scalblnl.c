/* scalblnl: scalbnl with a long exponent; beyond +-40000 every finite nonzero x
 * overflows or underflows all the same, so the exponent is clamped to an int. */
#include <math.h>

long double scalblnl(long double x, long n)
{
	if (n > 40000) n = 40000;
	if (n < -40000) n = -40000;
	return scalbnl(x, (int)n);
}
