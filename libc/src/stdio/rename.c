#include <fcntl.h>
#include "stdio_impl.h"
#include "syscall.h"

int rename(const char *old, const char *new)
{
	return syscall_r(SYS_rename, old, new);
}
