#include <sys/signalfd.h>
#include <sys/eventfd.h>
#include <sys/timerfd.h>
#include <sys/epoll.h>
#include <sys/xattr.h>
#include <sys/swap.h>
#include <unistd.h>
#include "syscall.h"

int signalfd(int fd, const sigset_t *set, int flags)
{
	return syscall_r(SYS_signalfd4, fd, set, 8, flags);
}

int eventfd(unsigned v, int flags) { return syscall_r(SYS_eventfd2, v, flags); }
int eventfd_read(int fd, eventfd_t *v) { return read(fd, v, sizeof *v) == sizeof *v ? 0 : -1; }
int eventfd_write(int fd, eventfd_t v) { return write(fd, &v, sizeof v) == sizeof v ? 0 : -1; }

int timerfd_create(int clk, int flags) { return syscall_r(SYS_timerfd_create, clk, flags); }
int timerfd_settime(int fd, int flags, const struct itimerspec *v, struct itimerspec *old)
{
	return syscall_r(SYS_timerfd_settime, fd, flags, v, old);
}
int timerfd_gettime(int fd, struct itimerspec *v) { return syscall_r(SYS_timerfd_gettime, fd, v); }

int epoll_create(int n) { return n <= 0 ? __syscall_ret(-22) : syscall_r(SYS_epoll_create1, 0); }
int epoll_create1(int flags) { return syscall_r(SYS_epoll_create1, flags); }
int epoll_ctl(int fd, int op, int t, struct epoll_event *ev) { return syscall_r(SYS_epoll_ctl, fd, op, t, ev); }
int epoll_wait(int fd, struct epoll_event *ev, int n, int ms)
{
	return syscall_r(SYS_epoll_pwait, fd, ev, n, ms, 0, 8);
}
int epoll_pwait(int fd, struct epoll_event *ev, int n, int ms, const sigset_t *m)
{
	return syscall_r(SYS_epoll_pwait, fd, ev, n, ms, m, 8);
}

ssize_t getxattr(const char *p, const char *n, void *v, size_t s) { return syscall_r(SYS_getxattr, p, n, v, s); }
ssize_t lgetxattr(const char *p, const char *n, void *v, size_t s) { return syscall_r(SYS_lgetxattr, p, n, v, s); }
ssize_t fgetxattr(int fd, const char *n, void *v, size_t s) { return syscall_r(SYS_fgetxattr, fd, n, v, s); }
ssize_t listxattr(const char *p, char *l, size_t s) { return syscall_r(SYS_listxattr, p, l, s); }
ssize_t llistxattr(const char *p, char *l, size_t s) { return syscall_r(SYS_llistxattr, p, l, s); }
ssize_t flistxattr(int fd, char *l, size_t s) { return syscall_r(SYS_flistxattr, fd, l, s); }
int setxattr(const char *p, const char *n, const void *v, size_t s, int f) { return syscall_r(SYS_setxattr, p, n, v, s, f); }
int lsetxattr(const char *p, const char *n, const void *v, size_t s, int f) { return syscall_r(SYS_lsetxattr, p, n, v, s, f); }
int fsetxattr(int fd, const char *n, const void *v, size_t s, int f) { return syscall_r(SYS_fsetxattr, fd, n, v, s, f); }
int removexattr(const char *p, const char *n) { return syscall_r(SYS_removexattr, p, n); }
int lremovexattr(const char *p, const char *n) { return syscall_r(SYS_lremovexattr, p, n); }
int fremovexattr(int fd, const char *n) { return syscall_r(SYS_fremovexattr, fd, n); }

int swapon(const char *p, int f) { return syscall_r(SYS_swapon, p, f); }
int swapoff(const char *p) { return syscall_r(SYS_swapoff, p); }
