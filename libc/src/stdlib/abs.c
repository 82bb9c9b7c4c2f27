#include <stdlib.h>

int abs(int a)
{
	return a < 0 ? -a : a;
}

long labs(long a)
{
	return a < 0 ? -a : a;
}

long long llabs(long long a)
{
	return a < 0 ? -a : a;
}
