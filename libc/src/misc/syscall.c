#include <unistd.h>
#include <stdarg.h>
#include "syscall.h"

/* Every argument is read as a long: the ABI passes the first six in registers
 * whatever their declared type, so reading unused ones is harmless. */
long syscall(long n, ...)
{
	va_list ap;
	long a[6];
	va_start(ap, n);
	for (int i = 0; i < 6; i++) a[i] = va_arg(ap, long);
	va_end(ap);
	return syscall_r(n, a[0], a[1], a[2], a[3], a[4], a[5]);
}
