#include <sys/mman.h>
#include <stdarg.h>
#include "syscall.h"

int munmap(void *a, size_t n) { return syscall_r(SYS_munmap, a, n); }
int mprotect(void *a, size_t n, int p)
{
	/* POSIX lets the address be unaligned; the kernel does not. */
	size_t s = (size_t)a & -4096UL, e = ((size_t)a + n + 4095) & -4096UL;
	return syscall_r(SYS_mprotect, s, e - s, p);
}
int msync(void *a, size_t n, int f) { return syscall_r(SYS_msync, a, n, f); }
int madvise(void *a, size_t n, int adv) { return syscall_r(SYS_madvise, a, n, adv); }
int posix_madvise(void *a, size_t n, int adv)
{
	/* DONTNEED would discard data, which POSIX's advice must not do. */
	if (adv == POSIX_MADV_DONTNEED) return 0;
	return -__syscall(SYS_madvise, a, n, adv);
}
int mlock(const void *a, size_t n) { return syscall_r(SYS_mlock, a, n); }
int munlock(const void *a, size_t n) { return syscall_r(SYS_munlock, a, n); }
int mlockall(int f) { return syscall_r(SYS_mlockall, f); }
int munlockall(void) { return syscall_r(SYS_munlockall); }
int mincore(void *a, size_t n, unsigned char *v) { return syscall_r(SYS_mincore, a, n, v); }
int memfd_create(const char *name, unsigned f) { return syscall_r(SYS_memfd_create, name, f); }

void *mremap(void *old, size_t oldlen, size_t newlen, int flags, ...)
{
	void *new = 0;
	if (flags & MREMAP_FIXED) {
		va_list ap;
		va_start(ap, flags);
		new = va_arg(ap, void *);
		va_end(ap);
	}
	return (void *)syscall_r(SYS_mremap, old, oldlen, newlen, flags, new);
}
