/* getloadavg: ring3's gives the values /proc/loadavg shows, not sysinfo's unrounded
 * ones, which print differently with %.2f about once in a hundred (glibc 2.36 gives
 * sysinfo's: the comparison is ring3's only). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __ring3__
static int read_proc(char *buf, size_t size)
{
	FILE *f = fopen("/proc/loadavg", "r");
	if (!f) return -1;
	int ok = fgets(buf, (int)size, f) != 0;
	fclose(f);
	return ok ? 0 : -1;
}
#endif

int main(void)
{
	double a[3], b[4];
	if (getloadavg(a, 0) != 0) {
		puts("FAIL: n = 0 gives 0");
		return 1;
	}
#ifdef __ring3__
	/* The kernel updates the averages every 5 s: retry until /proc reads the same
	 * before and after the call, so the call saw those figures. */
	for (int tries = 0; tries < 50; tries++) {
		char before[128], after[128];
		if (read_proc(before, sizeof before)) {
			puts("SKIP: no /proc/loadavg");
			return 0;
		}
		int n = getloadavg(b, 4);
		if (read_proc(after, sizeof after)) return 1;
		if (strcmp(before, after)) continue;
		if (n != 3 || sscanf(before, "%lf %lf %lf", &a[0], &a[1], &a[2]) != 3) {
			printf("FAIL: getloadavg returned %d for 4\n", n);
			return 1;
		}
		for (int i = 0; i < 3; i++)
			if (a[i] != b[i]) {
				printf("FAIL: load %d: %.17g, /proc/loadavg %.17g (%s)\n", i, b[i], a[i], before);
				return 1;
			}
		return 0;
	}
	puts("FAIL: /proc/loadavg kept changing");
	return 1;
#else
	return getloadavg(b, 4) == 3 ? 0 : 1;
#endif
}
