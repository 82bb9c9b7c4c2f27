#include <sys/utsname.h>
#include <unistd.h>
#include <string.h>
#include <errno.h>
#include "syscall.h"

int uname(struct utsname *u)
{
	return syscall_r(SYS_uname, u);
}

int gethostname(char *name, size_t len)
{
	struct utsname u;
	if (uname(&u)) return -1;
	size_t n = strlen(u.nodename);
	if (n >= len) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(name, u.nodename, n + 1);
	return 0;
}

int sethostname(const char *name, size_t len)
{
	return syscall_r(SYS_sethostname, name, len);
}

int getdomainname(char *name, size_t len)
{
	struct utsname u;
	if (uname(&u)) return -1;
	size_t n = strlen(u.domainname);
	if (n >= len) {
		errno = EINVAL;
		return -1;
	}
	memcpy(name, u.domainname, n + 1);
	return 0;
}

int setdomainname(const char *name, size_t len)
{
	return syscall_r(SYS_setdomainname, name, len);
}
