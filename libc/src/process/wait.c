#include <sys/wait.h>
#include <sys/resource.h>
#include "syscall.h"

pid_t wait4(pid_t pid, int *status, int opt, struct rusage *ru)
{
	return syscall_r(SYS_wait4, pid, status, opt, ru);
}

pid_t waitpid(pid_t pid, int *status, int opt)
{
	return syscall_r(SYS_wait4, pid, status, opt, 0);
}

pid_t wait(int *status)
{
	return syscall_r(SYS_wait4, -1, status, 0, 0);
}

pid_t wait3(int *status, int opt, struct rusage *ru)
{
	return syscall_r(SYS_wait4, -1, status, opt, ru);
}

int waitid(idtype_t type, id_t id, siginfo_t *info, int opt)
{
	return syscall_r(SYS_waitid, type, id, info, opt, 0);
}
