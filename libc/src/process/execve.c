#include <unistd.h>
#include <fcntl.h>
#include "syscall.h"

int execve(const char *path, char *const argv[], char *const envp[])
{
	return syscall_r(SYS_execve, path, argv, envp);
}

int fexecve(int fd, char *const argv[], char *const envp[])
{
	return syscall_r(SYS_execveat, fd, "", argv, envp, AT_EMPTY_PATH);
}
