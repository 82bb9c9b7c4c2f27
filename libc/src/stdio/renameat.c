#include <fcntl.h>
#include "stdio_impl.h"
#include "syscall.h"

int renameat(int oldfd, const char *old, int newfd, const char *new)
{
	return syscall_r(SYS_renameat, oldfd, old, newfd, new);
}
