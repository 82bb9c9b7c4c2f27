#include <sys/socket.h>
#include "syscall.h"

int socket(int d, int t, int p) { return syscall_r(SYS_socket, d, t, p); }
int socketpair(int d, int t, int p, int fd[2]) { return syscall_r(SYS_socketpair, d, t, p, fd); }
int shutdown(int fd, int how) { return syscall_r(SYS_shutdown, fd, how); }
int bind(int fd, const struct sockaddr *a, socklen_t l) { return syscall_r(SYS_bind, fd, a, l); }
int connect(int fd, const struct sockaddr *a, socklen_t l) { return syscall_r(SYS_connect, fd, a, l); }
int listen(int fd, int n) { return syscall_r(SYS_listen, fd, n); }
int accept(int fd, struct sockaddr *restrict a, socklen_t *restrict l)
{
	return syscall_r(SYS_accept4, fd, a, l, 0);
}
int accept4(int fd, struct sockaddr *restrict a, socklen_t *restrict l, int fl)
{
	return syscall_r(SYS_accept4, fd, a, l, fl);
}
int getsockname(int fd, struct sockaddr *restrict a, socklen_t *restrict l)
{
	return syscall_r(SYS_getsockname, fd, a, l);
}
int getpeername(int fd, struct sockaddr *restrict a, socklen_t *restrict l)
{
	return syscall_r(SYS_getpeername, fd, a, l);
}
ssize_t sendto(int fd, const void *b, size_t n, int f, const struct sockaddr *a, socklen_t l)
{
	return syscall_r(SYS_sendto, fd, b, n, f, a, l);
}
ssize_t recvfrom(int fd, void *restrict b, size_t n, int f, struct sockaddr *restrict a,
	socklen_t *restrict l)
{
	return syscall_r(SYS_recvfrom, fd, b, n, f, a, l);
}
ssize_t send(int fd, const void *b, size_t n, int f) { return sendto(fd, b, n, f, 0, 0); }
ssize_t recv(int fd, void *b, size_t n, int f) { return recvfrom(fd, b, n, f, 0, 0); }
ssize_t sendmsg(int fd, const struct msghdr *m, int f) { return syscall_r(SYS_sendmsg, fd, m, f); }
ssize_t recvmsg(int fd, struct msghdr *m, int f) { return syscall_r(SYS_recvmsg, fd, m, f); }
int getsockopt(int fd, int lv, int o, void *restrict v, socklen_t *restrict l)
{
	return syscall_r(SYS_getsockopt, fd, lv, o, v, l);
}
int setsockopt(int fd, int lv, int o, const void *v, socklen_t l)
{
	return syscall_r(SYS_setsockopt, fd, lv, o, v, l);
}
