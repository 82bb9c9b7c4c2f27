/* A nan argument is missing data: the other one is the answer (C11 F.10.9). */
#include <math.h>

long double fmaxl(long double x, long double y)
{
	if (isnan(x)) return y;
	if (isnan(y)) return x;
	return x > y ? x : y;
}

long double fminl(long double x, long double y)
{
	if (isnan(x)) return y;
	if (isnan(y)) return x;
	return x < y ? x : y;
}

long double fdiml(long double x, long double y)
{
	if (isnan(x) || isnan(y)) return x + y;
	return x > y ? x - y : 0;
}
