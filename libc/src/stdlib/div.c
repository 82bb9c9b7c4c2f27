#include <stdlib.h>

div_t div(int n, int d)
{
	return (div_t){ n / d, n % d };
}

ldiv_t ldiv(long n, long d)
{
	return (ldiv_t){ n / d, n % d };
}

lldiv_t lldiv(long long n, long long d)
{
	return (lldiv_t){ n / d, n % d };
}
