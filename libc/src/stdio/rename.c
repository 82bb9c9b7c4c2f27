#include <fcntl.h>
#include "stdio_impl.h"
#include "syscall.h"

int rename(const char *old, const char *new)
{
	return syscall_r(SYS_renameat, AT_FDCWD, old, AT_FDCWD, new);	/* aarch64 has no rename */
}
