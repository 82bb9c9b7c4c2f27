#include <stdlib.h>
#include <sys/sysinfo.h>

int getloadavg(double *a, int n)
{
	struct sysinfo si;
	if (n <= 0) return n ? -1 : 0;
	if (sysinfo(&si) < 0) return -1;
	if (n > 3) n = 3;
	for (int i = 0; i < n; i++) a[i] = si.loads[i] / (double)(1 << SI_LOAD_SHIFT);
	return n;
}
