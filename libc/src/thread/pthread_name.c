#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <stdio.h>
#include "pthread_impl.h"

#define PR_SET_NAME 15
#define PR_GET_NAME 16

/* The kernel's comm: prctl for the calling thread, /proc/self/task/TID/comm for others. */
static int comm_path(char *buf, size_t n, pthread_t th)
{
	return snprintf(buf, n, "/proc/self/task/%d/comm", ((struct __tcb *)th)->tid);
}

int pthread_setname_np(pthread_t th, const char *name)
{
	size_t len = strlen(name);
	if (len > 15) return ERANGE;
	if (th == pthread_self()) return -__syscall(SYS_prctl, PR_SET_NAME, name, 0, 0, 0);
	char path[48];
	comm_path(path, sizeof path, th);
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0) return errno;
	int r = write(fd, name, len) == (ssize_t)len ? 0 : errno;
	close(fd);
	return r;
}

int pthread_getname_np(pthread_t th, char *buf, size_t n)
{
	char tmp[16];
	if (th == pthread_self()) {
		if (__syscall(SYS_prctl, PR_GET_NAME, tmp, 0, 0, 0) < 0) return EINVAL;
	} else {
		char path[48];
		comm_path(path, sizeof path, th);
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0) return errno;
		ssize_t r = read(fd, tmp, sizeof tmp - 1);
		int e = errno;
		close(fd);
		if (r < 0) return e;
		tmp[r] = 0;
		tmp[strcspn(tmp, "\n")] = 0;
	}
	tmp[15] = 0;
	if (strlen(tmp) >= n) return ERANGE;
	strcpy(buf, tmp);
	return 0;
}
