#include <unistd.h>
#include "syscall.h"

int pipe(int fd[2])
{
	return syscall_r(SYS_pipe2, fd, 0);
}

int pipe2(int fd[2], int flags)
{
	return syscall_r(SYS_pipe2, fd, flags);
}
