/* getloadavg: the figures /proc/loadavg shows (glibc 2.36 computes them from
 * sysinfo), so a program prints what procps' uptime and cat /proc/loadavg print.
 * sysinfo's loads are the same averages unrounded, and the kernel's own rounding for
 * /proc (add 10/2048, then cut to two decimals) differs from printf's %.2f about once
 * in a hundred values: sysinfo is only the fallback for a system without /proc. */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/sysinfo.h>

/* "I.FF I.FF I.FF ..." as the kernel writes it (two fraction digits). */
static int parse(const char *s, double *a, int n)
{
	for (int i = 0; i < n; i++) {
		unsigned long whole = 0, frac = 0;
		if (*s < '0' || *s > '9') return -1;
		while (*s >= '0' && *s <= '9') whole = whole * 10 + (unsigned long)(*s++ - '0');
		if (*s++ != '.') return -1;
		for (int d = 0; d < 2; d++, s++) {
			if (*s < '0' || *s > '9') return -1;
			frac = frac * 10 + (unsigned long)(*s - '0');
		}
		a[i] = (double)(whole * 100 + frac) / 100;	/* one rounding, as strtod */
		while (*s == ' ') s++;
	}
	return n;
}

int getloadavg(double *a, int n)
{
	if (n <= 0) return n ? -1 : 0;
	if (n > 3) n = 3;
	char buf[128];
	int fd = open("/proc/loadavg", O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		ssize_t len = read(fd, buf, sizeof buf - 1);
		close(fd);
		if (len > 0) {
			buf[len] = 0;
			return parse(buf, a, n);
		}
	}
	struct sysinfo si;
	if (sysinfo(&si) < 0) return -1;
	for (int i = 0; i < n; i++) a[i] = si.loads[i] / (double)(1 << SI_LOAD_SHIFT);
	return n;
}
