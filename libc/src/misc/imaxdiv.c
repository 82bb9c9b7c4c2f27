#include <inttypes.h>

intmax_t imaxabs(intmax_t a)
{
	return a < 0 ? -a : a;
}

imaxdiv_t imaxdiv(intmax_t n, intmax_t d)
{
	return (imaxdiv_t){ n / d, n % d };
}
