#include <sys/mman.h>
#include <errno.h>
#include <stdint.h>
#include "syscall.h"

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	if (off & 4095) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	/* Lengths the kernel would wrap around are refused before they get there. */
	if (len >= PTRDIFF_MAX) {
		errno = ENOMEM;
		return MAP_FAILED;
	}
	return (void *)syscall_r(SYS_mmap, addr, len, prot, flags, fd, off);
}
