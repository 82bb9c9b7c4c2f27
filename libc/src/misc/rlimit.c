#include <sys/resource.h>
#include "syscall.h"

int prlimit(pid_t pid, int res, const struct rlimit *new, struct rlimit *old)
{
	return syscall_r(SYS_prlimit64, pid, res, new, old);
}

int getrlimit(int res, struct rlimit *r)
{
	return prlimit(0, res, 0, r);
}

int setrlimit(int res, const struct rlimit *r)
{
	return prlimit(0, res, r, 0);
}

int getrusage(int who, struct rusage *ru)
{
	return syscall_r(SYS_getrusage, who, ru);
}

/* The kernel returns 20 - nice, so that success is never negative. */
int getpriority(int which, id_t who)
{
	long r = __syscall(SYS_getpriority, which, who);
	return r < 0 ? __syscall_ret(r) : 20 - r;
}

int setpriority(int which, id_t who, int prio)
{
	return syscall_r(SYS_setpriority, which, who, prio);
}
