#include <signal.h>
#include <errno.h>
#include "syscall.h"

int kill(pid_t pid, int sig)
{
	return syscall_r(SYS_kill, pid, sig);
}

int killpg(pid_t pgrp, int sig)
{
	if (pgrp < 0) {
		errno = EINVAL;
		return -1;
	}
	return kill(-pgrp, sig);
}

int tgkill(int tgid, int tid, int sig)
{
	return syscall_r(SYS_tgkill, tgid, tid, sig);
}

int sigqueue(pid_t pid, int sig, union sigval v)
{
	siginfo_t si = { .si_signo = sig, .si_code = SI_QUEUE };
	si.si_value = v;
	si.si_uid = __syscall(SYS_getuid);
	si.si_pid = __syscall(SYS_getpid);
	return syscall_r(SYS_rt_sigqueueinfo, pid, sig, &si);
}
