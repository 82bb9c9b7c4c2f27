#include <unistd.h>
#include <stdarg.h>
#include <sys/reboot.h>
#include <sys/klog.h>
#include <sys/prctl.h>
#include <sys/sendfile.h>
#include <sys/random.h>
#include <sys/sysinfo.h>
#include <sched.h>
#include <errno.h>
#include "syscall.h"

int pivot_root(const char *new, const char *old) { return syscall_r(SYS_pivot_root, new, old); }
int klogctl(int type, char *buf, int len) { return syscall_r(SYS_syslog, type, buf, len); }
int unshare(int flags) { return syscall_r(SYS_unshare, flags); }
int setns(int fd, int type) { return syscall_r(SYS_setns, fd, type); }
int sysinfo(struct sysinfo *si) { return syscall_r(SYS_sysinfo, si); }
int acct(const char *path) { return syscall_r(SYS_acct, path); }
int vhangup(void) { return syscall_r(SYS_vhangup); }
int sched_yield(void) { return syscall_r(SYS_sched_yield); }

int reboot(int how)
{
	/* The two magic numbers make a stray call unlikely to take the system down. */
	return syscall_r(SYS_reboot, 0xfee1dead, 672274793, how, 0);
}

int prctl(int op, ...)
{
	unsigned long a[4];
	va_list ap;
	va_start(ap, op);
	for (int i = 0; i < 4; i++) a[i] = va_arg(ap, unsigned long);
	va_end(ap);
	return syscall_r(SYS_prctl, op, a[0], a[1], a[2], a[3]);
}

ssize_t sendfile(int out, int in, off_t *off, size_t n)
{
	return syscall_r(SYS_sendfile, out, in, off, n);
}

ssize_t splice(int in, off_t *ioff, int out, off_t *ooff, size_t n, unsigned flags)
{
	return syscall_r(SYS_splice, in, ioff, out, ooff, n, flags);
}

ssize_t tee(int in, int out, size_t n, unsigned flags)
{
	return syscall_r(SYS_tee, in, out, n, flags);
}

ssize_t copy_file_range(int in, off_t *ioff, int out, off_t *ooff, size_t n, unsigned flags)
{
	return syscall_r(SYS_copy_file_range, in, ioff, out, ooff, n, flags);
}

ssize_t getrandom(void *buf, size_t n, unsigned flags)
{
	return syscall_r(SYS_getrandom, buf, n, flags);
}

int getentropy(void *buf, size_t n)
{
	if (n > 256) {
		errno = EIO;
		return -1;
	}
	for (unsigned char *p = buf; n; ) {
		ssize_t r = getrandom(p, n, 0);
		if (r < 0) {
			if (errno == EINTR) continue;
			return -1;
		}
		p += r;
		n -= r;
	}
	return 0;
}

int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set)
{
	long r = __syscall(SYS_sched_getaffinity, pid, size, set);
	if (r < 0) return __syscall_ret(r);
	/* The kernel fills only its own mask size; clear the rest. */
	for (size_t i = r; i < size; i++) ((unsigned char *)set)[i] = 0;
	return 0;
}

int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t *set)
{
	return syscall_r(SYS_sched_setaffinity, pid, size, set);
}

int __sched_cpucount(size_t size, const cpu_set_t *set)
{
	int n = 0;
	for (size_t i = 0; i < size / sizeof(long); i++)
		n += __builtin_popcountl(set->__bits[i]);
	return n;
}

int sched_getcpu(void)
{
	unsigned cpu;
	long r = __syscall(SYS_getcpu, &cpu, 0, 0);
	return r < 0 ? __syscall_ret(r) : (int)cpu;
}

int sched_get_priority_max(int pol) { return syscall_r(SYS_sched_get_priority_max, pol); }
int sched_get_priority_min(int pol) { return syscall_r(SYS_sched_get_priority_min, pol); }
int sched_getscheduler(pid_t p) { return syscall_r(SYS_sched_getscheduler, p); }
int sched_setscheduler(pid_t p, int pol, const struct sched_param *sp)
{
	return syscall_r(SYS_sched_setscheduler, p, pol, sp);
}
int sched_getparam(pid_t p, struct sched_param *sp) { return syscall_r(SYS_sched_getparam, p, sp); }
int sched_setparam(pid_t p, const struct sched_param *sp) { return syscall_r(SYS_sched_setparam, p, sp); }
int sched_rr_get_interval(pid_t p, struct timespec *ts)
{
	return syscall_r(SYS_sched_rr_get_interval, p, ts);
}
